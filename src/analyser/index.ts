import { compileEngine, type Engine } from '../engine/analyse';
import type { Pack } from '../engine/schemas/pack';
import type { Finding } from '../engine/types';
import { settingsOrThrow, type Settings, type SettingsInput } from '../settings/schema';
import { engineConfigOf } from './engine-config';
import { inEnglish } from './english';

/**
 * The engine as every surface uses it: from settings (validated here, never in the engine) to
 * findings with their English message. The background, the command line, the options page and the
 * demo all come through here; the engine itself knows nothing of settings or languages.
 */
export interface Analyser {
  readonly settings: Settings;
  readonly pack: Pack;
  readonly engine: Engine;
  /** Settings entries that cannot be matched (a name with no letters), for the settings screen. */
  readonly notes: readonly string[];
  analyse(text: string): Finding[];
}

export function compile(input: SettingsInput | Settings): Analyser {
  const settings = settingsOrThrow(input);
  const engine = compileEngine(engineConfigOf(settings));
  return {
    settings,
    pack: engine.pack,
    engine,
    notes: engine.notes,
    analyse: (text) => engine.analyse(text).map(inEnglish),
  };
}

/**
 * Compiled analysers by the content of their settings (not the object, which a caller may change
 * in place), so repeated calls with the same settings never recompile. Long-lived callers (the
 * background) hold the result of `compile` instead and recompile when the settings change.
 */
const compiled = new Map<string, Analyser>();
const COMPILED_KEPT = 8;

export function analyserFor(settings: SettingsInput | Settings): Analyser {
  const key = JSON.stringify(settings);
  let analyser = compiled.get(key);
  if (!analyser) {
    analyser = compile(settings);
    if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, analyser);
  }
  return analyser;
}

export function analyse(text: string, settings: SettingsInput | Settings): Finding[] {
  return analyserFor(settings).analyse(text);
}
