import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { GROUP_PLACEHOLDER, groupMaskMatcher, maskGroupTerms } from '../../src/engine/learned/group-mask';
import { compileLinearModel } from '../../src/engine/learned/linear-scorer';
import type { LinearModelData } from '../../src/engine/learned/linear-schema';
import { RULES_BUNDLE } from '../../src/engine/rules';
import { tokenize } from '../../src/engine/text/tokenize';
import type { Finding } from '../../src/engine/types';
import { buildStaffVoiceModel, DEFAULT_GROUP_STANCE_OPTIONS, maskedForTraining } from '../train/staff-voice-pipeline';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

/**
 * The staff-voice head's group tier (nineteenth session, docs/models.md): the group-stance model
 * (rules/models/staff-voice-group.json) is trained and scored with every group term masked, so it judges the
 * stance around a group, not the group's name.
 */
const PATH = new URL('../../rules/models/staff-voice-group.json', import.meta.url);
const shipped = (): LinearModelData => JSON.parse(readFileSync(PATH, 'utf8')) as LinearModelData;
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const groupFindings = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.ruleId === 'derogatory/staff-voice' && f.topic === 'discriminatory');
const holding = (text: string): Finding[] => analyser.analyse(text).filter((f) => f.category === 'derogatory' && (f.severity === 'warning' || f.severity === 'high'));
const point = RULES_BUNDLE.staffVoiceOperatingPoint as { group: number; groupTerms: string[] };
const matcher = groupMaskMatcher((RULES_BUNDLE.hostility as { groups: { forms: string[] }[] }).groups, point.groupTerms);

describe('group masking (src/engine/learned/group-mask.ts)', () => {
  test('every group term, of the lexicon or the operating point\'s extra terms, becomes the one placeholder', () => {
    const text = 'The Polish families and some site families, them lot and the Saeson';
    const masked = maskGroupTerms(text, tokenize(text).tokens, matcher);
    expect(masked.text).toBe(`The ${GROUP_PLACEHOLDER} and some ${GROUP_PLACEHOLDER}, ${GROUP_PLACEHOLDER} and the ${GROUP_PLACEHOLDER}`);
    expect(masked.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Polish families', 'site families', 'them lot', 'Saeson']);
  });

  test('offsets of the masked text map back to the draft: a placeholder to its term, other text shifted', () => {
    const text = 'Muslim parents asked about Ramadan';
    const masked = maskGroupTerms(text, tokenize(text).tokens, matcher);
    const ramadan = masked.text.indexOf('Ramadan');
    expect(masked.toOriginal(ramadan, 'start')).toBe(text.indexOf('Ramadan'));
    expect(masked.toOriginal(ramadan + 'Ramadan'.length, 'end')).toBe(text.length);
    expect(masked.toOriginal(0, 'start')).toBe(0);
    expect(masked.toOriginal(GROUP_PLACEHOLDER.length, 'end')).toBe('Muslim parents'.length);
  });

  test('training masks the same way (tests/train/staff-voice-pipeline.ts)', () => {
    expect(maskedForTraining('sipsiwn ar y cae eto')).toBe(`${GROUP_PLACEHOLDER} ar y cae eto`);
    expect(maskedForTraining('no group here at all')).toBe('no group here at all');
  });

  test('the model scores the same sentence the same whichever group it names', () => {
    const model = compileLinearModel(shipped(), 'rules/models/staff-voice-group.json', 'derogatory');
    const scores = ['Muslims', 'Poles', 'gay people', 'Travellers', 'refugees'].map((g) => {
      const text = `I sat next to some ${g} at the concert last night and we had a good laugh`;
      return model.score(maskedForTraining(text)).probability;
    });
    expect(new Set(scores).size).toBe(1);
  });
});

describe('the group tier in the engine', () => {
  test('the shipped point opens it, at or above the model\'s floor', () => {
    expect(point.group).toBeLessThanOrEqual(1);
    expect(point.group).toBeGreaterThanOrEqual(shipped().thresholds.possible);
  });

  test('hostile stance about a group is held at warning, with a span, clauses, the group as context and the words that drove it', () => {
    // Without "if you hate it": with it, the twentieth session's rule family `go-back-told-20` holds the sentence
    // and, as one remark gives one finding, its finding stands for the model's.
    const text = 'incomers moaning about the muck spreading again, go back to Surrey';
    const [finding, ...rest] = groupFindings(text);
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('warning');
    expect(finding!.category).toBe('derogatory');
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(finding!.match).not.toMatch(/incomers/i);
    expect(finding!.clauses.length).toBeGreaterThan(0);
    expect(finding!.explanation.context).toBe('incomers');
    expect(finding!.explanation.reason).toMatch(/the words that drove it: “[^”]+”/);
    expect(finding!.explanation.rule).toMatch(/^staff-voice model \(\d+\.\d %\)$/);
    expect(finding!.explanation.reason).not.toMatch(GROUP_PLACEHOLDER);
  });

  test('a neutral or warm mention of a group holds nothing', () => {
    for (const text of [
      'Eid party in the hall was brilliant, thanks to all the Muslim families',
      'Genuine question: does anyone have a Romanian version of the reading leaflet?',
      'My neighbour is Polish and she has been an angel since my op',
      'Pride assembly this morning was lovely, the Year 10s spoke so well',
      'Met a Sikh bloke at the bus stop who had just finished his nursing degree, cracking chat',
      'Mae teuluoedd y gwesty wedi setlo mor dda, y plant wrth eu boddau yn y clwb brecwast',
    ]) expect(holding(text)).toEqual([]);
  });

  test('counter-speech that quotes the hostility holds nothing from the head', () => {
    expect(groupFindings('Calling refugees a plague is vile and I will not have it in my classroom')).toEqual([]);
  });

  test('retraining gives the shipped file byte for byte, and its sha256 is pinned', () => {
    const json = JSON.stringify(buildStaffVoiceModel(DEFAULT_GROUP_STANCE_OPTIONS), null, 1) + '\n';
    expect(json).toBe(readFileSync(PATH, 'utf8'));
    expect(createHash('sha256').update(json).digest('hex')).toBe('12ee716f06db11114603df542b8451c47bce2076b9f9fec54dd01c26496b316e');
  }, 60_000);
});
