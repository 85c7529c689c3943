import type { RecognitionReport } from '../../../src/diagnostics';
import type { ExtensionBrowser } from './browser';

/**
 * What the content script of each open site tab says it recognised: the very message the toolbar
 * popup sends (`tabs.sendMessage`), sent here from the extension's service worker. Tabs without
 * the content script (about:blank, extension pages) do not answer and are left out.
 */
export async function recognitionReports(browser: ExtensionBrowser): Promise<RecognitionReport[]> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, message: unknown): Promise<unknown> } } }).chrome;
    const answers: unknown[] = [];
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = await api.tabs.sendMessage(tab.id, { type: 'diagnostics' });
        if (answer !== undefined) answers.push(answer);
      } catch {
        // no content script in this tab
      }
    }
    return answers as RecognitionReport[];
  });
}

/** "editor layer/post control layer:clue" of the one composer in use on the one site tab open. */
export async function recognitionOfComposerInUse(browser: ExtensionBrowser): Promise<string> {
  const reports = await recognitionReports(browser);
  if (reports.length !== 1) return `${reports.length} site tabs answered`;
  const inUse = reports[0]!.composers.filter((c) => c.inUse);
  if (inUse.length !== 1) return `${inUse.length} composers in use`;
  const [composer] = inUse;
  return `${composer!.editorLayer}/${composer!.control ? `${composer!.control.layer}:${composer!.control.clue}` : 'none'}`;
}
