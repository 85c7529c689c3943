import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { LearnedModelError } from '../../src/engine/learned';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import type { Finding } from '../../src/engine/types';
import type { DraftView } from '../../src/engine/draft';
import { NO_ONE_NAMED, StaffVoiceOperatingPointSchema, withoutFrame } from '../../src/engine/detectors/staff-voice';
import { sentenceUnits, unitLogit } from '../train/confidential-pipeline';
import { trainSentenceModel } from '../train/sentence-training';
import { buildStaffVoiceModel, DEFAULT_STAFF_VOICE_OPTIONS } from '../train/staff-voice-pipeline';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { engineConfigOf } from '../../src/analyser/engine-config';
import { compileEngine } from '../../src/engine/analyse';
import { settingsOrThrow } from '../../src/settings/schema';

/** The head's operating point as shipped (rules/lexicons/staff-voice-operating-point.json). */
const operatingPoint = () => StaffVoiceOperatingPointSchema.parse(JSON.parse(readFileSync(new URL('../../rules/lexicons/staff-voice-operating-point.json', import.meta.url), 'utf8')));

/** The staff-voice head (rules/models/staff-voice.json, src/engine/detectors/staff-voice.ts; docs/models.md). */
const PATH = new URL('../../rules/models/staff-voice.json', import.meta.url);
const shipped = (): LinearModelData => JSON.parse(readFileSync(PATH, 'utf8')) as LinearModelData;
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const holding = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.severity === 'warning' || f.severity === 'high');
const head = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.ruleId === 'derogatory/staff-voice');
/** The head with its operating point moved (a bundle of its own: the engine keeps validated data per bundle object). */
const headAt = (text: string, point: Partial<{ community: number; pronoun: number; bare: number }>) =>
  compileEngine(engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS)), { bundle: { ...RULES_BUNDLE, staffVoiceOperatingPoint: { ...(RULES_BUNDLE.staffVoiceOperatingPoint as object), ...point } } })
    .analyse(text)
    .filter((f) => f.ruleId === 'derogatory/staff-voice')
    .map((f) => ({ ...f, match: text.slice(f.start, f.end) }));

