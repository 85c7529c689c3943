import { engineConfigOf } from '../../src/analyser/engine-config';
import { inEnglish } from '../../src/analyser/english';
import { compileEngine } from '../../src/engine/analyse';
import type { RulesBundle } from '../../src/engine/detector';
import { RULES_BUNDLE } from '../../src/engine/rules';
import type { Finding } from '../../src/engine/types';
import { settingsOrThrow, type SettingsInput } from '../../src/settings/schema';

/**
 * An analyser for `settings` whose detectors read the shipped rules with `overrides` in place (a model trained
 * without a fold's writers, an operating point opened to its floor). Always a new bundle object: the engine keeps
 * each detector's validated data per bundle object (src/engine/analyse.ts), so changing the shipped bundle in place
 * after anything has compiled is silently ignored. The leave-out harnesses did that until the seventeenth session,
 * and every fold after the first was scored by the first fold's model.
 */
export function analyserWith(overrides: Readonly<Record<string, unknown>>): (settings: SettingsInput) => { analyse(text: string): Finding[] } {
  const bundle = { ...RULES_BUNDLE, ...overrides } as RulesBundle;
  return (settings) => {
    const engine = compileEngine(engineConfigOf(settingsOrThrow(settings)), { bundle });
    return { analyse: (text) => engine.analyse(text).map(inEnglish) };
  };
}
