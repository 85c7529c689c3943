import type { SubmitKey } from '../sites/types';

/**
 * The few things the pre-post check does to a site's own controls: stop an event before the site
 * sees it, and later replay the teacher's action (a click on the site's button, or the same key
 * press) exactly once. Nothing here touches an editor's content.
 */

export function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function clickIfConnected(control: Element): void {
  if (control.isConnected) (control as HTMLElement).click();
}

export function isDisabled(control: Element): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

export function matchesKey(event: KeyboardEvent, key: SubmitKey): boolean {
  if (key === 'enter') return !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Replays a held key press on the element that received it, with the same keys and modifiers. */
export function redispatchKey(target: Element, original: KeyboardEvent): void {
  if (!target.isConnected) return;
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: original.key,
      code: original.code,
      keyCode: original.keyCode,
      which: original.which,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      shiftKey: original.shiftKey,
      altKey: original.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit),
  );
}
