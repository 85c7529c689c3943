/**
 * Keeps a composer's UI host pinned to the editor's bottom-right corner. The host is a fixed,
 * zero-size box appended to <body>, never inside the site's own DOM (React there would fight
 * it, and LinkedIn's share box has a zero-height shadow host), so it is placed from the editor's
 * own box. Updates are batched into one animation frame.
 */
export interface Anchor {
  update(): void;
  stop(): void;
}

/** Where the panel opens and how tall it may be without leaving the window. */
export interface Placement {
  side: 'above' | 'below';
  room: number;
}

/** The indicator's height plus its gap: the panel opens clear of it. */
const INDICATOR_CLEARANCE = 34;
/** Below the composer there is usually enough room; only when there is not is "above" considered. */
const COMFORTABLE_ROOM = 320;

export function anchorTo(editor: Element, host: HTMLElement, onPlacement: (placement: Placement) => void): Anchor {
  let frame = 0;
  let last = '';
  const place = () => {
    frame = 0;
    const box = editor.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    // Only the indicator and panel hide with the editor (by CSS on this attribute): a pre-post
    // dialog that is open must stay visible, or the page would be inert behind an unseen modal.
    host.toggleAttribute('data-offscreen', !visible);
    if (!visible) return;
    const right = Math.min(box.right, document.documentElement.clientWidth);
    host.style.transform = `translate(${Math.round(right)}px, ${Math.round(box.bottom)}px)`;
    const below = innerHeight - box.bottom - 12;
    const above = box.bottom - INDICATOR_CLEARANCE - 8;
    const side = below >= COMFORTABLE_ROOM || below >= above ? 'below' : 'above';
    // Rounded, so that scrolling does not re-render the panel on every pixel.
    const room = Math.max(120, Math.floor((side === 'below' ? below : above) / 20) * 20);
    const key = `${side}:${room}`;
    if (key !== last) {
      last = key;
      onPlacement({ side, room });
    }
  };
  const update = () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  };
  const resize = new ResizeObserver(update);
  resize.observe(editor);
  addEventListener('scroll', update, { capture: true, passive: true });
  addEventListener('resize', update, { passive: true });
  // Editors also move when the page around them changes (images loading, a dialog animating in).
  const poll = setInterval(update, 500);
  place();
  return {
    update,
    stop() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      removeEventListener('scroll', update, { capture: true });
      removeEventListener('resize', update);
      clearInterval(poll);
    },
  };
}
