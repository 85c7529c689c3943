/**
 * Eleventh session (issue 11): contempt with no swear word and no insult word, as the training sets of the
 * tenth and eleventh sessions show staff write it (train-10 and train-11 tuned on; blind sets 11–15 not
 * read), grouped into mechanisms that reach past any one sentence (rules/lexicons/contempt-patterns.json
 * families, a few hostility.json and derogatory.json entries): harm told as an act or urged on others, a
 * person's fitness for the job doubted by a question, a colleague or parent mocked for thinking too much of
 * themselves, stock idioms of dimness ("bless her" before them talks down), people scorned as a type, mock
 * awards, a leader blamed for the staff's misery, people likened to beasts and pests, epithets that need no
 * clause of their own, a group "wink" told after the remark, and swearing spelt around. Each mechanism has
 * drafts beside it that must stay quiet: the civil near-miss, the writer's own, objects and workload,
 * children's dreams, counter-speech, praise. Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import contemptLexicon from '../../rules/lexicons/contempt-patterns.json';
import { ContemptPatternsSchema } from '../../src/engine/schemas/contempt-patterns';
import { WordPatternMatcher } from '../../src/engine/text/word-patterns';
import { CADOXTON } from './fixtures';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('harm told as an act, or urged on someone else', () => {
  test.each([
    'if that governor shouts at the office staff again I will rip his arms off',
    'one more comment from that dad and ill put him through the windscreen',
    "if she parks across the bus bay again i'll be waiting for her by her car",
    'that mum swears at our receptionist once more and im going over the counter',
    "next parent who moans about the holidays is getting a wet sponge to the face",
    'hope the person who nicked my lunch gets what\'s coming to them',
    'to whoever moved my marking, hope you stand on a plug every morning for the rest of your life',
    "mae isie saethu pwy bynnag wnaeth y rota 'ma",
    'tro nesa, dwrn.',
    "someone should key the bursar's car",
    "whoever scratched the head's car deserves a medal",
  ])('%s', (draft) => expectFlag(draft, 'contempt/threat'));

  test.each([
    "I'll be waiting for you by the car after the match, mum",
    "I'll rip the wrapping paper off the presents tomorrow",
    'took a football to the face in PE today, ouch',
    'I stood on a plug this morning, worst pain ever',
    'someone should key in the codes for the new printer',
    'someone needs to let the tyres down on the bouncy castle before the wind picks up',
    'whoever scratched the new table deserves a medal for owning up',
    "going round there with a cake for her birthday",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe("a person's fitness doubted by a question, and grandeur mocked", () => {
  test.each([
    "no idea how she got the job, can't work a spreadsheet",
    "sai'n gwbod shwt gath hi'r swydd",
    'honestly who hired him',
    'genuinely what does the deputy do all day',
    'sut gafodd o swydd mewn ysgol? 🙄',
    'the new head of maths thinks he invented phonics',
    "that dad thinks he's a barrister, four emails before nine",
    "mae'r dirprwy yn meddwl bod hi'n well na phawb",
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));

  test.each([
    'how did she get the job? she smashed the interview, so proud of her',
    'who hired the bouncy castle? it was brilliant',
    'what does she do all day now she has retired? asking for my nan',
    'paying them for what they did would be fair',
    'Ellie thinks she is a vet when she grows up',
    'Alfie thinks he knows everything about dinosaurs',
    'my daughter thinks she is the queen',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('stock idioms of dimness, and "bless her" before them', () => {
  test.each([
    'bless her, the new receptionist is a sandwich short of a picnic',
    'our deputy is a sandwich short of a picnic',
    'the new head of science is all lanyard and no lesson',
    "y cynghorydd 'na, mwy o wyneb na thalcen tŷ",
    "ma'r boi 'na yn fwy twp na sach o dato",
    'bless the new supply, about as much presence as a damp tea towel',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    "I'm not the sharpest tool in the box but I passed my driving test",
    'this pencil is not the sharpest pencil in the pot',
    'all mouth and no trousers, me, when it comes to karaoke',
    'I felt like a sack of potatoes after cross country',
    'bless him, he was so nervous in his first assembly',
    'poor Dave, the state of him today',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('people scorned as a type: gene pools, wolves, the dole, maps and books', () => {
  test.each([
    'met some of the dads at the fair. the gene pool round here is a puddle',
    "it's always the same families. it's in the genes round there",
    'year 8 have been raised by wolves the lot of them',
    'whole village is on the dole and proud of it',
    'no ambition, no manners, that lot from the new estate',
    'some parents clearly havent opened a book since 1990',
    'met two dads tonight who peaked in year 11',
    "half the parents couldn't spell dyslexia let alone explain it",
    "some of the governors couldn't find Cardiff on a map",
    'whoever raised that child should be ashamed',
    'the man in the red van who blocks the gate every morning is a walking advert for contraception',
    'Mr Hale is a walking HR complaint',
    'plant bl.5 yn wyllt. angen cawell nid dosbarth',
    'the lad who kicked the door in is a proper little toad',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    "our sporty family, it's in the genes!",
    'Mowgli was raised by wolves in the Jungle Book',
    'the whole town turned out for the carnival',
    "I haven't opened a book since the summer, bad teacher",
    'I peaked in year 11 when I won the egg and spoon race',
    "the year 1s can't write their names yet, let alone a sentence",
    "the kids couldn't find Wales on a map at the start of the topic",
    "I'm a walking advert for caffeine this morning",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('mock awards, a leader blamed for the misery, beasts and pests, epithets anywhere', () => {
  test.each([
    ['the parents who actually bothered to read the letter, thank goodness 🙄', 'contempt/mockery'],
    ['governors forgot the meeting again. gold stars all round 🙄', 'contempt/mockery'],
    ['our head is the reason half the staff are off sick', 'contempt/put-down'],
    ['every time the CEO opens his mouth another teacher hands in their notice', 'contempt/put-down'],
    ['mae plant blwyddyn 8 fel haid o fwncïod', 'contempt/put-down'],
    ["y bobl sy'n rhedeg y cyngor? llygod mawr bob un", 'contempt/put-down'],
    ['pobl y stad yn bla ar y dre', 'contempt/put-down'],
    ["y gofalwr yn symud fel malwoden ar valium", 'contempt/put-down'],
    ['the chair of governors is a pompous old windbag', 'contempt/name-call'],
    ['the new supply teacher is an absolute wet lettuce', 'contempt/name-call'],
    ["mae'r fenyw yn y swyddfa yn hen wrach sur", 'contempt/name-call'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'gold stars all round for Year 3 👏',
    'thank you to the cleaners, gold stars all round 👏',
    'our employee of the month is Mrs Davies, well deserved 👏',
    'the wifi is the reason half the staff need a coffee',
    'the mice in the shed, vermin the lot of them',
    'the wasps are a plague on the field this week',
    'the wifi is as slow as a snail on valium today',
    'the salad was an absolute wet lettuce',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('a group wink told after the remark, and swearing spelt around', () => {
  test.each([
    "the roma families are always late, every time. it's not racist it's a fact",
    'the polish lads on the site are always drunk, every single one',
    "sipsiwn ar y cae eto. chi'n gwybod sut maen nhw",
    'muslims should adapt to our ways',
    'travellers on the rec again. you know what that means',
  ])('%s', (draft) => expectFlag(draft, 'hostility/derogation'));

  test.each([
    "I'm not racist and I challenge it every time I hear it",
    'people who say muslims should adapt to our ways are wrong',
    'the polish families brought food for the international evening, every single one was delicious',
    'travellers on the site are part of our community, you know what that means, we welcome them',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  // "feckin"/"fookin" are mild (review 11, item 10): said at people they still hold the post, said of the weather they are info.
  test.each(['feckin parents evening ran over again', 'spaccy laptop has died again'])('%s', (draft) => expectFlag(draft));
  test('fookin freezing on duty', () => expectQuiet('fookin freezing on duty'));
});

describe('grandeur, a job learnt in five minutes, a leader outdone by a thing, a pupil written off', () => {
  test.each([
    ['that dad at the gate thinks hes someone', 'contempt/mockery'],
    ['the class reps all think they are the headteacher', 'contempt/mockery'],
    ["the new lead talks a lot for someone who's taught for five minutes", 'contempt/mockery'],
    ['a display with three laminated words. want a medal, love?', 'contempt/mockery'],
    ['the mums on the whatsapp have opinions on everything. get a hobby ladies', 'contempt/mockery'],
    ['the kettle works harder than the deputy head', 'contempt/put-down'],
    ['a governor asked if the SEN register was a type of spreadsheet', 'contempt/put-down'],
    ['wish some parents would stay up the valley where they belong', 'contempt/put-down'],
    ["that lad in year 9 will be inside before he's 16, mark my words", 'contempt/put-down'],
    ['the head, whose career peaked in 2004', 'contempt/put-down'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    "I think she's the best head we've had",
    'Year 2 thought a whale was a type of fish',
    'the kids worked harder than ever on the play',
    'the dogs went back to where they belong after the assembly visit',
    'I will be in bed before nine, mark my words',
    'get a hobby they said, so I took up knitting',
    "I'm such a drama queen about spiders",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe("Welsh 'ni' after a noun is 'our', in it for the holidays, lost even with a sat nav", () => {
  test.each([
    'prifathro ni methu trefnu parti mewn bragdy',
    "gofalwr ni'n symud mor araf ma'r malwod yn cwyno",
    'the new head of PE couldnt find the sports hall with a sat nav',
    'half the TAs are there purely for the holidays',
    "the deputy's been coasting since covid",
    'some lecturers are clinging on for the pension',
    "trust CEO said 'synergise' in briefing. a walking buzzword generator",
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    ['mam y bachgen ar y ffôn eto. dynes wirion, dim rhyfedd', 'contempt/name-call'],
    ["Diolch i'r cyngor am beidio graeanu'r ffordd. Gwaith gwych, athrylithwyr. 🙄", 'contempt/mockery'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'dyn ni methu trefnu parti mewn bragdy, rhy brysur',
    "I'm only in it for the holidays 😂",
    "we're not just in it for the money, honestly",
    "I couldn't find the hall with a sat nav on my first day",
    'the new year 7s could not find the hall without a map on day one',
    'the car has been coasting since the hill',
    'dyn y post wedi dod â pharsel, dyn hyfryd',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('a long draft of repeated sarcasm stays linear', () => {
  // Slicing each cue's sentence to look for an eye-roll made one long sentence of "geniuses 👏" quadratic.
  const time = (draft: string) => {
    const started = performance.now();
    analyse(draft, CADOXTON);
    return performance.now() - started;
  };
  test.each(['geniuses the lot of em 👏 ', 'bless her, not the sharpest tool in the box '])('%s', (unit) => {
    const of = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    time(of(5_000)); // warm up
    let quarter = time(of(12_500));
    let whole = time(of(50_000));
    for (let again = 0; again < 2 && whole / Math.max(quarter, 20) >= 8; again++) {
      quarter = Math.min(quarter, time(of(12_500)));
      whole = Math.min(whole, time(of(50_000)));
    }
    expect(whole / Math.max(quarter, 20)).toBeLessThan(8);
  });
});

/**
 * Review of merge 11 (section A, items 1–7 and 10): ordinary staff posts the new families flagged, each beside
 * its nearest risky twin, which must stay flagged. The reviewer's drafts, kept word for word.
 */
