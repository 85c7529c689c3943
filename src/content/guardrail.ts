import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadTranslator, translatorFor } from '../i18n/extension';
import { createTranslator, type Translator } from '../i18n/translator';
import type { Response, SettingsChanged } from '../messages';
import { DIAGNOSTICS_REQUEST, type RecognitionReport } from '../diagnostics';
import type { LanguageSetting } from '../settings/language';
import type { SiteAdapter } from '../sites/types';
import { readDraft } from '../sites/read-draft';
import { typedEditor } from '../sites/editor-structure';
import { ControlWatch } from './post-control';
import { ComposerSession } from './composer-session';
import { ALL_LAYERS, findComposers, recogniseOne, searchRoots, type Layers, type Recognition } from './find-composers';
import { recognitionReport } from './recognition-report';
import { HOST_TAG, mountUi, type MountedUi } from './mount-ui';
import { Store } from './store';
import { installSubmitGuard } from './submit-guard';
import { nearestEditor, watchImages } from './image-watch';

/**
 * The content script's work on one site: find the composers as they come and go (SPA
 * navigation, modals, re-renders), give each its own session and UI, guard their submits, and
 * recheck when the background announces a settings change. Composers are recognised in layers
 * (find-composers.ts): the site's selectors, the page's structure, and any editable box the
 * teacher starts typing in that neither described, so a box that can be read is never silently
 * unchecked. The popup can ask what was recognised, and by which layer. Everything stops when the
 * extension is reloaded or removed, leaving the page as it would be without us.
 */

/** Mutations arrive in bursts (a whole feed rendering); looking for composers once per burst is enough. */
const SCAN_DELAY_MS = 120;
/** What can turn an element into a composer or stop it being one. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'aria-label', 'data-testid'] };
/** Alt+Shift+G from inside a composer opens its panel, for keyboard users. */
const PANEL_SHORTCUT = { code: 'KeyG', altKey: true, shiftKey: true };

interface Tracked {
  session: ComposerSession;
  ui: MountedUi;
}

