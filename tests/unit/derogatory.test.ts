/**
 * Derogatory language, as a teacher would notice it (docs/detection.md, "Derogatory language",
 * and the issue): UK insults, slurs and profanity; who they are aimed at decides the severity;
 * disguised spellings are still caught; harmless phrases that contain a listed word are left alone.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Finding, Severity, Topic } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

interface Row {
  draft: string;
  severity: Severity;
  /** Omitted where the spec does not say which topic (self-deprecation). */
  topic?: Topic<'derogatory'>;
  match: string;
}

function derogatory(draft: string): Finding[] {
  const findings = analyse(draft, CADOXTON);
  for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.match);
  return findings.filter((f) => f.category === 'derogatory');
}

/**
 * The expected words are flagged as expected, and nothing in the category is more serious. The finding may
 * quote the whole remark around them ("governors are a waste of space"): one remark is one finding
 * (detectors/one-remark.ts), and the words are inside what the teacher sees highlighted.
 */
function expectFlagged({ draft, severity, topic, match }: Row): void {
  const found = derogatory(draft);
  const hit = found.find((f) => f.match === match) ?? found.find((f) => f.match.includes(match));
  expect(hit, `no derogatory finding on "${match}" in ${JSON.stringify(found.map((f) => [f.match, f.severity, f.topic]))}`).toBeDefined();
  expect(hit!.severity).toBe(severity);
  if (topic) expect(hit!.topic).toBe(topic);
  const worst = Math.max(...found.map((f) => RANK[f.severity]));
  expect(worst, 'a more serious derogatory finding in the same draft').toBe(RANK[severity]);
}

/** Nothing the pre-post check would act on. */
function expectNothingAboveInfo(draft: string): void {
  const found = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(found.map((f) => [f.match, f.severity, f.topic])).toEqual([]);
}

const cyrillic = (s: string) => s.replace(/e/g, '\u0435').replace(/c/g, '\u0441').replace(/a/g, '\u0430');
const fullWidth = (s: string) => [...s].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0x61 + 0xff41)).join('');
const mathBold = (s: string) => [...s].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0x61 + 0x1d41a)).join('');

describe('UK insults aimed at the school community are high', () => {
  describe('about parents', () => {
    test.each<Row>([
      { draft: 'The parents at pick-up are absolute muppets', severity: 'high', topic: 'about-parents', match: 'muppets' },
      { draft: 'Some parents are chavs', severity: 'high', topic: 'about-parents', match: 'chavs' },
      { draft: "Parents' evening: some parents are so thick", severity: 'high', topic: 'about-parents', match: 'thick' },
      { draft: 'The parents were feral', severity: 'high', topic: 'about-parents', match: 'feral' },
      // "at the gate today" stands between the parents and the word, but it is plainly said of them.
      { draft: 'Parents at the gate today were feral', severity: 'high', topic: 'about-parents', match: 'feral' },
      { draft: 'Honestly, parents who park on the zigzags are numpties', severity: 'high', topic: 'about-parents', match: 'numpties' },
      { draft: 'The parents are a waste of space', severity: 'high', topic: 'about-parents', match: 'waste of space' },
    ])('$draft', expectFlagged);
  });

  describe('about pupils: the kids, my class, a year group, a class, a roster name', () => {
    test.each<Row>([
      { draft: 'My class are such numpties today', severity: 'high', topic: 'about-pupils', match: 'numpties' },
      { draft: 'The kids are feral', severity: 'high', topic: 'about-pupils', match: 'feral' },
      { draft: 'The kids are thick', severity: 'high', topic: 'about-pupils', match: 'thick' },
      { draft: 'The pupils are a waste of space', severity: 'high', topic: 'about-pupils', match: 'waste of space' },
      { draft: 'Half of Year 6 are chavs', severity: 'high', topic: 'about-pupils', match: 'chavs' },
      { draft: 'Year 4 are numpties', severity: 'high', topic: 'about-pupils', match: 'numpties' },
      { draft: 'The kids in 5B were feral today', severity: 'high', topic: 'about-pupils', match: 'feral' },
      { draft: '5B are muppets', severity: 'high', topic: 'about-pupils', match: 'muppets' },
      { draft: 'Amira Khan is a numpty', severity: 'high', topic: 'about-pupils', match: 'numpty' },
    ])('$draft', expectFlagged);
  });

  describe('about staff: the head, SLT, governors, colleagues, a staff name', () => {
    test.each<Row>([
      { draft: 'The head is a total muppet', severity: 'high', topic: 'about-staff', match: 'muppet' },
      { draft: 'The head is a chav', severity: 'high', topic: 'about-staff', match: 'chav' },
      { draft: 'SLT are a waste of space', severity: 'high', topic: 'about-staff', match: 'waste of space' },
      { draft: 'The governors are thick', severity: 'high', topic: 'about-staff', match: 'thick' },
      { draft: 'Our governors are a waste of space', severity: 'high', topic: 'about-staff', match: 'waste of space' },
      { draft: 'My colleagues are muppets', severity: 'high', topic: 'about-staff', match: 'muppets' },
      { draft: 'Colleagues who reply-all are numpties', severity: 'high', topic: 'about-staff', match: 'numpties' },
      { draft: 'The staff are feral', severity: 'high', topic: 'about-staff', match: 'feral' },
      { draft: 'Gareth Hughes is a waste of space', severity: 'high', topic: 'about-staff', match: 'waste of space' },
      { draft: 'Sarah Pritchard is a chav', severity: 'high', topic: 'about-staff', match: 'chav' },
      // The target is in the sentence before.
      { draft: 'Had a meeting with the head. What a muppet.', severity: 'high', topic: 'about-staff', match: 'muppet' },
    ])('$draft', expectFlagged);
  });

  describe('about the school, by description or by its name', () => {
    test.each<Row>([
      { draft: 'This school is full of numpties', severity: 'high', topic: 'about-school', match: 'numpties' },
      { draft: 'Cadoxton Primary is run by muppets', severity: 'high', topic: 'about-school', match: 'muppets' },
      { draft: 'Ysgol Cadoxton is a waste of space', severity: 'high', topic: 'about-school', match: 'waste of space' },
    ])('$draft', expectFlagged);
  });

  describe('strong profanity aimed at the school community', () => {
    test.each<Row>([
      { draft: 'The parents are wankers', severity: 'high', topic: 'about-parents', match: 'wankers' },
      { draft: 'The kids are being little shits', severity: 'high', topic: 'about-pupils', match: 'little shits' },
      { draft: 'SLT are a bunch of twats', severity: 'high', topic: 'about-staff', match: 'twats' },
      { draft: 'The school is a shithole', severity: 'high', topic: 'about-school', match: 'shithole' },
    ])('$draft', expectFlagged);
  });
});

