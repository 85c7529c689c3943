import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { SettingsInput } from '../../src/settings/schema';
import type { Severity } from '../../src/engine/types';
import { CADOXTON, ST_NICHOLAS } from './fixtures';

/**
 * The pupil-name detector, as a teacher sees it (docs/detection.md, "Pupil names").
 * Each row is a draft and the pupil-name findings it must produce: the exact words flagged,
 * their severity and topic. An empty list means no pupil is flagged in that draft.
 *
 * CADOXTON's roster: Amira Khan, Siân O'Brien, Lily-Mae Thomas, Zoë Williams, Grace Hughes,
 * Summer Jenkins, Thomas Bowen, Elizabeth Rowe (staff: Sarah Pritchard, Gareth Hughes).
 */

type Expected = { match: string; severity: Severity; topic: 'roster' | 'unlisted' };
type Row = { draft: string; expected: Expected[] };

/** Cadoxton with pupils whose names sit in idioms and titles, a word-name, and a roster middle name. */
const CADOXTON_PLUS: SettingsInput = {
  ...CADOXTON,
  pupilNames: [...(CADOXTON.pupilNames ?? []), 'Noah Evans', 'Matilda Price', 'Ruby Morgan', 'Flo Davies', 'Ffion Angharad Davies'],
};

const high = (match: string): Expected[] => [{ match, severity: 'high', topic: 'roster' }];
const warning = (match: string): Expected[] => [{ match, severity: 'warning', topic: 'roster' }];
const info = (match: string): Expected[] => [{ match, severity: 'info', topic: 'roster' }];
const unlistedHigh = (match: string): Expected[] => [{ match, severity: 'high', topic: 'unlisted' }];
const unlistedWarning = (match: string): Expected[] => [{ match, severity: 'warning', topic: 'unlisted' }];
const nothing: Expected[] = [];

function pupilFindings(draft: string, settings: SettingsInput) {
  const findings = analyse(draft, settings).filter((f) => f.category === 'pupil-name');
  // Every finding points at the draft's own words.
  for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.match);
  return findings.map(({ match, severity, topic }) => ({ match, severity, topic }));
}

function check(settings: SettingsInput) {
  return ({ draft, expected }: Row) => {
    expect(pupilFindings(draft, settings)).toEqual(expected);
  };
}

/** Roster full names that are also public figures' or tradespeople's (blind-2's commonest false alarm). */
const NAMESAKES: SettingsInput = {
  ...CADOXTON,
  pupilNames: [...(CADOXTON.pupilNames ?? []), 'Tom Jones', 'Tom Holland', 'Imran Khan', 'Rhys Morgan', 'Lowri Evans', 'Jayden Clarke'],
};

describe('pupil-name/roster-full-namesake: a roster full name used for someone else is info, unless school is beside it', () => {
  test.each<Row>([
    // A public figure the lexicon knows, with what is said of their kind anywhere in the draft.
    { draft: 'Great Zoe Williams column in the Guardian today', expected: info('Zoe Williams') },
    { draft: 'tom jones at the millennium stadium was the best night of my life 🎤', expected: info('tom jones') },
    { draft: "mae tom jones yn 85 a dal i ganu'n well na fi 🎤", expected: info('tom jones') },
    { draft: 'the new spiderman with tom holland is so bad lol i walked out halfway', expected: info('tom holland') },
    { draft: 'watched imran khan bowl on youtube for an hour, what a cricketer he was', expected: info('imran khan') },
    // Anyone, by an adult's role or workplace beside the name, or a business named after them.
    { draft: 'rhys morgan the roofer finally came back to finish the job', expected: info('rhys morgan') },
    { draft: "Rhys Morgan y plymar wedi trwsio'r boeler o'r diwedd", expected: info('Rhys Morgan') },
    { draft: 'Amira Khan at the pharmacy sorted my prescription in 5 mins, hero', expected: info('Amira Khan') },
    { draft: 'Anyone used Thomas Bowen Electrical? Got a quote', expected: info('Thomas Bowen') },
    { draft: 'my plumber Rhys Morgan is booked till March', expected: info('Rhys Morgan') },
    // Any other name needs a cue said only of public figures, close to it.
    { draft: 'lowri evans on the radio this morning, lush', expected: info('lowri evans') },
  ])('$draft', check(NAMESAKES));

  test.each<Row>([
    // The same names about school stay pupils.
    { draft: 'tom holland was on his phone the whole of period 3 and called me a sad old bag', expected: high('tom holland') },
    { draft: 'Tom Jones in my class sang at the concert tonight, so proud', expected: high('Tom Jones') },
    { draft: 'Rhys Morgan from Year 6 was the builder in our play', expected: high('Rhys Morgan') },
    // A known name with no cue of its kind is still a pupil's name.
    { draft: 'tom jones has been so brave this week', expected: high('tom jones') },
    // A child's own match is not a public figure's: "scored" is not a public cue.
    { draft: 'jayden clarke scored a hat trick for the u9s sat!! proud miss moment', expected: high('jayden clarke') },
    // A cue for a public figure far from an unknown name does not excuse it.
    { draft: 'rhys morgan was so kind to the new girl today. Then I watched a film on netflix', expected: high('rhys morgan') },
  ])('$draft', check(NAMESAKES));
});

