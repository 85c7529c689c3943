import type { RecognitionReport } from '../diagnostics';
import type { TabAnswer } from './ask-tab';

/**
 * Whether the tab under the popup is protected, in the few states a teacher needs to tell apart.
 * Worked out from the content script's own report, so it says what is true on that tab now.
 */
export type Protection =
  | { kind: 'asking' }
  | { kind: 'not-here' }
  | { kind: 'unreadable' }
  | { kind: 'off'; site: RecognitionReport['site'] }
  | { kind: 'waiting'; site: RecognitionReport['site'] }
  | { kind: 'protected'; site: RecognitionReport['site']; boxes: number; checkingOnly: number };

export function protectionOf(answer: TabAnswer | null): Protection {
  if (answer === null) return { kind: 'asking' };
  if (answer.kind === 'not-running') return { kind: 'not-here' };
  if (answer.kind === 'bad-answer') return { kind: 'unreadable' };
  const { report } = answer;
  if (!report.enabled) return { kind: 'off', site: report.site };
  if (report.composers.length === 0) return { kind: 'waiting', site: report.site };
  return {
    kind: 'protected',
    site: report.site,
    boxes: report.composers.length,
    checkingOnly: report.composers.filter((composer) => composer.protection === 'checking-only').length,
  };
}
