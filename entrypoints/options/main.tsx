import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstReads, takeFirstDrawing } from '../../src/options/first-reads';
import { OptionsApp } from '../../src/options/OptionsApp';
import '../../src/options/options.css';

// The page's script has loaded: the first-run test prints this beside the time to usable.
performance.mark('guardrail-settings-script');
// The stored settings are asked for before React starts, all at once (src/options/first-reads.ts),
// and React starts with them: its first drawing is the form, not a blank page and "Loading…" first.
startFirstReads();
void takeFirstDrawing().then((initial) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <OptionsApp initial={initial} />
    </StrictMode>,
  ),
);
