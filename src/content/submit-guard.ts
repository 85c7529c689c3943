import type { ComposerSession } from './composer-session';
import type { CheckResult } from './engine-client';
import { CONTROLS } from './post-control';
import { clickIfConnected, isDisabled, matchesKey, redispatchKey, stop } from './site-actions';
import { risky, type DialogPart } from './view';

/**
 * The pre-post check. The site's own submit (a click on its Post button, Enter or Ctrl/Cmd+Enter
 * in the editor, a form's submit) is caught in the capture phase on `window`, before any of the
 * page's listeners. Which button posts a composer is asked of the composer itself at the moment
 * of the click (its site's selectors, or the page's structure: see post-control.ts), so a
 * control recognised only by structure is held like one the selectors name. A draft already checked and clean passes untouched. A draft with a warning or
 * high finding is held and the dialog asks; "Post anyway" replays the same action once. If the
 * check is unavailable the post goes ahead: a broken check must never break the site.
 */

export interface GuardHost {
  sessions(): Iterable<ComposerSession>;
  /** Whether an event came from the extension's own UI. */
  ownsEvent(event: Event): boolean;
}

export interface SubmitGuard {
  /** `submit` events do not leave a shadow root: forms inside one are guarded on the root itself. */
  watchRoot(root: ShadowRoot): void;
}

/** After "Post anyway", a site that submits in two steps (a click, then a form submit a tick later) is not asked again. */
const APPROVAL_MS = 1500;
/** A draft edited while its post was held is checked again, at most this many times, before the post goes ahead. */
const MAX_RECHECKS = 3;

