import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { RULE_EXAMPLE_SETTINGS } from './rule-examples';

/**
 * Nineteenth session, second round: two-sentence windows for the word patterns (a pattern holding `//` is read
 * over two adjacent sentences, so both are needed), with two families that use them (a complaint, then a verdict of
 * brains or vision as the whole next sentence; praise of one skill, then a restrictive close), and the Welsh said-of
 * linker widened (northern "dynas", "bach"/"gwbl" between, "annifyr", "anghwrtais", "afresymol").
 * The sentences are written for this test, not copied from a corpus.
 */
const analyser = compile(RULE_EXAMPLE_SETTINGS);
const contempt = (text: string) => analyser.analyse(text).filter((f) => f.ruleId.startsWith('contempt/') && (f.severity === 'warning' || f.severity === 'high'));
const holding = (text: string) => analyser.analyse(text).filter((f) => f.category === 'derogatory' && (f.severity === 'warning' || f.severity === 'high'));

describe('two-sentence windows: a complaint, then a mock verdict as the next sentence', () => {
  test.each([
    ['a denial, then "Absolute genius."', 'The deputy has changed the homework policy again without telling anyone. Absolute genius.'],
    ['"still hasn\'t", then "Visionary stuff, really."', "Our trust CEO still hasn't set foot in a single classroom. Visionary stuff, really."],
    ['Welsh "dim gair", then "Meddyliau mawr ar waith."', "Cyfarfod staff arall efo'r pennaeth a dim gair am y gyllideb. Meddyliau mawr ar waith."],
    ['"asked what", then "We are in safe hands."', 'The new chair of governors asked what a seating plan was. We are in safe hands.'],
    ['Welsh "eto", then "Athrylith."', "Y pennaeth wedi canslo'r trip eto heb ddweud wrth neb. Athrylith."],
  ])('%s: held', (_, text) => {
    const found = contempt(text);
    expect(found.map((f) => f.ruleId)).toContain('contempt/mockery');
    const f = found.find((x) => x.ruleId === 'contempt/mockery')!;
    expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  test.each([
    ['no complaint before the verdict (sincere)', 'The new head starts on Monday. We are in safe hands.'],
    ['a verdict that is often meant', 'Our caretaker fixed the boiler before anyone was in. Legend.'],
    ['the verdict goes on (it is not the whole sentence)', "The head didn't stop smiling all day. Genius idea to hold the fair outside."],
    ['a thing, no person in the draft', 'The printer jammed again. Genius.'],
    ['the writer of themselves', "I still haven't finished my reports. Absolute genius, me."],
    ['a complaint and a verdict in one sentence only: the verdict alone is not matched', 'Absolute genius.'],
    ['thanks after it', "The office didn't just fix the rota, they rebuilt it. Genius. Thank you so much!"],
  ])('%s: quiet', (_, text) => {
    expect(holding(text)).toEqual([]);
  });

  // The staff-voice head holds this one on "couldn't" (before this round too); the two-sentence family does not.
  test('a bare denial is not a cue: no contempt finding', () => {
    expect(contempt("The office couldn't find the key so Dave picked the lock. Genius.")).toEqual([]);
  });
});

describe('two-sentence windows: praise of one skill, then a restrictive close', () => {
  test.each([
    ['English', "Credit where it's due, our business manager is great at booking meetings. That's it. That's the list."],
    ['Welsh', "Mae'r dirprwy newydd yn dda iawn am yrru ebyst. Dyna'r cwbl sgin i i ddeud."],
  ])('%s: held', (_, text) => {
    expect(contempt(text).map((f) => f.ruleId)).toContain('contempt/mockery');
  });

  test.each([
    ['"that\'s it, that\'s the post" after sincere praise', "Our TA is brilliant with the little ones. That's it, that's the post."],
    ['a child\'s skill', "My Year 2 class are brilliant at tidying up now. That's all."],
    ['the writer of themselves', "I'm good at spreadsheets. That's it."],
    ['pride after it', "Our new TA is great with the nervous ones. That's it. So proud of her."],
  ])('%s: quiet', (_, text) => {
    expect(holding(text)).toEqual([]);
  });
});

describe('the Welsh said-of linker, widened', () => {
  test.each([
    ['northern "dynas"', 'Mam y bachgen newydd wrth y giât eto. Dynas annifyr.'],
    ['"anghwrtais"', "Tad un o'r plant yn gweiddi yn y dderbynfa bore 'ma. Dyn anghwrtais."],
    ['"gwbl" between', "Dynes gwbl afresymol ar y ffôn bore 'ma"],
    ['"bach" between', "hogyn bach digywilydd yn Bl 5, ateb nôl drwy'r dydd"],
    ['"fwya annifyr"', "Mam un o'r plant yn y swyddfa eto. Dynas fwya annifyr yn y sir."],
  ])('%s: held', (_, text) => {
    expect(contempt(text).map((f) => f.ruleId)).toContain('contempt/put-down');
  });

  test.each([
    ['the writer of themselves', "dwi'n ddynes annifyr yn y bore cyn paned"],
    ['a thing', 'ffilm annifyr neithiwr, methu cysgu'],
    ['a system', "Mae'r system newydd yn gwbl afresymol"],
    ['driven mad (of the writer)', "mae'r tywydd 'ma'n fy ngyrru i'n wallgo"],
  ])('%s: quiet', (_, text) => {
    expect(contempt(text)).toEqual([]);
  });
});

describe('word patterns across two sentences (`//`)', async () => {
  const { WordPatternMatcher } = await import('../../src/engine/text/word-patterns');
  const { tokenize } = await import('../../src/engine/text/tokenize');
  const m = new WordPatternMatcher<string>();
  m.add('good at ~6 // that it $', 'close');
  test('matches only where both sentences hold their part, as token indexes of the draft', () => {
    const tokens = tokenize("Hello. She is good at emails. That's it.").tokens;
    const [hit] = m.matchAll(tokens);
    expect(hit).toBeDefined();
    expect(tokens[hit!.first]!.norm).toBe('good');
    expect(tokens[hit!.last]!.norm).toBe('it');
    expect(m.matchAllUnfiltered(tokens)).toEqual(m.matchAll(tokens));
  });
  test('never inside one sentence, nor across a sentence between', () => {
    expect(m.matchAll(tokenize("She is good at emails, that's it.").tokens)).toEqual([]);
    expect(m.matchAll(tokenize("She is good at emails. Honestly. That's it.").tokens)).toEqual([]);
  });
  test('a pattern that starts or ends with // is refused', () => {
    expect(() => m.add('// that it', 'x')).toThrow();
    expect(() => m.add('good at //', 'x')).toThrow();
  });
});

describe('violence wished in the words of a smack', () => {
  test.each([
    ['"someone needs to give … a slap"', 'Someone needs to give that linesman at the county cup a slap, shouting at nine year olds.'],
    ['"deserves a proper hiding"', 'Whoever took the iPads from the trolley deserves a proper hiding.'],
    ['"would be getting a good hiding"', 'That dad who swore at the lollipop lady would be getting a good hiding if I had my way'],
    ['"someone should string them up"', 'The vandals who smashed the greenhouse again, someone should string them up'],
    ['Welsh "angen i rywun roi slap iawn i"', "Mae angen i rywun roi slap iawn i'r dyn 'na sy'n parcio ar y palmant"],
    ['Welsh "geith o glec gen i"', "Os ydi o'n gweiddi ar y plant eto geith o glec gen i"],
  ])('%s: held', (_, text) => {
    expect(contempt(text).map((f) => f.ruleId)).toContain('contempt/threat');
  });

  test.each([
    ['denied', 'Nobody deserves a good hiding, whatever they did.'],
    ['of the past', 'In my day we would be getting a good hiding for that, thank goodness times changed'],
    ['counter-speech', "Anyone who says a kid deserves a smack shouldn't be working in a school"],
    ['a sports win', 'The Year 6 rounders team gave them a proper hiding today 🏆'],
  ])('%s: quiet', (_, text) => {
    expect(holding(text)).toEqual([]);
  });
});
