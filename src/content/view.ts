import type { Finding } from '../engine/types';
import type { LocalText } from '../i18n/format';
import type { EngineStatus } from '../messages';
import type { SubmitKey } from '../sites/types';
import type { Placement } from './anchor';
import { SEVERITY_RANK, type Severity } from '../engine/types';

/** What one composer's indicator, panel and dialog show. */
export interface ComposerView {
  check:
    | { kind: 'empty' }
    | { kind: 'checking'; findings: Finding[] }
    | { kind: 'checked'; findings: Finding[]; truncated: boolean }
    | { kind: 'unavailable'; reason: LocalText };
  status: EngineStatus | null;
  /**
   * Whether a post from this composer can be held: `checking-only` when its draft is read but no
   * control that posts it was recognised (the indicator and panel say so); `unknown` while empty.
   */
  protection: 'unknown' | 'held' | 'checking-only';
  /** The shortcut that posts from this composer, named in the panel's "checking only" note. */
  submitKey: SubmitKey | null;
  panelOpen: boolean;
  /** The panel was opened from the keyboard: focus moves into it. */
  panelFocus: boolean;
  /** The pre-post dialog, open while a submission is held. */
  /** `byKey`: a key press opened it (the teacher may still be typing: src/ui/typing-ahead.ts). */
  dialog: null | { parts: DialogPart[]; byKey?: boolean };
  theme: 'light' | 'dark';
  /** Whether the panel opens above the indicator (composer low on the screen) or below, and its room. */
  placement: Placement;
}

/** A thread on X is posted at once: the dialog lists each part's findings. */
export interface DialogPart {
  /** Which post of a thread, shown as "Post 2 of 3"; null for a single post. */
  position: { index: number; total: number } | null;
  findings: Finding[];
}

export const INITIAL_VIEW: ComposerView = { check: { kind: 'empty' }, status: null, protection: 'unknown', submitKey: null, panelOpen: false, panelFocus: false, dialog: null, theme: 'light', placement: { side: 'below', room: 520 } };

/** Findings the pre-post check acts on. */
export function risky(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) if (worst === null || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

export function shownFindings(view: ComposerView): Finding[] {
  return view.check.kind === 'checked' || view.check.kind === 'checking' ? view.check.findings : [];
}