describe('full names from the roster: high, in every spelling', () => {
  describe('case', () => {
    test.each<Row>([
      { draft: 'Amira Khan did brilliantly today', expected: high('Amira Khan') },
      { draft: 'amira khan did brilliantly today', expected: high('amira khan') },
      { draft: 'AMIRA KHAN DID BRILLIANTLY TODAY', expected: high('AMIRA KHAN') },
    ])('$draft', check(CADOXTON));
  });

  describe('accents folded', () => {
    test.each<Row>([
      { draft: 'Zoë Williams read her poem aloud', expected: high('Zoë Williams') },
      { draft: 'Zoe Williams read her poem aloud', expected: high('Zoe Williams') },
      { draft: 'Siân O’Brien read her poem aloud', expected: high('Siân O’Brien') },
      { draft: 'Sian O’Brien read her poem aloud', expected: high('Sian O’Brien') },
    ])('$draft', check(CADOXTON));
  });

  describe('apostrophes: straight, curly, none, spaced', () => {
    test.each<Row>([
      { draft: "Sian O'Brien read her poem aloud", expected: high("Sian O'Brien") },
      { draft: 'Sian O’Brien read her poem aloud', expected: high('Sian O’Brien') },
      { draft: 'Sian OBrien read her poem aloud', expected: high('Sian OBrien') },
      { draft: 'Sian O Brien read her poem aloud', expected: high('Sian O Brien') },
    ])('$draft', check(CADOXTON));
  });

  describe('hyphenated first names: hyphen, space or joined', () => {
    test.each<Row>([
      { draft: 'Lily-Mae Thomas scored twice', expected: high('Lily-Mae Thomas') },
      { draft: 'Lily Mae Thomas scored twice', expected: high('Lily Mae Thomas') },
      { draft: 'LilyMae Thomas scored twice', expected: high('LilyMae Thomas') },
      { draft: 'lily-mae thomas scored twice', expected: high('lily-mae thomas') },
    ])('$draft', check(CADOXTON));
  });

  describe('possessives and middle names', () => {
    test.each<Row>([
      { draft: "Amira Khan's painting is on the wall", expected: high("Amira Khan's") },
      { draft: 'Amira Khan’s painting is on the wall', expected: high('Amira Khan’s') },
      { draft: 'Zoe Williams’s poem made me cry', expected: high('Zoe Williams’s') },
      // A middle name in the draft that the roster does not list.
      { draft: 'Amira Noor Khan did brilliantly today', expected: high('Amira Noor Khan') },
    ])('$draft', check(CADOXTON));

    test.each<Row>([
      // The roster lists a middle name; drafts rarely write it.
      { draft: 'Ffion Davies did brilliantly today', expected: high('Ffion Davies') },
      { draft: 'Ffion Angharad Davies did brilliantly today', expected: high('Ffion Angharad Davies') },
    ])('$draft', check(CADOXTON_PLUS));
  });

  describe('hashtags and handles', () => {
    test.each<Row>([
      { draft: 'Match report! #LilyMaeThomas', expected: high('#LilyMaeThomas') },
      { draft: 'Match report! #AmiraKhan', expected: high('#AmiraKhan') },
      { draft: 'Match report! #SianOBrien', expected: high('#SianOBrien') },
      { draft: 'Match report! #ZoeWilliams', expected: high('#ZoeWilliams') },
      { draft: 'Match report from @amira_khan', expected: high('@amira_khan') },
    ])('$draft', check(CADOXTON));
  });

  describe('everyday nickname + surname', () => {
    test.each<Row>([
      { draft: 'Tom Bowen scored the winning goal', expected: high('Tom Bowen') },
      { draft: 'Tommy Bowen scored the winning goal', expected: high('Tommy Bowen') },
      { draft: 'Lizzie Rowe scored the winning goal', expected: high('Lizzie Rowe') },
    ])('$draft', check(CADOXTON));
  });
});

