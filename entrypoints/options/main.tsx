import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstReads } from '../../src/options/first-reads';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/options/options.css';

// The page's script has loaded: the first-run test prints this beside the time to usable.
performance.mark('guardrail-settings-script');
// The stored settings are asked for before React starts, all at once (src/options/first-reads.ts).
startFirstReads();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
