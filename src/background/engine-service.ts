import { browser } from 'wxt/browser';
import { compile, type Analyser } from '../engine/analyse';
import type { Finding } from '../engine/types';
import { MAX_DRAFT_LENGTH, RequestSchema, type EngineStatus, type Response } from '../messages';
import { DEMO_SETTINGS } from '../settings/demo';
import { parseSettings } from '../settings/schema';
import { attachedImageFindings } from '../engine/image/image-findings';
import { readImageInAnalysisPage, type ImageReader } from './image-service';
import { settingsItem } from '../settings/storage';

/**
 * The engine in the background: loads the settings and the policy pack, compiles the matchers
 * once per settings change, and answers `analyse` and `status` messages. If the saved settings
 * are unusable it says why and uses the demo school until they are fixed; it never rewrites them.
 */
interface Loaded {
  analyser: Analyser;
  status: EngineStatus;
}

export async function loadEngine(): Promise<Loaded> {
  const stored = await settingsItem.getValue();
  if (stored !== null) {
    const result = parseSettings(stored);
    if (result.ok) return describe(compile(result.settings), 'stored', []);
    return describe(compile(DEMO_SETTINGS), 'demo', result.problems);
  }
  return describe(compile(DEMO_SETTINGS), 'demo', []);
}

function describe(analyser: Analyser, source: EngineStatus['source'], problems: string[]): Loaded {
  const { settings, pack } = analyser;
  return { analyser, status: { source, schoolName: settings.schoolName, policy: pack.id, policyName: pack.name, problems, notes: analyser.notes } };
}

/**
 * Who asked: the extension's own pages (options, demo) may see which roster entry a finding
 * matched; a content script, running in a site's page, gets only what the teacher typed.
 */
export type Audience = 'extension' | 'page';

export async function handle(message: unknown, engine: Promise<Loaded>, audience: Audience = 'page', readImage: ImageReader = readImageInAnalysisPage): Promise<Response> {
  const request = RequestSchema.safeParse(message);
  if (!request.success) return { ok: false, error: 'not a request the engine understands' };
  try {
    // Reading a photo needs no settings: the findings come with the next `analyse`, photos included.
    if (request.data.type === 'read-image') return await readImage(request.data.name, request.data.data);
    const { analyser, status } = await engine;
    const shown = audience === 'page' ? forPage(status) : status;
    if (request.data.type === 'status') return { ok: true, type: 'status', status: shown };
    const started = performance.now();
    const { text } = request.data;
    const checked = text.length > MAX_DRAFT_LENGTH ? text.slice(0, MAX_DRAFT_LENGTH) : text;
    const findings = analyser
      .analyse(checked)
      .concat(attachedImageFindings(request.data.images ?? [], analyser, checked))
      .map((finding) => (audience === 'page' ? withoutRoster(finding) : finding));
    return { ok: true, type: 'analyse', findings, status: shown, elapsedMs: performance.now() - started, checkedLength: checked.length, truncated: checked !== text };
  } catch (error) {
    // The page's post box keeps working; the indicator tells the teacher the check is off.
    return { ok: false, error: `the check failed: ${(error as Error).message}` };
  }
}

function withoutRoster({ listed: _listed, ...finding }: Finding): Finding {
  return finding;
}

/** Notes quote roster entries that cannot be matched: a page is told how many, not which. */
function forPage(status: EngineStatus): EngineStatus {
  return { ...status, notes: status.notes.map(() => 'an entry in the roster or staff list cannot be matched') };
}

export function startEngineService(): void {
  let engine = loadEngine();
  settingsItem.watch(() => {
    engine = loadEngine();
  });
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }, sendResponse: (response: Response) => void) => {
    const audience: Audience = sender.url?.startsWith(ownPages) ? 'extension' : 'page';
    void handle(message, engine, audience).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
