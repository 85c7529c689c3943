import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Response } from '../messages';
import type { SiteAdapter } from '../sites/types';
import { readDraft } from '../sites/read-draft';
import { ComposerSession } from './composer-session';
import { findComposers, searchRoots } from './find-composers';
import { HOST_TAG, mountUi, type MountedUi } from './mount-ui';
import { installSubmitGuard } from './submit-guard';
import { nearestEditor, watchImages } from './image-watch';

/**
 * The content script's work on one site: find the composers as they come and go (SPA
 * navigation, modals, re-renders), give each its own session and UI, guard their submits, and
 * recheck when the settings change. Everything stops when the extension is reloaded or removed,
 * leaving the page as it would be without us.
 */

/** Mutations arrive in bursts (a whole feed rendering); looking for composers once per burst is enough. */
const SCAN_DELAY_MS = 120;
/** A settings change reaches the background and the page together; the background needs a moment to reload. */
const SETTINGS_SETTLE_MS = 250;
/** What can turn an element into a composer or stop it being one. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'aria-label', 'data-testid'] };
/** Alt+Shift+G from inside a composer opens its panel, for keyboard users. */
const PANEL_SHORTCUT = { code: 'KeyG', altKey: true, shiftKey: true };

interface Tracked {
  session: ComposerSession;
  ui: MountedUi;
}

export function startGuardrail(ctx: ContentScriptContext, site: SiteAdapter): void {
  const tracked = new Map<HTMLElement, Tracked>();
  const controller = new AbortController();
  const { signal } = controller;
  let status: Extract<Response, { type: 'status' }>['status'] | null = null;

  const add = (editor: HTMLElement, spec: ComposerSession['spec']) => {
    const session = new ComposerSession(editor, spec);
    if (status && !session.store.get().status) session.store.set({ status });
    try {
      tracked.set(editor, { session, ui: mountUi(session) });
      return session;
    } catch (error) {
      // One composer we cannot show anything for must not stop the others being checked.
      session.dispose();
      console.warn('School Post Guardrail: could not attach to a composer', error);
      return null;
    }
  };
  const remove = (editor: HTMLElement) => {
    const entry = tracked.get(editor);
    if (!entry) return;
    entry.session.dispose();
    entry.ui.unmount();
    tracked.delete(editor);
  };

  const scan = () => {
    const found = findComposers(site);
    for (const editor of [...tracked.keys()]) if (!editor.isConnected || found.get(editor) !== tracked.get(editor)?.session.spec) remove(editor);
    for (const [editor, spec] of found) if (!tracked.has(editor) && inUse(editor)) add(editor, spec);
    watchShadowRoots();
  };
  // A feed holds dozens of empty comment boxes: only a composer being written in (focused) or
  // holding a draft gets a session and an indicator, so idle ones cost nothing and clutter nothing.
  const inUse = (editor: HTMLElement) => editor.matches(':focus-within') || readDraft(editor).trim() !== '';

  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleScan = (records: MutationRecord[]) => {
    // Typing changes only the editor's own subtree: no composer can have come or gone.
    if (records.every((record) => insideTrackedEditor(record.target))) return;
    // Content added or removed around a composer moves it without resizing it.
    for (const { ui } of tracked.values()) ui.reposition();
    if (scanTimer === undefined) scanTimer = setTimeout(() => ((scanTimer = undefined), scan()), SCAN_DELAY_MS);
  };
  const insideTrackedEditor = (node: Node) => {
    for (const editor of tracked.keys()) if (editor.contains(node)) return true;
    return false;
  };

  const observer = new MutationObserver(scheduleScan);
  const watchedRoots = new WeakSet<Node>();
  const watchShadowRoots = () => {
    for (const root of searchRoots(site)) {
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, OBSERVED);
      if (root instanceof ShadowRoot) {
        guard.watchRoot(root);
        images.watchRoot(root);
      }
    }
  };

  const guard = installSubmitGuard(
    {
      sessions: () => [...tracked.values()].map((t) => t.session),
      ownsEvent: (event) => event.composedPath().some((node) => node instanceof Element && node.localName === HOST_TAG),
    },
    signal,
  );

  // A photo attached to a composer puts it in use, even before a word is typed.
  const images = watchImages(
    {
      sessions: () => [...tracked.values()].map((t) => t.session),
      sessionNear: (element) => {
        const found = findComposers(site);
        const editor = nearestEditor(element, [...found.keys()]);
        if (!editor) return null;
        return tracked.get(editor)?.session ?? add(editor, found.get(editor)!);
      },
    },
    signal,
  );

  addEventListener(
    'keydown',
    (event) => {
      if (event.code !== PANEL_SHORTCUT.code || event.altKey !== PANEL_SHORTCUT.altKey || event.shiftKey !== PANEL_SHORTCUT.shiftKey) return;
      const entry = [...tracked.values()].find((t) => event.composedPath().includes(t.session.editor));
      if (!entry) return;
      event.preventDefault();
      entry.session.store.set({ panelOpen: true, panelFocus: true });
    },
    { capture: true, signal },
  );
  // Focusing a composer is what puts it in use (and Instagram swaps its comment box on focus).
  addEventListener('focusin', () => setTimeout(scan, 0), { capture: true, signal });

  const refreshStatus = async () => {
    try {
      const response = (await browser.runtime.sendMessage({ type: 'status' })) as Response | undefined;
      if (response?.ok && response.type === 'status') {
        status = response.status;
        for (const { session } of tracked.values()) session.store.set({ status });
      }
    } catch {
      // The indicator reports an unavailable check when a draft is checked; nothing to do here.
    }
  };
  let settingsTimer: ReturnType<typeof setTimeout> | undefined;
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area !== 'local' && area !== 'managed') return;
    // The background hears of the change at the same moment and reloads the engine; asking at
    // once could get an answer under the old settings, so ask a moment later.
    clearTimeout(settingsTimer);
    settingsTimer = setTimeout(() => {
      void refreshStatus();
      for (const { session } of tracked.values()) session.recheck();
    }, SETTINGS_SETTLE_MS);
  };
  browser.storage.onChanged.addListener(onStorageChanged);

  ctx.onInvalidated(() => {
    controller.abort();
    observer.disconnect();
    clearTimeout(scanTimer);
    clearTimeout(settingsTimer);
    browser.storage.onChanged.removeListener(onStorageChanged);
    for (const editor of [...tracked.keys()]) remove(editor);
  });

  observer.observe(document, OBSERVED);
  void refreshStatus();
  scan();
}