export function installSubmitGuard(host: GuardHost, signal: AbortSignal): SubmitGuard {
  /** True while a replay runs: every event it causes synchronously is the approved submission. */
  let replaying = false;
  /** Sessions whose submission is held (checking, or the dialog is open): repeats are swallowed. */
  const held = new WeakSet<ComposerSession>();
  let approval: { texts: Map<ComposerSession, string>; until: number } | null = null;

  const approved = (sessions: ComposerSession[], texts: string[]) =>
    approval !== null && Date.now() < approval.until && sessions.every((s, i) => approval!.texts.get(s) === texts[i]);

  const hold = (event: Event, sessions: ComposerSession[], replay: () => void, byKey = false) => {
    if (replaying || sessions.length === 0) return;
    if (sessions.some((s) => held.has(s))) {
      // A second click while the first is held: one post at most, whatever the answer.
      stop(event);
      return;
    }
    const texts = sessions.map((s) => s.read());
    if (sessions.every((s, i) => s.isEmpty(texts[i]!)) || approved(sessions, texts)) return;
    const known = sessions.map((s, i) => s.resultFor(texts[i]!));
    if (known.every((r): r is CheckResult => r !== null)) {
      // The usual case: typing paused long enough for the check to finish on this exact text.
      const parts = riskyParts(sessions, known);
      if (parts.length === 0) return;
      stop(event);
      void settle(sessions, texts, parts, replay, byKey);
      return;
    }
    // Posted before the last keystrokes were checked: hold the post for the check's answer.
    stop(event);
    void settle(sessions, texts, null, replay, byKey);
  };

  /** Decides a held submission; whatever goes wrong, the post is never left held. */
  const settle = async (sessions: ComposerSession[], texts: string[], parts: DialogPart[] | null, replay: () => void, byKey: boolean) => {
    for (const session of sessions) held.add(session);
    try {
      let current = texts;
      for (let round = 0; parts === null && round < MAX_RECHECKS; round++) {
        const results = await Promise.all(sessions.map((s) => s.checkNow()));
        const now = sessions.map((s) => s.read());
        // Typing went on while the check ran: what would be posted is the new text.
        if (now.some((t, i) => t !== current[i]) && round < MAX_RECHECKS - 1) {
          current = now;
          continue;
        }
        parts = riskyParts(sessions, results);
      }
      const owner = sessions.find((s) => !s.disposed);
      if (!owner) return; // the site removed the composer while we checked: there is nothing left to post
      if (parts === null || parts.length === 0) return doReplay(sessions, replay);
      if ((await owner.decide(parts, { byKey })) === 'post') doReplay(sessions, replay);
    } catch (error) {
      console.warn('School Post Guardrail: the pre-post check failed; posting as if it were off.', error);
      doReplay(sessions, replay);
    } finally {
      for (const session of sessions) held.delete(session);
    }
  };

  const doReplay = (sessions: ComposerSession[], replay: () => void) => {
    approval = { texts: new Map(sessions.map((s) => [s, s.read()])), until: Date.now() + APPROVAL_MS };
    replaying = true;
    try {
      replay();
    } finally {
      replaying = false;
    }
  };

  const onClick = (event: MouseEvent) => {
    if (host.ownsEvent(event)) return;
    const found = postControlIn(event, host);
    if (!found) return;
    hold(event, found.sessions, () => clickIfConnected(found.control));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || host.ownsEvent(event)) return;
    // Enter or Space on a focused div[role=button] acts as a click through the site's own key
    // handler. A native <button> is left alone: its key press becomes a click, guarded above.
    if (event.key === 'Enter' || event.key === ' ') {
      const found = postControlIn(event, host);
      if (found && event.target === found.control && !(found.control instanceof HTMLButtonElement)) {
        hold(event, found.sessions, () => clickIfConnected(found.control), true);
        return;
      }
    }
    if (event.key !== 'Enter') return;
    const path = event.composedPath();
    const session = [...host.sessions()].find((s) => path.includes(s.editor));
    if (!session || !session.submitKey || !matchesKey(event, session.submitKey)) return;
    // Enter picks a suggestion while the editor's mention/hashtag list is open.
    if (session.editor.getAttribute('aria-expanded') === 'true' || session.editor.getAttribute('aria-activedescendant')) return;
    const target = event.target as Element;
    hold(event, [session], () => {
      // Replay through the composer's own button where the site's spec says the key posts: a
      // replayed key press is untrusted, and an editor that ignored it could fall back to
      // inserting a new line. Where only the site's convention says so (told from structure), the
      // key itself is replayed: if the convention were wrong and Enter meant a new line here,
      // "Post anyway" must not post.
      const control = session.recognition.submitKey?.layer === 'site' ? session.postControl()?.element : undefined;
      if (control && !isDisabled(control)) clickIfConnected(control);
      else redispatchKey(target, event);
    }, true);
  };

  const onSubmit = (event: Event) => {
    const form = event.target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter;
    const sessions = [...host.sessions()].filter((s) => form.contains(s.editor));
    hold(event, sessions, () => {
      if (form.isConnected) form.requestSubmit(submitter && form.contains(submitter) ? submitter : null);
    });
  };

  const options = { capture: true, signal } as const;
  window.addEventListener('click', onClick, options);
  window.addEventListener('keydown', onKeyDown, options);
  window.addEventListener('submit', onSubmit, options);
  return {
    watchRoot(root) {
      root.addEventListener('submit', onSubmit, options);
    },
  };
}

/**
 * The post control on the event's path, if any (the click may land on an icon inside it), and the
 * composers it posts, in page order (a thread's parts top to bottom). Each composer is asked for
 * its control only when something pressable was pressed.
 */
function postControlIn(event: Event, host: GuardHost): { control: HTMLElement; sessions: ComposerSession[] } | null {
  const path = event.composedPath().filter((node): node is HTMLElement => node instanceof HTMLElement);
  if (!path.some((node) => node.matches(CONTROLS))) return null;
  const posted = new Map<HTMLElement, ComposerSession[]>();
  for (const session of host.sessions()) {
    const control = session.postControl()?.element;
    if (control) posted.set(control, [...(posted.get(control) ?? []), session]);
  }
  for (const node of path) {
    const sessions = posted.get(node);
    if (sessions) return { control: node, sessions: sessions.sort((a, b) => (a.editor.compareDocumentPosition(b.editor) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)) };
  }
  return null;
}

function riskyParts(sessions: ComposerSession[], results: CheckResult[]): DialogPart[] {
  const parts: DialogPart[] = [];
  results.forEach((result, i) => {
    if (result.kind !== 'checked') return; // unavailable: the indicator already says the check is off
    const findings = risky(result.findings);
    if (findings.length > 0) parts.push({ position: sessions.length > 1 ? { index: i + 1, total: sessions.length } : null, findings });
  });
  return parts;
}
