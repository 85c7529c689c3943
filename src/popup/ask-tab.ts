import { browser } from 'wxt/browser';
import { DIAGNOSTICS_REQUEST, type RecognitionReport } from '../diagnostics';
import { RecognitionReportSchema } from './report-schema';

/**
 * Asks the current tab's content script what it recognised (src/content/recognition-report.ts):
 * `tabs.sendMessage` to the active tab of this window, answered from the page itself. No
 * permission is needed for that (the popup never reads the tab's address), and nothing leaves
 * the browser. A tab where the content script does not run (another site, a tab opened before
 * the extension was installed) answers nothing, which is an answer too.
 */
export type TabAnswer = { kind: 'report'; report: RecognitionReport } | { kind: 'not-running' } | { kind: 'bad-answer'; detail: string };

export async function askActiveTab(): Promise<TabAnswer> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'not-running' };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tab.id, DIAGNOSTICS_REQUEST);
  } catch {
    return { kind: 'not-running' }; // "Receiving end does not exist": no content script in this tab
  }
  if (answer === undefined) return { kind: 'not-running' };
  // The page's side of the extension answers; a page cannot reach this listener, but a check costs nothing.
  const parsed = RecognitionReportSchema.safeParse(answer);
  return parsed.success ? { kind: 'report', report: parsed.data } : { kind: 'bad-answer', detail: parsed.error.issues[0]?.message ?? 'unreadable' };
}
