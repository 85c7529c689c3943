import { createRoot, type Root } from 'react-dom/client';
import type { Translator } from '../i18n/translator';
import { ComposerGuard } from '../ui/ComposerGuard';
import { TranslatedRoot } from '../ui/TranslatedRoot';
import css from '../ui/guard.css?inline';
import { anchorTo, type Anchor } from './anchor';
import type { ComposerSession } from './composer-session';
import { themeBehind } from './page-theme';
import type { Store } from './store';

/** The custom element that holds one composer's UI; tests and the page see it by this name. */
export const HOST_TAG = 'school-post-guardrail';

export interface MountedUi {
  host: HTMLElement;
  reposition(): void;
  unmount(): void;
}

/**
 * Mounts a composer's indicator, panel and dialog in an open shadow root on its own host
 * element. The host is created, not defined: content scripts have no custom element registry,
 * and a name with a hyphen can carry a shadow root without one.
 */
export function mountUi(session: ComposerSession, translators: Store<{ translator: Translator }>): MountedUi {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-composer', session.recognition.id);
  host.style.cssText = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; display: block;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys typed in our panel and dialog are ours: the site's shortcuts (X's "n", "j", "k") must not see them.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(host);

  const store = session.store;
  const anchor: Anchor = anchorTo(session.editor, host, (placement) => store.set({ placement }));
  const root: Root = createRoot(container);
  root.render(
    <TranslatedRoot translators={translators}>
      <ComposerGuard
      store={store}
      onTogglePanel={(open) => {
        if (open) store.set({ theme: themeBehind(session.editor) });
        store.set({ panelOpen: open, panelFocus: false });
      }}
      onDismiss={() => {
        store.set({ panelOpen: false });
        session.returnToDraft();
      }}
      onEdit={() => session.answer('edit')}
      onPostAnyway={() => session.answer('post')}
      />
    </TranslatedRoot>,
  );
  store.set({ theme: themeBehind(session.editor) });
  // Like any popover, the panel closes when the teacher clicks elsewhere (it may cover the site's
  // own buttons below the composer).
  const lightDismiss = (event: PointerEvent) => {
    if (store.get().panelOpen && !event.composedPath().includes(host)) store.set({ panelOpen: false });
  };
  addEventListener('pointerdown', lightDismiss, { capture: true });
  return {
    host,
    reposition: anchor.update,
    unmount() {
      removeEventListener('pointerdown', lightDismiss, { capture: true });
      anchor.stop();
      root.unmount();
      host.remove();
    },
  };
}
