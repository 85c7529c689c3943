import './jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/guard.css';
import './demo.css';
import { DemoApp, type LanguageControl } from './App';

/** Renders the demo into the page, with the host's way of keeping the language (a React hook). */
export function mountDemo(container: HTMLElement, useLanguage: () => LanguageControl): void {
  function Root() {
    return <DemoApp language={useLanguage()} />;
  }
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