describe('the staff-voice head in the engine', () => {
  // Contempt with no swear word and no insult the rules list (the "slapped haddock" of the first example is
  // now the rules' own: contempt/put-down); the tweet-trained model leaves it at a note at most.
  const contempt = 'Our deputy head thinks a spreadsheet is a personality';
  test('holds a no-swear contemptuous sentence about a colleague, at warning, with a span, clauses and the words that drove it', () => {
    const [finding, ...rest] = head(contempt);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('warning');
    expect(finding!.category).toBe('derogatory');
    expect(contempt.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(['thinks', 'spreadsheet', 'personality']).toContain(finding!.match);
    expect(finding!.clauses.length).toBeGreaterThan(0);
    expect(finding!.explanation.context).toBe('deputy head');
    expect(finding!.explanation.reason).toMatch(/staff's own drafts .* the words that drove it: “[^”]+”/);
    expect(finding!.explanation.rule).toMatch(/^staff-voice model \(\d+\.\d %\)$/);
  });

  test('its civil near-miss, same colleague and frame, holds nothing', () => {
    expect(holding('Our deputy head thinks a spreadsheet is a lifesaver')).toEqual([]);
  });

  test('leaves talk about a protected group to the rules: counter-speech that names an insult is not its finding', () => {
    expect(head('Calling Romanians animals is vile and it stops today.')).toEqual([]);
    expect(head('If you think "Poles are parasites", unfollow me now.')).toEqual([]);
  });

  test('a pronoun after the words is no one it knows ("Rats are vermin, get them out of the shed")', () => {
    expect(head('Rats are vermin, get them out of the shed')).toEqual([]);
  });

  test('a possessive "your" is whose thing it is, not whom the words are said of', () => {
    expect(head('Lock your sheds, a few thefts on the allotments. And no, it isn\'t refugees, before anyone starts.')).toEqual([]);
  });

  test('thanks with applause and no eye-roll is sincere, whatever the praise word', () => {
    expect(head('Thank you to the PTA, geniuses the lot of them 👏')).toEqual([]);
    expect(head('Diolch to the office team, absolute geniuses ❤️')).toEqual([]);
  });

  test('people after "near", "for", "with" are where or for whom, not whom the words are said of', () => {
    expect(head("dogs shouldn't be allowed near children without a lead")).toEqual([]);
  });

  test('framing words alone ("why", "always", "funny how", "genuine question") hold nothing and are never underlined', () => {
    expect(head('Why do governors always get the best biscuits? Genuine question 😂')).toEqual([]);
    expect(head('Funny how the kids always behave better for a supply teacher 😂')).toEqual([]);
    for (const f of head(contempt)) expect(['why', 'how', 'always', 'funny', 'genuine']).not.toContain(f.match.toLowerCase());
  });

  test('the writer’s own family is not whom it is about (review of merge11), but a colleague beside them still is', () => {
    expect(head("My little boy thinks he's a dinosaur expert now, bless him")).toEqual([]);
    expect(head('My little boy says our deputy head thinks a spreadsheet is a personality')).not.toEqual([]);
  });

  describe('"my kids": the writer’s own children or a teacher’s class (twelfth session)', () => {
    // The head's threshold opened (a model of the test's own), so the gate, not the score, decides.
    const model = shipped();
    const engine = compileEngine(engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS)), { bundle: { ...RULES_BUNDLE, staffVoiceModel: { ...model, thresholds: { possible: 0.3, confident: 0.999 } }, staffVoiceOperatingPoint: { ...(RULES_BUNDLE.staffVoiceOperatingPoint as object), community: 0.3, pronoun: 0.3, group: 0.3 } } });
    const opened = (text: string) => engine.analyse(text).filter((f) => f.ruleId === 'derogatory/staff-voice');
    const own = 'My kids get hand me downs from their cousins and love them. Make it make sense, fashion industry!';
    test('in a post with no school in it they are the writer’s own: nothing is held, whatever the score', () => {
      expect(compileLinearModel(model, 'rules/models/staff-voice.json', 'derogatory').score(own).probability).toBeGreaterThan(0.3);
      expect(opened(own)).toEqual([]);
    });
    test('"my kids this year" is a class, said by a teacher: the school’s pupils, whom the head may find it is about', () => {
      const [finding] = opened('my kids this year think a worksheet is optional and the bell is a suggestion');
      expect(finding?.explanation.context).toMatch(/kids/);
      expect(finding?.topic).toBe('about-pupils');
    });
  });

  describe('the operating point: a threshold for each kind of evidence of whom (fourteenth session)', () => {
    const model = shipped();
    const point = RULES_BUNDLE.staffVoiceOperatingPoint as { community: number; pronoun: number; group: number; thingsAfterPeople: string[] };
    const engineAt = (community: number, pronoun: number) =>
      compileEngine(engineConfigOf(settingsOrThrow(RULE_EXAMPLE_SETTINGS)), { bundle: { ...RULES_BUNDLE, staffVoiceModel: { ...model, thresholds: { possible: 0.3, confident: 0.999 } }, staffVoiceOperatingPoint: { ...point, community, pronoun } } });
    const headOf = (engine: ReturnType<typeof engineAt>, text: string) => engine.analyse(text).filter((f) => f.ruleId === 'derogatory/staff-voice');
    test('a sentence naming someone of the school community is held at the community threshold, whatever the pronoun one', () => {
      expect(headOf(engineAt(0.3, 1.01), contempt).map((f) => f.topic)).toEqual(['about-staff']);
      expect(headOf(engineAt(1.01, 0.3), contempt)).toEqual([]);
    });
    test('the shipped point: a protected group is the group-stance model\'s (nineteenth session: tests/unit/staff-voice-group.test.ts), a pronoun needs more than a named role', () => {
      expect(RULES_BUNDLE.staffVoiceGroupModel).toBeDefined();
      expect(point.pronoun).toBeGreaterThanOrEqual(point.community);
      expect(point.community).toBeGreaterThanOrEqual(model.thresholds.possible);
    });
    test('a people word describing a thing names no one ("the staff room is a drain")', () => {
      const opened = engineAt(0.3, 0.3);
      expect(headOf(opened, 'Staff wellbeing tip: the staff room is a drain on your energy if you stay there all lunch, go outside!')).toEqual([]);
    });
  });

  test('setting the frame aside only takes away what a frame word added, never what it took off', () => {
    const draft = 'Honestly the deputy is hopeless';
    const sentence = { start: 0, end: draft.length, probability: 0.5, level: 'possible' as const, words: [{ start: 0, end: 8, text: 'Honestly', contribution: -1.5 }] };
    expect(withoutFrame({ doc: { draft } } as DraftView, sentence)).toBeCloseTo(0.5, 9);
    const added = { ...sentence, words: [{ ...sentence.words[0]!, contribution: 1 }] };
    expect(withoutFrame({ doc: { draft } } as DraftView, added)).toBeCloseTo(1 / (1 + Math.exp(1)), 9);
  });

  // The bare tier (seventeenth session): contempt whose target the reader supplies, in a post about school.
  const bare = 'Love it when a parent emails at midnight to ask why their little angel got a detention. Parenting masterclass as always 👏';
  test('holds a sentence that names no one when it scores at the bare tier, in a post about school, saying so', () => {
    // One finding: the first sentence, where the head also scores 87 %, holds a word the rules judge ("angel") said of no one.
    const [finding, ...rest] = head(bare);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('warning');
    expect(bare.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(finding!.start).toBeGreaterThan(bare.indexOf('Parenting') - 1);
    expect(finding!.explanation.context).toBe(NO_ONE_NAMED);
    expect(Number(/\(([\d.]+) %\)/.exec(finding!.explanation.rule)![1]) / 100).toBeGreaterThanOrEqual(operatingPoint().bare);
  });

  test('the same words with nothing about school around them hold nothing: the head knows the staff voice, not every register', () => {
    expect(head('Love it when the bank emails at midnight. Customer service masterclass as always 👏')).toEqual([]);
  });

  test('a sentence that names no one and scores below the bare tier holds nothing', () => {
    const point = operatingPoint();
    // The head scores this 84.6 %, just under the tier: held only where the tier is lower.
    const emails = 'School report writing done. Reply-all emails are the vermin of school life';
    expect(head(emails)).toEqual([]);
    expect(headAt(emails, { bare: 0.5 }).length).toBe(1);
    expect(point.bare).toBeGreaterThan(0.846);
  });

  test('with no one named, a number is never what the finding underlines', () => {
    // At a bare tier of 0.5 the head holds this sentence (72 %); what drove it most is "1994", which says nothing of anyone.
    const [finding] = headAt('I haven\'t set foot in a classroom since 1994 and I loved being back for the school reunion', { bare: 0.5 });
    expect(finding).toBeDefined();
    expect(finding!.match).not.toBe('1994');
    expect(finding!.match).toMatch(/\p{L}/u);
  });

  test('never raises a finding to high on its own', () => {
    for (const text of [contempt, 'that parent on the PTA has a face like a slapped haddock and the personality to match']) for (const f of head(text)) expect(f.severity).toBe('warning');
  });
});

describe('the shared sentence trainer (tests/train/sentence-training.ts)', () => {
  const options = { ...DEFAULT_STAFF_VOICE_OPTIONS, buckets: 1 << 12, epochs: 4 };
  const drafts = [
    ...Array.from({ length: 6 }, (_, i) => ({ text: `Lovely assembly today number ${i}. The deputy is a useless clown.`, label: 1 as const, weight: 1 })),
    ...Array.from({ length: 6 }, (_, i) => ({ text: `Lovely assembly today number ${i}. The deputy read a story.`, label: 0 as const, weight: 1 })),
  ];
  const logit = (model: { w: Float64Array; bias: number }, text: string) => unitLogit(model, sentenceUnits(text, options as never)[0]!.features);
  test.each(['mil', 'sentence', 'draft'] as const)('mode %s learns the insulting sentence above the civil one, the same way every run', (mode) => {
    const model = trainSentenceModel(drafts, { ...options, mode });
    expect(logit(model, 'The deputy is a useless clown.')).toBeGreaterThan(logit(model, 'The deputy read a story.'));
    expect(Array.from(trainSentenceModel(drafts, { ...options, mode }).w)).toEqual(Array.from(model.w));
  });
});

describe('the staff-voice model file (rules/models/staff-voice.json)', () => {
  test('validates as a derogatory linear model, small, with the threshold the trainer writes', () => {
    expect(readFileSync(PATH).length).toBeLessThan(256 * 1024);
    const model = compileLinearModel(shipped(), 'rules/models/staff-voice.json', 'derogatory');
    expect(model.category).toBe('derogatory');
    expect(model.thresholds.possible).toBe(DEFAULT_STAFF_VOICE_OPTIONS.possible);
  });

  test('is refused in the confidential layer\'s place, and a broken file names the field', () => {
    expect(() => compileLinearModel(shipped(), 'rules/models/staff-voice.json')).toThrow(/category: is "derogatory", expected "confidential"/);
    const truncated = shipped();
    truncated.linear.weights = truncated.linear.weights.slice(0, 400);
    expect(() => compileLinearModel(truncated, 'rules/models/staff-voice.json', 'derogatory')).toThrow(LearnedModelError);
    expect(() => compileLinearModel(truncated, 'rules/models/staff-voice.json', 'derogatory')).toThrow(/linear\.weights: has 300 weights/);
  });

  test('retraining gives the shipped file byte for byte (npm run train:staff-voice is deterministic)', () => {
    expect(JSON.stringify(buildStaffVoiceModel(DEFAULT_STAFF_VOICE_OPTIONS), null, 1) + '\n').toBe(readFileSync(PATH, 'utf8'));
  }, 60_000);
});
