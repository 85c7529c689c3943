/**
 * Thirteenth session (issue 11): contempt by composition (src/engine/detectors/composed-contempt.ts, data in
 * rules/lexicons/composed-contempt.json). A target of the school community and a predicate of contempt in one
 * clause; a protected group and a hostile generalisation, however politely it opens; praise, then the knife in
 * the next sentence. Each has the quiet cases beside it: the writer's own, a thing or a decision criticised,
 * a negation, counter-speech and reports, the writer's family, praise meant. Sentences are written for this
 * file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import lexicon from '../../rules/lexicons/composed-contempt.json';
import { ComposedContemptSchema } from '../../src/engine/schemas/composed-contempt';
import { analyse } from '../../src/analyser';
import { expectFlag, expectQuiet } from './support/derogatory-expect';
import { CADOXTON } from './fixtures';

/** Not from this detector: for contrasts whose single insult word another rule judges on its own ("useless", "lazy"). */
function expectNotComposed(draft: string): void {
  const composed = analyse(draft, CADOXTON).filter((f) => /^contempt\/(target-predicate|polite-group|praise-then-knife)$/.test(f.ruleId));
  expect(composed.map((f) => [f.ruleId, f.match])).toEqual([]);
}

describe('a target and a predicate of contempt in one clause', () => {
  test.each([
    'the new SENCo is bone idle and everyone knows it',
    'our governors are a liability, always have been',
    'honestly the deputy is completely out of her depth',
    'Year 10 are genuinely brain dead this term',
    'that supply teacher was a liability from day one',
    'Rude, the lot of them.',
    'the exec head should be sacked for this',
    "mae'r rhieni 'ma yn hollol dwp",
    'honestly Gareth is bone idle, always has been',
    'New SENCo talks to the kids like they are puppies. Patronising and clueless.',
    'The site manager has been mending that gate since Easter. Bone idle, slower than a bin lorry.',
  ])('%s', (draft) => expectFlag(draft, 'contempt/target-predicate'));

  test.each([
    'the head told me I was useless at spreadsheets, fair',
    'pay for TAs is a disgrace nationally',
    "the council's new admissions portal is a shambolic mess",
    'the head is not useless whatever the rumours say',
    'stop calling the dinner staff lazy, they do a brilliant job',
    '"the kids are feral" is what I said about my own two after a wet weekend',
    'the head is lovely, the photocopier is useless',
    'I am useless at remembering names, sorry Year 7',
    'the TAs are entitled to a copy of the policy on request',
    'the mice in the shed, vermin the lot of them',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  // A lone insult word here is the insult rules' to judge; composition adds nothing to them.
  test.each([
    "SLT's new marking policy is useless",
    'our TAs are far from lazy, they run this place',
    'people say parents round here are clueless but ours are fantastic',
    'my kids are so lazy on a Sunday 😂',
    'Met the head about the new timetable. Utterly hopeless.',
  ])('not composed: %s', (draft) => expectNotComposed(draft));
});

describe('hostility toward a group, politely worded', () => {
  test.each([
    'just asking, but why do the Polish families get everything for free',
    'not being funny but the Roma parents are nothing but trouble',
    "I'm not racist but too many refugees in this town now",
    'trans kids are a fad, give it five years',
    'with respect, Muslims shouldn\'t be allowed to run the PTA',
    'Muslim girls in PE get their own way again, one rule for them',
    "dwi ddim yn hiliol ond mae gormod o ffoaduriaid yn y dre",
  ])('%s', (draft) => expectFlag(draft, 'contempt/polite-group'));

  test.each([
    "people keep saying Muslims don't integrate. half my form are Muslim and they run the bake sale",
    'a parent called the Polish kids scroungers on the touchline. I said it was not on',
    'calling refugees scroungers is vile and I will not have it in my classroom',
    'the Polish kids go back to Gdańsk for Christmas, lovely photos',
    'so proud of our Traveller families at the summer fair, too many cakes to count',
    'we welcome refugees here, too many people forget that',
    "a Year 8 repeated the 'refugees are scroungers' line today, so we spent the lesson on where that idea comes from",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('praise, then the knife in the next sentence', () => {
  test.each([
    "Lovely assembly from the head. Shame he can't remember a single child's name.",
    'Great to see the deputy on the yard today. Pity she did nothing but stare at her phone.',
    'Brilliant speech from our CEO. Funny how he has no idea what a phonics lesson looks like.',
  ])('%s', (draft) => expectFlag(draft, 'contempt/praise-then-knife'));

  test.each([
    "Lovely assembly from the head. Shame he couldn't stay for the cake.",
    'Great sports day. Pity the weather turned at two.',
    "Shame he can't remember where he parked, poor man.",
    'Lovely assembly from the head. Shame it rained on the way home.',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

/** Review 13: ordinary posts the first version flagged, and reworded insults it missed. */
describe('review 13: a link word, the praised person\'s failure, a denied or supportive claim', () => {
  test.each([
    ["Year 10 were brain dead today.", 'contempt/target-predicate'],
    ["The TAs were a liability on the trip.", 'contempt/target-predicate'],
    ["The head called a staff meeting at 4pm and honestly the head is clueless.", 'contempt/target-predicate'],
    ["Great email from SLT. Pity they never bother to come into a classroom.", 'contempt/praise-then-knife'],
    ["no offence but the traveller kids always bring trouble", 'contempt/polite-group'],
    ["Not being funny but the Eastern European dads are always drunk at pick up.", 'contempt/polite-group'],
    ["With respect, the Muslim families need to learn our ways.", 'contempt/polite-group'],
  ])('%s flags %s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    "Year 3 made a simple circuit today.",
    "Our TA made a simple sensory bag that Year 1 love.",
    "Year 10 studied pathetic fallacy in Macbeth today.",
    "Year 2 used thick card to make their puppets.",
    "Mrs Evans explained it in simple terms and Year 4 got it straight away.",
    "He made it look simple — well done to our head of PE for running the marathon!",
    "The ECT gave a simple but brilliant lesson on fractions.",
    "Year 1 learned about animals at the farm today.",
    "Year 1 played snakes and ladders in maths.",
    "Year 2 church service: the kids read simple prayers they wrote themselves.",
    "Year 5 found a different species of beetle on the field!",
    "Our caretaker unblocked a drain in the rain this morning. Hero.",
    "Year 3 wrote about the weasel in Wind in the Willows.",
    "Good luck to our head on her last day. Such a shame she's leaving, she never once let us down.",
    "Nice one Miss Price! Shame I didn't know about the bake sale, would have brought brownies.",
    "Great performance from Mrs Jones. Shame she forgot her lines in the last song, but what a star!",
    "Brilliant nativity. Shame the head forgot his lines as the innkeeper 😂",
    "Lovely assembly from the head. Pity he didn't know the kids had a surprise for his birthday!",
    "Fantastic retirement do for Mr Price. Shame he disappeared before the speeches — too emotional!",
    "Wonderful visit from the inspector. Only the first time for our new ECT and she was brilliant!",
    "Gwych gweld y pennaeth. Bechod ei bod hi ddim yn gwybod am y parti!",
    "Staff wellbeing tip: the staff room is a drain on your energy if you stay there all lunch — go outside!",
    "The supply of glue sticks is pathetic this term 🙃",
    "Sports day: the dads' race was embarrassing, as always. Great fun!",
    "The teachers dressed as the seven dwarfs, the head was Dopey!",
    "Mr Thomas was a pig in Charlotte's Web and stole the show.",
    "The teacher in the film was hopeless, the class loved spotting his mistakes.",
    "He was rude to nobody and kind to everyone — farewell to our wonderful caretaker, Dave.",
    "The caretaker was rude? Never! He's the kindest man in Wales.",
    "Just saying: our Muslim families organised the whole Eid fair, so many came it was standing room only.",
    "Genuine question: how do other schools support Ukrainian refugees who need to learn English?",
    "Sorry but I can't stand people who say immigrants don't integrate. Our families are brilliant.",
    "With respect, disabled kids are not a drain on anything — they are our pupils.",
    "The man who came to fix the boiler was rude but the children didn't notice.",
  ])('quiet: %s', (draft) => expectQuiet(draft));

  // Another rule judges the lone word here ("dense", "incompetent", "lazy"); the composition must add nothing.
  test.each([
    "Year 8 learned why the forest is so dense in the Amazon.",
    "Year 9 debated whether Boris was incompetent. Great arguments on both sides!",
    "Our staff are the opposite of lazy.",
  ])('not composed: %s', (draft) => expectNotComposed(draft));
});

describe('the lexicon', () => {
  test('the shipped data validates', () => {
    expect(ComposedContemptSchema.safeParse(lexicon).success).toBe(true);
  });

  test('a reach beyond the bounded look-back is refused, so no check can grow with the draft', () => {
    const bad = { ...lexicon, targetPredicate: { ...lexicon.targetPredicate, reach: 400 } };
    expect(ComposedContemptSchema.safeParse(bad).success).toBe(false);
  });

  test('an unknown key is refused', () => {
    expect(ComposedContemptSchema.safeParse({ ...lexicon, extra: [] }).success).toBe(false);
  });
});
