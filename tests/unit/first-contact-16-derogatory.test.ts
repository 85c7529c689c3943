/**
 * What the sixteenth session's set (tests/corpus/train-16.jsonl, scored once at first contact, then tuned on)
 * taught about derogatory drafts, each mechanism checked both ways. Sentences are written for this file; none
 * comes from a corpus.
 * - Slurs missing or disguised: "pikies", the plural "Taffs" (never Taff's Well or the river), the c-word spelt
 *   as "c u next tuesday" and used as a noun (a plain farewell stays quiet).
 * - Welsh insults: "pennau dafad", "rhagrithiwr".
 * - Threats: "wants stringing up", a head put through a microwave door, "roi clatshen iddo".
 * - Group hostility without a slur: decline blamed on a group ("gone downhill since all the…"), a trait put down
 *   to birth ("must be in the blood", praise when the sentence before was warm), "special schools where they
 *   belong", Welsh "cerwch gatre", "holding everyone back" (Welsh too, quiet when quoted and denied), "lock your
 *   sheds" in Welsh, "not one of them has worked a day".
 * - Just asking: "where does it end? just asking", "no offence but why…", and "just saying, but" is the writer's
 *   own remark, not a report of someone else's.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Category } from '../../src/engine/types';
import type { SettingsInput } from '../../src/settings/schema';

const SCHOOL: SettingsInput = {
  schoolName: 'Ysgol Glan Teifi',
  schoolAliases: ['Glan Teifi'],
  pupilNames: ['Elis Morgan', 'Ruby Hart'],
};

const loud = (draft: string, category: Category = 'derogatory') =>
  analyse(draft, SCHOOL)
    .filter((f) => f.category === category && (f.severity === 'warning' || f.severity === 'high'))
    .map((f) => `${f.ruleId} “${f.match}” ${f.severity} ${f.topic}`);

const rules = (draft: string) => loud(draft).map((f) => f.split(' ')[0]);

describe('slurs missing or disguised', () => {
  test('pikies, plain or with a digit', () => {
    expect(rules('a gang of pikies outside the chippy again')).toContain('derogatory/slur');
    expect(rules('a gang of p1kies outside the chippy again')).toContain('derogatory/slur');
  });
  test('Taffs as a people', () => expect(rules('Taffs, honestly. Moaning about the rain again')).toContain('derogatory/slur'));
  test("Taff's Well and the river stay quiet", () => {
    expect(loud("Cross country at Taff's Well on Friday, bring wellies")).toEqual([]);
    expect(loud('Taffs Well under 9s won the cup!')).toEqual([]);
    expect(loud('River walk along the Taff with Year 2 today')).toEqual([]);
  });
  test('the c-word spelt as a farewell, used as a noun', () => {
    expect(rules('such a c u next tuesday of a day, bath and bed')).toContain('derogatory/profanity');
    expect(rules('what a c u next tuesday that referee was')).toContain('derogatory/profanity');
  });
  test('a plain farewell stays quiet', () => {
    expect(loud('Lovely choir practice, see you next Tuesday!')).toEqual([]);
    expect(loud('c u next tuesday for netball x')).toEqual([]);
  });
});

describe('Welsh insults', () => {
  test('pennau dafad, said of people', () => expect(rules("Y llywodraethwyr 'na. Pennau dafad bob un ohonyn nhw")).not.toEqual([]));
  test('rhagrithiwr', () => expect(rules("Y pennaeth yn pregethu am les staff. Rhagrithiwr llwyr.")).not.toEqual([]));
  test('a superlative between the person and the word ("yw\'r crwt mwya twp")', () => expect(rules("Elis Morgan yw'r crwt mwya twp yn y dosbarth")).toContain('derogatory/insult'));
  test('a superlative of praise, or of the weather, stays quiet', () => {
    expect(loud("Elis Morgan yw'r crwt mwya caredig yn y dosbarth")).toEqual([]);
    expect(loud("Dyma'r tywydd mwya twp erioed, glaw a haul bob yn ail")).toEqual([]);
  });
  test('sheep on the farm stay quiet', () => expect(loud('Ŵyn bach a defaid ar y fferm heddiw, plant wrth eu boddau')).toEqual([]));
});

describe('threats', () => {
  test('wants stringing up', () => expect(rules('that bloke who keyed the minibus wants stringing up')).toContain('hostility/threat'));
  test('a head through a microwave door', () => expect(rules("if he moves my mug again i'm putting his head through the microwave door")).toContain('hostility/threat'));
  test('things through doors stay quiet', () => {
    expect(loud("I'm putting the chairs through the door before assembly")).toEqual([]);
    expect(loud("I'm putting his coat in the car")).toEqual([]);
  });
  test('roi clatshen iddo', () => expect(rules("Os yw e'n rhegi ar y staff 'to, wy'n mynd i roi clatshen iddo fe")).toContain('hostility/threat'));
});

describe('group hostility without a slur', () => {
  test('decline blamed on a group', () => expect(rules('The high street has gone downhill since all the foreigners arrived')).toContain('hostility/derogation'));
  test('decline of a place with no group stays quiet', () => expect(loud('The high street has gone downhill since the bank closed')).toEqual([]));
  test('a bad trait put down to birth', () => expect(rules('The Roma lads never sit still. Feral, the lot of them. Must be in the blood.')).toContain('hostility/derogation'));
  test('a good trait put down to birth stays quiet', () => {
    expect(loud('The Roma kids are brilliant musicians. Must be in the blood!')).toEqual([]);
    expect(loud('The Welsh kids sang beautifully at the Urdd. Must be in the blood.')).toEqual([]);
  });
  test('special schools where they belong', () => {
    expect(rules('Autistic kids should be in special schools where they belong')).not.toEqual([]);
    expect(rules('Mainstream is being ruined by all these ADHD kids. Special schools where they belong, I say.')).toContain('hostility/exclusion');
  });
  test('books back where they belong stays quiet', () => expect(loud('The autistic kids tidied the library and put the books back where they belong')).toEqual([]));
  test('cerwch gatre at a group', () => expect(rules("Saeson yn cwyno am y defaid 'to. Cerwch gatre 'te.")).toContain('hostility/exclusion'));
  test('go home to no group stays quiet', () => expect(loud("Diolch am ddod i'r ffair! Cerwch gatre'n saff.")).toEqual([]));
  test('holding everyone back, English and Welsh', () => {
    expect(rules('ALN kids are holding everyone back')).toContain('hostility/derogation');
    expect(rules("Plant ADY yn y dosbarth. Ma' nhw'n dala pawb arall nôl.")).toContain('hostility/derogation');
  });
  test('holding everyone back, quoted and denied, stays quiet', () => {
    expect(loud("Kids with ALN 'holding everyone back'? Not at all. They make the class kinder.")).toEqual([]);
    expect(loud("Plant efo ADY yn 'dal pawb yn ôl'? Dim o gwbl. Ma' nhw'n wych.")).toEqual([]);
  });
  test('lock your sheds, in Welsh', () => expect(rules("Sipsiwn yn y lay-by 'to. Cloiwch eich sieds.")).toContain('hostility/derogation'));
  test('not one of them has worked a day', () => expect(rules("Teithwyr yn y cae. Dim un ohonyn nhw 'di gweithio diwrnod.")).toContain('hostility/derogation'));
  test('working a day said without the negation stays quiet', () => expect(loud('Teithwyr yn y dre. Mae fy nhad wedi gweithio diwrnod cyfan heddiw.')).toEqual([]));
  test("Welsh: they shouldn't be allowed to buy a house", () => expect(rules("Saeson yn prynu'r pentre. Ddylen nhw ddim cael prynu tai yma.")).toContain('hostility/exclusion'));
  test('living without fear stays quiet', () => expect(loud("Mae'r Saeson yn garedig. Dylen nhw ddim cael byw mewn ofn.")).toEqual([]));
});

describe('just asking', () => {
  test('where does it end? just asking', () => expect(rules('Trans pupils wanting their own changing room now. Where does it end? Just asking.')).toContain('hostility/derogation'));
  test('where does it end about the weather stays quiet', () => expect(loud('Third snow day this week. Where does it end? Just asking.')).toEqual([]));
  test('no offence but why… about a group', () => expect(rules('no offence but why has the council got a prayer room for muslims in the library?')).toContain('hostility/derogation'));
  test('no offence but why… with praise stays quiet', () => expect(loud('no offence but why do the Polish mums always bake the best cakes?')).toEqual([]));
  test('a why-question full of a group', () => expect(rules('just asking but why is every flat on our road full of Romanians now?')).toContain('hostility/derogation'));
  test('a why-question full of things stays quiet', () => expect(loud('just asking but why is the hall full of chairs?')).toEqual([]));
  test('just saying is the writer’s own remark', () => expect(rules('Just saying, but this town has gone downhill since all the migrants moved in')).toContain('hostility/derogation'));
  test('reporting the remark to reject it stays quiet', () => expect(loud('I told him that saying the town has gone downhill since all the migrants came is racist.')).toEqual([]));
});

describe('a sulky name-call', () => {
  test('mardy little so-and-so', () => expect(rules('he was a mardy little so-and-so all afternoon')).not.toEqual([]));
  test('mardy weather stays quiet', () => expect(loud('the weather is mardy today')).toEqual([]));
});