describe('initials: high in school context, warning otherwise', () => {
  test.each<Row>([
    { draft: 'Star of the week: Amira K!', expected: high('Amira K') },
    { draft: 'A. Khan came top in the Year 6 spelling test', expected: high('A. Khan') },
    // Nickname + initial, possessive.
    { draft: "Tom B's handwriting in my class has come on so much", expected: high("Tom B's") },
    { draft: 'Star of the week goes to Tom B', expected: high('Tom B') },
    { draft: 'Bumped into Amira K at the shops', expected: warning('Amira K') },
    { draft: 'Parcel for A. Khan arrived this morning', expected: warning('A. Khan') },
    // Trap: a lower-case article is not an initial.
    { draft: 'In my class we watched a Khan Academy video on fractions', expected: nothing },
  ])('$draft', check(CADOXTON));
});

describe('a first name alone', () => {
  describe('strong school context: high', () => {
    test.each<Row>([
      { draft: 'Well done Amira, star of the week!', expected: high('Amira') },
      { draft: 'Amira read to the whole class in assembly', expected: high('Amira') },
      { draft: "Amira's poem won star of the week", expected: high("Amira's") },
      // The school's own name is strong context.
      { draft: 'Amira had a great day at Cadoxton Primary', expected: high('Amira') },
      // Context reaches across sentences.
      { draft: 'Star of the week today! Amira smashed it.', expected: high('Amira') },
      // Spellings of the first name alone.
      { draft: 'Well done Zoe, star of the week!', expected: high('Zoe') },
      { draft: 'Well done Sian, star of the week!', expected: high('Sian') },
      { draft: 'Well done Lily-Mae, star of the week!', expected: high('Lily-Mae') },
      { draft: 'Well done Lily Mae, star of the week!', expected: high('Lily Mae') },
      { draft: 'Well done LilyMae, star of the week!', expected: high('LilyMae') },
      // An everyday nickname of a roster first name.
      { draft: 'Well done Lizzie, star of the week!', expected: high('Lizzie') },
    ])('$draft', check(CADOXTON));
  });

  describe('weak context only: warning', () => {
    test.each<Row>([
      { draft: 'So proud of Amira today', expected: warning('Amira') },
      { draft: 'Well done Amira!', expected: warning('Amira') },
    ])('$draft', check(CADOXTON));
  });

  describe('no school context: info', () => {
    test.each<Row>([
      { draft: 'Coffee with Amira on Saturday', expected: info('Amira') },
      { draft: 'Coffee with Zoë on Saturday', expected: info('Zoë') },
      // School words more than 280 characters away do not reach the name.
      {
        draft: `Coffee with Amira on Saturday. ${'We walked along the beach and talked about everything and nothing for hours. '.repeat(4)}Then back to marking.`,
        expected: info('Amira'),
      },
    ])('$draft', check(CADOXTON));
  });
});

