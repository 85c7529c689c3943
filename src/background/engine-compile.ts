import { compile } from '../analyser';
import { attachedImageFindings } from '../analyser/images';
import type { Finding } from '../engine/types';
import type { EngineStatus } from '../messages';
import { DEMO_SETTINGS } from '../settings/demo';
import type { ResolvedSettings } from '../settings/load';
import { SITE_IDS, siteEnabled } from '../settings/schema';
import type { LanguageSetting } from '../settings/language';
import type { Loaded } from './engine-service';

/**
 * The part of the background that needs the engine itself. It is not in the background's script:
 * entrypoints/engine.ts builds it into a file of its own, `engine.js`, which the background reads on
 * the engine's first compile (src/background/engine-file.ts). Evaluating the engine's modules (the
 * lexicons checked with zod, the learned models' weights parsed, compromise building its lexicon),
 * and before that compiling the 3 MB script that held them, was most of the service worker's first
 * run as the browser started, in the same renderer process and on the same cores as the settings
 * page being drawn (issue 14). The file is the package's own: nothing is fetched.
 */

/** Compiles the resolved settings (or the demo school, when no school name is set anywhere). */
export function engineFor(resolved: ResolvedSettings, revision: number, language: LanguageSetting = 'auto'): Loaded {
  const analyser = compile(resolved.settings ?? DEMO_SETTINGS);
  const { settings, pack } = analyser;
  const status: EngineStatus = {
    source: resolved.settings ? 'stored' : 'demo',
    schoolName: settings.schoolName,
    policy: pack.id,
    policyName: pack.name,
    problems: resolved.teacherProblems,
    schoolProblems: resolved.schoolProblems,
    managed: resolved.merged.managed,
    // The demo school is checked everywhere; the teacher's (or school's) switches apply to their own settings.
    sites: Object.fromEntries(SITE_IDS.map((site) => [site, resolved.settings ? siteEnabled(resolved.settings, site) : true])) as EngineStatus['sites'],
    language,
    revision,
    notes: analyser.notes,
  };
  return { analyser, status };
}

/** A draft's findings, its attached photos' included. */
export function findingsOf({ analyser }: Loaded, text: string, images: Parameters<typeof attachedImageFindings>[0]): Finding[] {
  return analyser.analyse(text).concat(attachedImageFindings(images, analyser, text));
}
