import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SetupApp } from '../../src/setup/SetupApp';
import '../../src/options/options.css';
import '../../src/setup/setup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SetupApp />
  </StrictMode>,
);
