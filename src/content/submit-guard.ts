import type { SubmitKey } from '../sites/types';
import type { ComposerSession } from './composer-session';
import type { CheckResult } from './engine-client';
import { isSubmitControl, submitControlFor } from './find-composers';
import { risky, type DialogPart } from './view';

/**
 * The pre-post check. The site's own submit (a click on its Post button, Enter or Ctrl/Cmd+Enter
 * in the editor, a form's submit) is caught in the capture phase on `window`, before any of the
 * page's listeners. A draft already checked and clean passes untouched. A draft with a warning or
 * high finding is held and the dialog asks; "Post anyway" replays the same action once, while
 * every event it triggers synchronously is let through. If the check is unavailable the post goes
 * ahead: a broken check must never break the site.
 */

export interface GuardHost {
  sessions(): Iterable<ComposerSession>;
  /** Whether an event came from the extension's own UI. */
  ownsEvent(event: Event): boolean;
}

export function installSubmitGuard(host: GuardHost, signal: AbortSignal): void {
  let replaying = false;

  const hold = (event: Event, sessions: ComposerSession[], replay: () => void) => {
    if (replaying || sessions.length === 0) return;
    const texts = sessions.map((s) => s.read());
    if (texts.every((t) => t.trim() === '')) return;
    const known = sessions.map((s, i) => s.resultFor(texts[i]!));
    if (known.every((r) => r !== null)) {
      // The usual case: typing paused long enough for the check to finish on this exact text.
      const parts = riskyParts(sessions, known as CheckResult[]);
      if (parts.length === 0) return;
      stop(event);
      void ask(sessions, parts, replay);
      return;
    }
    // Submitted before the last keystrokes were checked: hold the post for the check's answer.
    stop(event);
    void Promise.all(sessions.map((s) => s.checkNow())).then((results) => {
      if (sessions.some((s) => s.disposed)) return;
      const parts = riskyParts(sessions, results);
      if (parts.length === 0) doReplay(replay);
      else void ask(sessions, parts, replay);
    });
  };

  const ask = async (sessions: ComposerSession[], parts: DialogPart[], replay: () => void) => {
    const owner = sessions.find((s) => !s.disposed);
    if (!owner) return;
    if ((await owner.decide(parts)) === 'post') doReplay(replay);
  };

  const doReplay = (replay: () => void) => {
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  };

  const onClick = (event: MouseEvent) => {
    if (host.ownsEvent(event)) return;
    const control = submitControlIn(event, host);
    if (!control) return;
    hold(event, sessionsPostedBy(control.element, host), () => (control.element as HTMLElement).click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || host.ownsEvent(event)) return;
    // Enter or Space on a focused Post button (a div[role=button]) acts as a click.
    if (event.key === 'Enter' || event.key === ' ') {
      const control = submitControlIn(event, host);
      if (control && event.target === control.element) {
        hold(event, sessionsPostedBy(control.element, host), () => redispatchKey(control.element, event));
        return;
      }
    }
    if (event.key !== 'Enter') return;
    const path = event.composedPath();
    const session = [...host.sessions()].find((s) => path.includes(s.editor));
    if (!session || !session.spec.submitKey || !matchesKey(event, session.spec.submitKey)) return;
    // Enter picks a suggestion while the editor's mention/hashtag list is open.
    if (session.editor.getAttribute('aria-expanded') === 'true' || session.editor.getAttribute('aria-activedescendant')) return;
    const target = event.target as Element;
    hold(event, [session], () => redispatchKey(target, event));
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement;
    const sessions = [...host.sessions()].filter((s) => form.contains(s.editor));
    hold(event, sessions, () => form.requestSubmit());
  };

  const options = { capture: true, signal } as const;
  window.addEventListener('click', onClick, options);
  window.addEventListener('keydown', onKeyDown, options);
  window.addEventListener('submit', onSubmit, options);
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function matchesKey(event: KeyboardEvent, key: SubmitKey): boolean {
  if (key === 'enter') return !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** The submit control on the event's path, if any (the click may land on an icon inside it). */
function submitControlIn(event: Event, host: GuardHost): { element: Element } | null {
  const specs = new Set([...host.sessions()].map((s) => s.spec));
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    for (const spec of specs) if (isSubmitControl(node, spec)) return { element: node };
  }
  return null;
}

function sessionsPostedBy(control: Element, host: GuardHost): ComposerSession[] {
  return [...host.sessions()].filter((s) => submitControlFor(s.editor, s.spec) === control);
}

function riskyParts(sessions: ComposerSession[], results: CheckResult[]): DialogPart[] {
  const parts: DialogPart[] = [];
  results.forEach((result, i) => {
    if (result.kind !== 'checked') return; // unavailable: the indicator already says the check is off
    const findings = risky(result.findings);
    if (findings.length > 0) parts.push({ label: sessions.length > 1 ? `Post ${i + 1} of ${sessions.length}` : null, findings });
  });
  return parts;
}

/** Replays a held key press on the element that received it, with the same keys and modifiers. */
function redispatchKey(target: Element, original: KeyboardEvent): void {
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