const contemptLoud = (draft: string) =>
  analyse(draft, CADOXTON)
    .filter((f) => f.ruleId.startsWith('contempt/') && f.severity !== 'info')
    .map((f) => [f.ruleId, f.match]);

describe('review 11: kindness, idiom and the writer\'s own life are no contempt', () => {
  test.each([
    "I'll be waiting for her at her house with a cake for her 60th, surprise!",
    "I'll be waiting for you by your car after the match, good luck today",
    'Rip his head off - the Year 6 dance moves were so good',
    'Tear her arms off to get tickets to the Christmas show',
    "I'll rip his arms off if he eats my chocolate again - Dad joke, my son I mean",
    "Im going over the counter at Greggs if they've run out of sausage rolls",
    'Next person who moans is getting a custard pie to the face at the PTA fair - 50p a go!',
    'Rub her face in it - our Year 6 won the quiz against the staff!',
    "Tro nesa, dwrn i fyny os ti'n gwybod yr ateb!",
    'No idea how I got the job some days, but I love it',
    'Want a medal love? Yes please, I ran my first 10k!',
    'Get a grip ladies, the netball team has been fantastic this season',
    'Peaked in Year 9 at the county cross country, never been that fit since 😂',
    "Haven't picked up a book since the summer, need a holiday reading list",
    "No manners, no respect - that's what the wind did to our bins overnight",
    'Half the village is on benefits? No - half the village was at our carol concert!',
    'Such a little horror, our new puppy, chewed my lanyard',
    'Year 2 asked if a whale was a type of fish, then the deputy head asked if a tomato was a type of fruit - fun quiz',
    "Year 1 think they're the next Picasso after our art week!",
    "Mae'r traffig mor araf â malwod wedi marw heddiw",
    "She's a pompous old windbag, the goose at the farm trip",
    'Feckin freezing on yard duty this morning',
    "Mam's fookin brilliant roast dinner",
  ])('quiet: %s', (draft) => expectQuiet(draft));

  // Still a put-down by the older insult rule ("couldn't run a bath"), but the new type-contempt family no longer adds its own.
  test('the writer organising sports day adds no contempt finding', () => {
    expect(contemptLoud("Couldn't run a bath let alone a sports day, but here I am organising it!")).toEqual([]);
  });

  test.each([
    ['if that governor shouts at the office staff again I will rip his arms off', 'contempt/threat'],
    ['if she parks across the bus bay again i\'ll be waiting for her by her car', 'contempt/threat'],
    ['that mum swears at our receptionist once more and im going over the counter', 'contempt/threat'],
    ['next parent who moans about the holidays is getting a wet sponge to the face', 'contempt/threat'],
    ['tro nesa, dwrn.', 'contempt/threat'],
    ['no idea how she got the job', 'contempt/mockery'],
    ['Want a medal love? you turned up on time once', 'contempt/mockery'],
    ["get a grip ladies, it's a bake sale not the Olympics", 'contempt/mockery'],
    ['peaked in year 11 that one, and it shows', 'contempt/put-down'],
    ["that dad hasn't picked up a book since school", 'contempt/put-down'],
    ["no manners, no respect, that's the parents round here", 'contempt/put-down'],
    ['half the estate is on benefits and it shows in the kids', 'contempt/put-down'],
    ['a proper little horror that Jones boy', 'contempt/put-down'],
    ['the deputy head asked if pupil premium was a type of insurance', 'contempt/put-down'],
    ['the new head thinks she\'s the next Ofsted inspector', 'contempt/mockery'],
    ["mae'r pennaeth mor araf â malwod wedi marw", 'contempt/put-down'],
    ["she's a pompous old windbag, the chair of governors", 'contempt/name-call'],
  ])('flagged: %s', (draft, rule) => expectFlag(draft, rule));

  test('"fook" is no word of its own, so a surname or a handle is never profanity', () => {
    for (const draft of ['Well done to Mr Fook and the chess club', 'follow @fook_art for the mural photos']) {
      expect(analyse(draft, CADOXTON).filter((f) => f.ruleId === 'derogatory/profanity')).toEqual([]);
    }
  });

  test('"feckin" and "fookin" are at most info', () => {
    const loud = analyse('Feckin freezing, fookin wind', CADOXTON).filter((f) => f.category === 'derogatory' && f.severity !== 'info');
    expect(loud).toEqual([]);
  });
});

describe('review 11, code: one finding per put-down, and a misspelt word class fails at load', () => {
  test('a role asking twice in one sentence is reported once per match, never overlapping', () => {
    const found = analyse('the deputy head asked if pupil premium was a type of insurance and the head asked if Ofsted was a type of biscuit', CADOXTON)
      .filter((f) => f.ruleId.startsWith('contempt/'))
      .sort((a, b) => a.start - b.start);
    expect(found.length).toBeGreaterThan(0);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  test('an unknown @class in a family is a parse error naming the family and the class', () => {
    const lexicon = structuredClone(contemptLexicon) as { families: { patterns: string[] }[] };
    lexicon.families[0]!.patterns = [...lexicon.families[0]!.patterns, 'thinks @grandClaimz'];
    const parsed = ContemptPatternsSchema.safeParse(lexicon);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join('\n')).toMatch(/unknown word class @grandClaimz/);
    expect(ContemptPatternsSchema.safeParse(contemptLexicon).success).toBe(true);
  });

  test('and the matcher itself refuses one, should a lexicon skip the schema', () => {
    expect(() => new WordPatternMatcher<true>({ role: ['head'] }).add('@rol ~2 asked', true)).toThrow(/unknown or recursive class @rol/);
  });
});
