import './jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/guard.css';
import './demo.css';
import { DemoApp, type LanguageControl } from './App';
import { PhotoHostContext, type PhotoHost } from './photos/photo-host';

/**
 * Renders the demo into the page, with the host's way of keeping the language (a React hook) and,
 * in the extension, its way of having the real photo check read the bundled photos.
 */
export function mountDemo(container: HTMLElement, useLanguage: () => LanguageControl, photos: PhotoHost | null = null): void {
  function Root() {
    return (
      <PhotoHostContext value={photos}>
        <DemoApp language={useLanguage()} />
      </PhotoHostContext>
    );
  }
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