describe('first names that are also words (Grace, Summer, Seren, Ruby)', () => {
  test.each<Row>([
    // Words, not names.
    { draft: 'Amazing grace', expected: nothing },
    { draft: 'Summer is here!', expected: nothing },
    // Trap: strong context, but the word is a season / a hymn title / lower case.
    { draft: 'Summer fair at school on Friday', expected: nothing },
    { draft: 'Summer is here! Sports day at school next week.', expected: nothing },
    { draft: 'We sang Amazing Grace in assembly this morning', expected: nothing },
    { draft: 'Lovely summer term with my class', expected: nothing },
    { draft: 'My class said grace before lunch', expected: nothing },
    // A name, with a capital, in strong context: warning.
    { draft: 'Star of the week goes to Grace for her writing', expected: warning('Grace') },
    { draft: 'Star of the week goes to Summer for her writing', expected: warning('Summer') },
    // A child's frame: high.
    { draft: 'Grace in my class made me laugh today', expected: high('Grace') },
    // The full name is always a finding.
    { draft: 'Summer Jenkins read beautifully', expected: high('Summer Jenkins') },
  ])('$draft', check(CADOXTON));

  test.each<Row>([
    // A pupil named beside a confidential matter about them is high, whatever the name alone would be.
    { draft: "Ruby's EHCP review is next week", expected: high("Ruby's") },
    { draft: 'Flo in my class made me laugh today', expected: high('Flo') },
  ])('$draft', check(CADOXTON_PLUS));

  test.each<Row>([
    // Welsh: "seren yr wythnos" is "star of the week"; seren is the word, Cerys is the pupil.
    { draft: 'Seren yr wythnos heddiw yw Cerys!', expected: high('Cerys') },
    { draft: 'Well done Seren, star of the week!', expected: warning('Seren') },
    { draft: 'Seren Lloyd sang a solo', expected: high('Seren Lloyd') },
  ])('$draft', check(ST_NICHOLAS));
});

describe('someone else with the first name: nothing', () => {
  describe('namesakes (a surname that is not the pupil’s)', () => {
    test.each<Row>([
      { draft: 'Grace Jones was brilliant last night', expected: nothing },
      { draft: 'Listening to Amira Patel on Radio 4 while marking', expected: nothing },
    ])('$draft', check(CADOXTON));
  });

  describe('adults with a title', () => {
    test.each<Row>([
      { draft: 'Thanks Mrs Grace for a lovely assembly', expected: nothing },
      { draft: 'Miss Amira is joining my class as a student teacher', expected: nothing },
      // The pupil's first name as a teacher's surname.
      { draft: 'Mr Thomas took Year 6 to the museum', expected: nothing },
    ])('$draft', check(CADOXTON));
  });

  describe('the writer’s own family', () => {
    test.each<Row>([
      { draft: 'My son Tyler got star of the week at school today!', expected: nothing },
      { draft: 'So proud of our Amira, star of the week at her school', expected: nothing },
    ])('$draft', check(CADOXTON));
  });

  describe('idioms and titles', () => {
    test.each<Row>([
      { draft: "My class built Noah's ark out of cardboard boxes", expected: nothing },
      { draft: 'Taking my class to see Matilda the Musical', expected: nothing },
    ])('$draft', check(CADOXTON_PLUS));
  });
});

describe('children not on the roster', () => {
  describe('introduced as a child: high', () => {
    test.each<Row>([
      { draft: 'There is a boy in my class called Tyler who makes me laugh every day', expected: unlistedHigh('Tyler') },
      { draft: 'Mason in Year 3 finally cracked his times tables', expected: unlistedHigh('Mason') },
      { draft: "Tyler's mum stopped me at the school gates again", expected: unlistedHigh("Tyler's") },
    ])('$draft', check(CADOXTON));

    test.each<Row>([
      // Not a school post: an unlisted first name is nobody's business.
      { draft: "Coffee with Tyler's mum this morning", expected: nothing },
      { draft: 'Tyler and Mason came round for a barbecue', expected: nothing },
    ])('$draft', check(CADOXTON));
  });

  describe('beside words about pupils in a school post: warning', () => {
    test.each<Row>([
      { draft: 'Star of the week goes to Jacob for his writing', expected: unlistedWarning('Jacob') },
      { draft: 'New reading books for Year 6 today and Jacob chose first', expected: unlistedWarning('Jacob') },
    ])('$draft', check(CADOXTON));
  });

  describe('colleagues and staff: nothing', () => {
    test.each<Row>([
      // Trap: INSET is strong school context, but nothing points at pupils.
      { draft: 'Lunch with Sarah and Jo after INSET', expected: nothing },
      { draft: 'Huge thanks to my colleague Sarah for the Year 6 display', expected: nothing },
      { draft: 'Sarah, our TA, ran phonics today', expected: nothing },
      // Gareth is on the staff list.
      { draft: 'Gareth ran the Year 6 reading club today', expected: nothing },
    ])('$draft', check(CADOXTON));
  });
});

