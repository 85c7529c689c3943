import type { ComposerSession } from './composer-session';

/**
 * Notices photos attached to a composer, whichever way the site takes them: a file chosen in its
 * file input, a paste, a drop, or only the preview it shows (`img[src^="blob:"]`, which also
 * catches pickers whose input never joins the page). Each photo goes to the composer it sits
 * closest to. Only reads: the site gets every event, file and preview as if we were not there.
 */
export interface ImageHost {
  /** The session of the composer nearest to `element`, started if need be; null if none is near. */
  sessionNear(element: Element): ComposerSession | null;
  sessions(): Iterable<ComposerSession>;
}

export interface ImageWatch {
  /** `change`, `paste` and `drop` do not leave a shadow root (LinkedIn's share box): listen inside it too. */
  watchRoot(root: ShadowRoot): void;
}

const PREVIEW = 'img[src^="blob:"]';

export function watchImages(host: ImageHost, signal: AbortSignal): ImageWatch {
  const seen = new WeakSet<Event>();
  const attach = (files: FileList | null | undefined, target: EventTarget | null) => {
    if (!files || files.length === 0 || !(target instanceof Element)) return;
    const session = host.sessionNear(target);
    if (!session) return;
    for (const file of files) if (isPhotoCandidate(file)) void session.images.add(file, file.name || 'pasted photo');
  };
  const once = (handler: (event: Event) => void) => (event: Event) => {
    // The same event reaches a shadow root and then the window when it is composed.
    if (seen.has(event)) return;
    seen.add(event);
    handler(event);
  };
  const onChange = once((event) => {
    const input = event.composedPath()[0];
    if (input instanceof HTMLInputElement && input.type === 'file') attach(input.files, input);
  });
  const onPaste = once((event) => attach((event as ClipboardEvent).clipboardData?.files, event.composedPath()[0] ?? null));
  const onDrop = once((event) => attach((event as DragEvent).dataTransfer?.files, event.composedPath()[0] ?? null));

  const listen = (target: Window | ShadowRoot) => {
    const options = { capture: true, signal } as const;
    target.addEventListener('change', onChange, options);
    target.addEventListener('paste', onPaste, options);
    target.addEventListener('drop', onDrop, options);
  };
  listen(window);

  const previews = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const img = record.target as Element;
        if (img.matches(PREVIEW)) void fromPreview(img);
        continue;
      }
      for (const node of record.addedNodes) for (const img of imagesIn(node)) void fromPreview(img);
      if (record.removedNodes.length === 0) continue;
      const withPhotos = [...host.sessions()].filter((session) => session.images.count > 0);
      if (withPhotos.length === 0) continue;
      for (const node of record.removedNodes) for (const img of imagesIn(node, true)) for (const session of withPhotos) session.images.forgetPreview(img);
    }
  });
  const fromPreview = async (img: Element) => {
    const session = host.sessionNear(img);
    if (!session) return;
    let blob: Blob;
    try {
      // A blob: URL is the page's own memory: fetching it reads bytes already on this device.
      blob = await (await fetch((img as HTMLImageElement).src)).blob();
    } catch {
      return; // revoked already: the site has moved on from this preview
    }
    if (isPhotoCandidate(blob)) await session.images.add(blob, (img as HTMLImageElement).alt || 'attached photo', img);
  };
  const observe = (root: Document | ShadowRoot) => previews.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  observe(document);
  for (const img of document.querySelectorAll(PREVIEW)) void fromPreview(img);
  signal.addEventListener('abort', () => previews.disconnect());

  return {
    watchRoot(root) {
      listen(root);
      observe(root);
      for (const img of root.querySelectorAll(PREVIEW)) void fromPreview(img);
    },
  };
}

function imagesIn(node: Node, removed = false): Element[] {
  if (!(node instanceof Element)) return [];
  // A removed image's src may already be gone; any <img> that leaves may have been a preview.
  const selector = removed ? 'img' : PREVIEW;
  const found = node.matches(selector) ? [node] : [];
  return found.concat([...node.querySelectorAll(selector)]);
}

/** Images, and files the browser could not type (some pickers give none); videos and documents are not photos. */
function isPhotoCandidate(file: Blob): boolean {
  return file.type === '' || file.type.startsWith('image/');
}

/**
 * The composer a photo belongs to: the one whose editor shares the deepest ancestor with it (the
 * same dialog, form or toolbar), across shadow roots. A photo whose nearest shared ancestor is the
 * page itself belongs to none: it is a picture in the feed, not an attachment.
 */
export function nearestEditor(element: Element, editors: readonly HTMLElement[]): HTMLElement | null {
  const chain = ancestors(element);
  let best: HTMLElement | null = null;
  let bestDepth = -1;
  for (const editor of editors) {
    const theirs = new Set(ancestors(editor));
    const shared = chain.find((node) => theirs.has(node));
    if (!shared || shared === document.body || shared === document.documentElement) continue;
    const depth = ancestors(shared).length;
    if (depth > bestDepth) [best, bestDepth] = [editor, depth];
  }
  return best;
}

function ancestors(node: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = node; current; ) {
    chain.push(current);
    current = current.parentElement ?? ((current.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return chain;
}