describe('insults and profanity aimed at nobody in the school community are a warning', () => {
  test.each<Row>([
    { draft: 'What a muppet that driver was', severity: 'warning', topic: 'general', match: 'muppet' },
    { draft: 'The bloke at the garage is a numpty', severity: 'warning', topic: 'general', match: 'numpty' },
    { draft: 'My brother is a waste of space', severity: 'warning', topic: 'general', match: 'waste of space' },
    { draft: 'That bloke is so thick', severity: 'warning', topic: 'general', match: 'thick' },
    // "feral" said of people outside school (the spec: "warning for anyone else").
    { draft: 'My neighbours are feral', severity: 'warning', topic: 'general', match: 'feral' },
    { draft: 'Those chavs on the bus', severity: 'warning', topic: 'general', match: 'chavs' },
    { draft: 'you muppet', severity: 'warning', topic: 'general', match: 'muppet' },
    { draft: "That's fucking ridiculous", severity: 'warning', topic: 'general', match: 'fucking' },
    { draft: 'The traffic this morning was shit', severity: 'warning', topic: 'general', match: 'shit' },
  ])('$draft', expectFlagged);
});

describe('slurs are high and discriminatory, whoever they are about', () => {
  test.each<Row>([
    { draft: 'That man in the queue is a paki', severity: 'high', topic: 'discriminatory', match: 'paki' },
    { draft: 'My neighbour is a retard', severity: 'high', topic: 'discriminatory', match: 'retard' },
    { draft: 'What a spastic', severity: 'high', topic: 'discriminatory', match: 'spastic' },
    { draft: "That's so gay", severity: 'high', topic: 'discriminatory', match: "That's so gay" },
    // "fag" is a slur only when said of a person (see the cigarette trap below).
    { draft: "He's such a fag", severity: 'high', topic: 'discriminatory', match: 'fag' },
    // Aimed at parents too, but a slur is reported as discriminatory.
    { draft: 'The parents are pakis', severity: 'high', topic: 'discriminatory', match: 'pakis' },
    { draft: 'What a r3tard', severity: 'high', topic: 'discriminatory', match: 'r3tard' },
  ])('$draft', expectFlagged);
});