describe('unusual input still works', () => {
  test.each<Row>([
    { draft: 'Well done Amira\nKhan!', expected: high('Amira\nKhan') },
    { draft: 'Star of the week:\nLily-Mae\nThomas', expected: high('Lily-Mae\nThomas') },
    { draft: '“Amira Khan” won the poetry prize', expected: high('Amira Khan') },
    { draft: '"Amira" won star of the week in my class', expected: high('Amira') },
    { draft: '🌟Amira Khan🌟 won the poetry prize', expected: high('Amira Khan') },
    { draft: '🌟 Well done Amira 🌟 star of the week', expected: high('Amira') },
    { draft: 'Match report! #LilyMaeThomas🎉', expected: high('#LilyMaeThomas') },
    { draft: 'WELL DONE AMIRA, STAR OF THE WEEK!', expected: high('AMIRA') },
    { draft: 'STAR OF THE WEEK: LILY-MAE THOMAS', expected: high('LILY-MAE THOMAS') },
  ])('$draft', check(CADOXTON));
});

/** "jade o was in tears", "grace a who did the reading": a letter that is also a word, typed as an initial (issue 13). */
describe('a lower-case initial that is also a word', () => {
  const WITH_A: SettingsInput = { ...CADOXTON, pupilNames: [...(CADOXTON.pupilNames ?? []), 'Jade Osei', 'Ruby Ahmed'] };
  test.each<Row>([
    { draft: 'jade o was in tears after her careers interview in year 11', expected: high('jade o') },
    { draft: "so proud of the class today, and esp ruby a who did the whole reading from memory", expected: high('ruby a') },
    { draft: "jade o's mum rang the office about the trip", expected: high("jade o's") },
  ])('$draft', check(WITH_A));
  test('"a" before what it introduces is the word, not an initial', () => {
    const matches = pupilFindings('gave ruby a sticker in class for her lovely writing', WITH_A).map((f) => f.match);
    expect(matches).not.toContain('ruby a');
  });
});

/** Welsh mutates a first name after certain words (issue 13): "i Gerys" is Cerys, "gan Ddylan" Dylan, "a Chaio" Caio. */
describe('Welsh mutations of roster first names', () => {
  const CAE: SettingsInput = { ...CADOXTON, pupilNames: ['Cerys Jenkins', 'Dylan Evans', 'Caio Ferreira', 'Megan Rowlands', 'Ben Morgan'] };
  test.each<Row>([
    { draft: 'llongyfs i Gerys J am ennill yr unawd yn yr ysgol', expected: high('Gerys J') },
    { draft: 'Rhoi gwobr i Fegan R am ei gwaith celf yn y dosbarth', expected: high('Fegan R') },
    { draft: 'Ges i gwtsh mawr gan Ddylan yn y dosbarth heddiw', expected: high('Ddylan') },
    // Iestyn is not on this roster: a child's name in a class, so a warning of its own.
    { draft: 'Ma sefyllfa Iestyn a Chaio yn y dosbarth yn gwaethygu', expected: [...unlistedWarning('Iestyn'), ...high('Chaio')] },
  ])('$draft', check(CAE));
  test.each<Row>([
    // Without a word that mutates it, a mutated spelling is not the name.
    { draft: 'Gerys was in the dosbarth today', expected: nothing },
    // A mutated form that is an everyday word is the word ("i fen" would be Ben: "men" is a word).
    { draft: 'diolch i men and women of the PTA, the school fair was great', expected: nothing },
  ])('$draft', check(CAE));
});

/**
 * The extension checks the draft again as it is typed, so every half-typed state must check. A
 * name that is also a word, in a child frame with no school word yet ("Mo in Year", on the way to
 * "Mo in Year 3"), made the check throw, and the teacher saw nothing for that keystroke.
 */
describe('a draft typed one character at a time', () => {
  const WITH_MO: SettingsInput = { ...CADOXTON, pupilNames: [...(CADOXTON.pupilNames ?? []), 'Mo Farah'] };
  const draft = 'Mo in Year 3 read beautifully in assembly today';
  test('every keystroke is checked without an error', () => {
    for (let k = 1; k <= draft.length; k++) expect(() => analyse(draft.slice(0, k), WITH_MO)).not.toThrow();
  });
  test('"Mo in Year" already flags Mo as a child in a year group', () => {
    expect(pupilFindings('Mo in Year', WITH_MO)).toEqual(high('Mo'));
    const finding = analyse('Mo in Year', WITH_MO).find((f) => f.category === 'pupil-name')!;
    expect(finding.explanation?.reason).toBe('a roster first name introduced as a child in a class or year group');
  });
});
