import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startFirstReads } from '../../src/options/first-reads';
import { SetupApp } from '../../src/setup/SetupApp';
import '../../src/options/options.css';
import '../../src/setup/setup.css';

// The stored settings are asked for before React starts, all at once (src/options/first-reads.ts).
startFirstReads();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SetupApp />
  </StrictMode>,
);