describe('disguised spellings are still caught', () => {
  describe('leetspeak', () => {
    test.each<Row>([
      { draft: 'The kids are id10ts', severity: 'high', topic: 'about-pupils', match: 'id10ts' },
      { draft: 'This is sh1t', severity: 'warning', topic: 'general', match: 'sh1t' },
      { draft: 'This is sh!t', severity: 'warning', topic: 'general', match: 'sh!t' },
      { draft: 'What a tw4t', severity: 'warning', topic: 'general', match: 'tw4t' },
    ])('$draft', expectFlagged);
  });

  describe('masked letters', () => {
    test.each<Row>([
      { draft: 'f***ing traffic', severity: 'warning', topic: 'general', match: 'f***ing' },
      { draft: 'He is a c**t', severity: 'warning', topic: 'general', match: 'c**t' },
      { draft: 'What a sh*t day', severity: 'warning', topic: 'general', match: 'sh*t' },
      // A masked word is read as swearing before a slur: "b****" is not taken for a homophobic slur.
      { draft: 'b**** please', severity: 'warning', topic: 'general', match: 'b****' },
    ])('$draft', expectFlagged);
  });

  describe('repeated letters', () => {
    test.each<Row>([
      { draft: 'The head is a muuuppet', severity: 'high', topic: 'about-staff', match: 'muuuppet' },
      { draft: 'The head is a numpppty', severity: 'high', topic: 'about-staff', match: 'numpppty' },
      { draft: 'Fuuuuck this traffic', severity: 'warning', topic: 'general', match: 'Fuuuuck' },
    ])('$draft', expectFlagged);
  });

  describe('spaced, dotted or hyphenated letters', () => {
    test.each<Row>([
      { draft: 'What a m u p p e t', severity: 'warning', topic: 'general', match: 'm u p p e t' },
      { draft: 'f.u.c.k this weather', severity: 'warning', topic: 'general', match: 'f.u.c.k' },
      { draft: 'The parents are m-u-p-p-e-t-s', severity: 'high', topic: 'about-parents', match: 'm-u-p-p-e-t-s' },
    ])('$draft', expectFlagged);
  });

  describe('look-alike letters', () => {
    test.each<Row>([
      // Cyrillic е (U+0435) and с (U+0441) in place of Latin e and c.
      { draft: `What a ${cyrillic('muppet')}`, severity: 'warning', topic: 'general', match: cyrillic('muppet') },
      { draft: `What a ${cyrillic('chav')}`, severity: 'warning', topic: 'general', match: cyrillic('chav') },
      { draft: `The parents are ${cyrillic('numpties')}`, severity: 'high', topic: 'about-parents', match: cyrillic('numpties') },
      // Full-width letters (U+FF41…).
      { draft: `What a ${fullWidth('muppet')}`, severity: 'warning', topic: 'general', match: fullWidth('muppet') },
      { draft: `The head is a ${fullWidth('numpty')}`, severity: 'high', topic: 'about-staff', match: fullWidth('numpty') },
      // Mathematical bold letters (U+1D41A…), two UTF-16 code units each.
      { draft: `What a ${mathBold('muppet')}`, severity: 'warning', topic: 'general', match: mathBold('muppet') },
      { draft: `The kids are ${mathBold('thick')}`, severity: 'high', topic: 'about-pupils', match: mathBold('thick') },
    ])('$draft', expectFlagged);
  });
});

describe('mild words count only when aimed at the school community', () => {
  test.each<Row>([
    { draft: 'Bloody parents', severity: 'warning', topic: 'about-parents', match: 'Bloody' },
    { draft: 'Sodding SLT and their spreadsheets', severity: 'warning', topic: 'about-staff', match: 'Sodding' },
  ])('$draft', expectFlagged);

  test.each([
    // A mild word aimed at nobody.
    'Bloody hell, what a day',
    // A mild word as praise, even about the school community.
    'Bloody brilliant sports day!',
    'Bloody brilliant effort from my class today',
  ])('%s', expectNothingAboveInfo);
});

describe('an insult aimed at the writer is only info', () => {
  test.each<Row>([
    { draft: "I'm such a numpty, forgot my lanyard again", severity: 'info', match: 'numpty' },
    { draft: 'Feeling like a waste of space today', severity: 'info', match: 'waste of space' },
    { draft: "I'm a right muppet", severity: 'info', match: 'muppet' },
    { draft: "I'm so thick sometimes", severity: 'info', match: 'thick' },
    { draft: 'What a muppet I am', severity: 'info', match: 'muppet' },
  ])('$draft', expectFlagged);
});

describe('harmless words and phrases are not flagged', () => {
  test.each([
    // Place names that contain a listed word (the Scunthorpe problem).
    'Day out in Scunthorpe',
    'The kids loved the trip to Scunthorpe',
    'Train to Penistone was late',
    'Cockermouth for the weekend',
    // An ordinary word that a naive plural rule would turn into a listed one ("asses").
    'We need to assess the children before half term',
    // Allowed phrases.
    'Dick Whittington panto tonight with the family',
    'Taking my class to see Dick Whittington',
    'Spotted dick and custard for pudding',
    'Watching The Muppet Christmas Carol with the kids',
    'Chink in the armour',
    'Faggots and peas for tea',
    "Walking Offa's Dyke this weekend",
    // Words that insult only people, not said of a person.
    'Thick fog on the M4 this morning',
    'Feral cats in the garden again',
    // "fag" in the UK cigarette sense, even in a school post.
    'Dying for a fag',
    'Dying for a fag after parents evening',
    // "not" breaks the link between the person and the word.
    'The kids are not thick',
    "The kids are not thick, they're brilliant",
    // Part of a name.
    'Lovely chat with Mr Pratt',
    "Mr Pratt's class won the quiz",
    'A horse called Gormless Gary won the 3:30',
    // Listed letters inside ordinary words.
    'Assessment week in my class',
    'Cocktail night with the staff',
  ])('%s', expectNothingAboveInfo);
});