export function startGuardrail(ctx: ContentScriptContext, site: SiteAdapter, layers: Layers = ALL_LAYERS): void {
  const tracked = new Map<HTMLElement, Tracked>();
  const controller = new AbortController();
  const { signal } = controller;
  let status: Extract<Response, { type: 'status' }>['status'] | null = null;
  // English until the language setting is read (a moment after start), then the teacher's
  // language; a change of language arrives with the background's settings announcement.
  const translators = new Store<{ translator: Translator }>({ translator: createTranslator('en') });
  void loadTranslator().then((translator) => translators.set({ translator }), () => undefined);
  let language: LanguageSetting | undefined;

  // The controls around an editor as they were while its draft was empty, seen from its first
  // focus or keystroke, even before the settings are known and a session can start: a teacher who
  // opens a composer and types at once must not leave its Post button unrecognisable.
  const earlyWatches = new WeakMap<HTMLElement, ControlWatch>();
  const watchEarly = (target: EventTarget | undefined) => {
    if (!layers.structural) return;
    const editor = typedEditor(target ?? null);
    if (!editor || tracked.has(editor) || editor.closest(HOST_TAG) || !looksEmpty(editor)) return;
    const watch = earlyWatches.get(editor) ?? new ControlWatch();
    watch.observe(editor, true);
    earlyWatches.set(editor, watch);
  };
  const add = (editor: HTMLElement, recognition: Recognition) => {
    const session = new ComposerSession(editor, recognition, { structural: layers.structural, watch: earlyWatches.get(editor) });
    earlyWatches.delete(editor);
    if (status && !session.store.get().status) session.store.set({ status });
    try {
      tracked.set(editor, { session, ui: mountUi(session, translators) });
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

  // The teacher (or the school) can switch the checks off on a site: then nothing is attached.
  // Until the first status answer it is not known; a failed answer counts as "on", so the
  // indicator can say the check is off rather than stay silent.
  let statusKnown = false;
  const enabled = () => status?.sites[site.id] !== false;
  const scan = () => {
    if (!statusKnown) return;
    if (!enabled()) {
      for (const editor of [...tracked.keys()]) remove(editor);
      return;
    }
    const found = findComposers(site, roots(), layers);
    for (const [editor, { session }] of [...tracked]) {
      const now = found.get(editor);
      // A box recognised because the teacher typed in it stays for as long as it is on the page.
      const kept = now ? now.id === session.recognition.id && now.layer === session.recognition.layer : session.recognition.layer === 'typing';
      if (!editor.isConnected || !kept) remove(editor);
    }
    for (const [editor, recognition] of found) if (!tracked.has(editor) && inUse(editor)) add(editor, recognition);
    watchShadowRoots();
  };
  // A feed holds dozens of empty comment boxes: only a composer being written in (focused) or
  // holding a draft gets a session and an indicator, so idle ones cost nothing and clutter nothing.
  const inUse = (editor: HTMLElement) => editor.matches(':focus-within') || readDraft(editor).trim() !== '';
  /** A quick look, for the moments before a session: no words in the box. */
  const looksEmpty = (editor: HTMLElement) => (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement ? editor.value : (editor.textContent ?? '')).trim() === '';

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
  // Open shadow roots the teacher has focused or typed into, beyond those the site adapter names
  // (after a redesign the adapter's host selector may no longer match).
  const discoveredRoots = new Set<ShadowRoot>();
  const roots = () => {
    for (const root of discoveredRoots) if (!root.host.isConnected) discoveredRoots.delete(root);
    const known = searchRoots(site);
    return [...known, ...[...discoveredRoots].filter((root) => !known.includes(root))];
  };
  const discoverRoots = (path: EventTarget[]) => {
    let added = false;
    for (const node of path) {
      if (node instanceof ShadowRoot && !discoveredRoots.has(node) && (node.host as Element).localName !== HOST_TAG) {
        discoveredRoots.add(node);
        added = true;
      }
    }
    if (added) watchShadowRoots();
  };
  const watchShadowRoots = () => {
    for (const root of roots()) {
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
        const found = findComposers(site, roots(), layers);
        for (const [editor, { session }] of tracked) if (!found.has(editor)) found.set(editor, session.recognition);
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
  addEventListener(
    'focusin',
    (event) => {
      const path = event.composedPath();
      discoverRoots(path);
      watchEarly(path[0]);
      setTimeout(scan, 0);
    },
    { capture: true, signal },
  );
  // The first keystroke in a box not yet in use: recognise it now, before the site has reacted
  // to the keystroke, so its controls are seen as they are for an empty draft. A box no selector
  // or structural rule describes, once typed in, is checked too (the "typing" layer): read it,
  // and if no post control is recognised, say "Checking only" rather than nothing.
  addEventListener(
    'beforeinput',
    (event) => {
      if (!event.isTrusted) return;
      const path = event.composedPath();
      const target = path[0];
      if (target instanceof HTMLElement && tracked.has(target)) return; // every other keystroke: one lookup
      if (!statusKnown) return watchEarly(target);
      if (!enabled()) return;
      const editor = typedEditor(target ?? null);
      if (!editor || tracked.has(editor) || editor.closest(HOST_TAG)) return;
      discoverRoots(path);
      const recognition = recogniseOne(site, editor, layers);
      if (recognition) add(editor, recognition);
    },
    { capture: true, signal },
  );

  const refreshStatus = async () => {
    try {
      const response = (await browser.runtime.sendMessage({ type: 'status' })) as Response | undefined;
      if (response?.ok && response.type === 'status') {
        status = response.status;
        if (status.language !== language) {
          language = status.language;
          translators.set({ translator: translatorFor(status.language) });
        }
        for (const { session } of tracked.values()) session.store.set({ status });
      }
    } catch {
      // The indicator reports an unavailable check when a draft is checked; nothing to do here.
    } finally {
      statusKnown = true;
    }
  };
  // The background announces a settings change once the new settings are in force (it does not
  // listen to storage here: a storage listener in a site's tab would be handed the roster).
  const report = (): RecognitionReport => {
    const on = statusKnown && enabled();
    const found = on ? findComposers(site, roots(), layers) : new Map<HTMLElement, Recognition>();
    const sessions = new Map([...tracked].map(([editor, { session }]) => [editor, session] as const));
    return recognitionReport(site, on || !statusKnown, layers.structural, found, sessions);
  };
  const onMessage = (message: unknown) => {
    // The toolbar popup asks what this tab's composers are and how they were recognised.
    if ((message as { type?: unknown } | undefined)?.type === DIAGNOSTICS_REQUEST.type) return Promise.resolve(report());
    if ((message as SettingsChanged | undefined)?.type !== 'settings-changed') return undefined;
    void refreshStatus().then(() => {
      scan();
      for (const { session } of tracked.values()) session.recheck();
    });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    controller.abort();
    observer.disconnect();
    clearTimeout(scanTimer);
    browser.runtime.onMessage.removeListener(onMessage);
    for (const editor of [...tracked.keys()]) remove(editor);
  });

  observer.observe(document, OBSERVED);
  void refreshStatus().then(scan);
}
