import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import guardCss from '../ui/guard.css?inline';

/**
 * Renders its children in a shadow root with the in-page UI's own styles, as the content script
 * does on the sites: the findings look exactly as they do in the panel, and the panel's styles
 * stay out of the rest of the page.
 */
export function ShadowPanel({ children }: { children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (!shadow.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = `${guardCss}\n.panel.static { position: static; width: auto; max-height: none; box-shadow: none; margin-top: 12px; }`;
      shadow.append(style);
    }
    setRoot(shadow);
  }, []);
  return <div ref={host}>{root && createPortal(children, root)}</div>;
}
