/**
 * Tenth session (issue 11): contempt with no swear word, as the training set of the ninth session showed
 * staff write it, grouped into mechanisms that reach past any one sentence (rules/lexicons/contempt-patterns.json
 * families, a few hostility.json frames): praise turned to scorn by an eye-roll or by applause after a
 * complaint, "love how … but not …", the Peter principle, stock stupidity jokes, a person's use likened to a
 * chocolate fireguard, people likened to a pack of animals or said unfit to breed, a role mocked as out of
 * touch, wishes of misfortune and violence laughed off, Welsh "X o ddyn" and its kin, scornful faces, and
 * group hostility hedged as a question or a culture. Each mechanism has drafts beside it that must stay
 * quiet: the writer's own, objects and workload, sincere thanks and congratulation, young children,
 * counter-speech. Sentences are written for this file; none comes from a corpus.
 */
import { describe, test } from 'vitest';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('praise turned to scorn by an eye-roll, or by applause with no thanks before it', () => {
  test.each([
    'the trust finance team have discovered that laminating costs money. geniuses the lot of em 👏',
    'Mr Pryce read every slide out loud in briefing. inspirational stuff as always 🙄',
    'SLT have launched a wellbeing padlet 🙃 pure genius',
    'the parent who told me phonics is a fad and then spelt "definately" in the complaint. Genius. 👏',
    "maybe the council could start with the four managers who manage the managers, geniuses",
    'that dad turned up to the nativity with a can of lager in each hand. classy',
    'Oh how lucky we are to have a trust board that asked what a SEN register is 🙃',
    "the head's getting a vote of no confidence, couldn't happen to a nicer person 🙃",
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));

  test.each([
    'Congratulations to our inspirational head on her retirement 👏👏',
    'thank you to the PTA, geniuses the lot of them 👏',
    'Year 6 aced the times tables quiz, geniuses!',
    'brilliant, the printer has jammed again 🙄',
    'Congratulations to Sue on her promotion, couldn\'t happen to a nicer person 👏',
    'so glad the kids had fun at sports day 👏',
    'the nativity was lovely. classy costumes from the PTA',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('a leader\'s priorities mocked as something to love, the Peter principle, a role out of touch', () => {
  test.each([
    'love how the governors found time for the photo op but not for the actual concert',
    'Loving that our head of year can do a two hour lunch with the trust but never a phone call back',
    'always nice to see someone promoted into their own level of incompetence',
    'the adviser managed to read a spreadsheet AND breathe at the same time. incredible',
    'a consultant who last saw a classroom in 1991 told us how to teach phonics',
    'the chair of governors has never set foot in a lesson but has views on all of them',
    'cynllun newydd gan bobl sydd heb weld plentyn ers 1990',
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));

  test.each([
    'I love how the kids came to watch the play and stayed for the whole thing',
    'love how the head stayed for the whole play and clapped every act',
    'I haven\'t set foot in a classroom since 1994 and I loved being back for the reunion',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('stock put-downs: stupidity jokes, a person as useful as a chocolate fireguard, people as a pack of animals', () => {
  test.each([
    "that lad's uncle is the reason shampoo bottles have instructions",
    "with the new deputy the door's open but nobody's home",
    'the governors have the combined brain cell count of a goldfish',
    'Bethan is lovely but there is nothing going on upstairs',
    'Gemma is about as much use as a chocolate fireguard when it kicks off',
    'the council admissions team are slower than a snail on a gap year',
    'honestly Ifan couldnt teach a fish to swim',
    'the parents at the gate couldnt organise a queue at a bus stop',
    'the lunchtime supervisors are like a pack of hyenas round the staff biscuits',
    'some of those families breed like rabbits',
    'that dad should not be allowed to breed',
    'the mum who filmed the nativity fight should be banned from the building',
    'the head walked round with a face like a slapped haddock all day',
    'SLT can stick their learning walks where the sun dont shine',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    'I couldn\'t teach a fish to swim, never mind a year 10 class',
    'the reception kids can\'t count to ten yet and that\'s fine',
    'this umbrella is about as much use as a chocolate teapot',
    'the photocopier is slower than a snail today',
    'the gulls on the field were like a pack of wild dogs over the crisps',
    'phones should be banned from the building from September',
    'I had a face like a wet weekend all Monday',
    'the reason shampoo bottles have instructions is a great persuasive writing prompt',
    'some people shouldn\'t have to choose between heating and eating',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('misfortune wished and violence laughed off: still a threat', () => {
  test.each([
    "hope the ofsted inspector's car breaks down on the M4",
    'hope the man from the LA who moved our bus stop gets stuck behind a tractor all summer',
    'wouldn\'t cry if the bloke from the trust who wrote the lanyard policy fell in the canal',
    "feel like chinning the next person who says 'growth mindset'",
    'next parent who screams at the office gets a visit from me and it wont be a friendly chat',
    'gobeithio geith y boi o\'r cyngor fflat teiar ar yr A55',
    'wna i dagu\'r dyn na o\'r awdurdod os ydi o\'n deud "gwydnwch" eto',
    'mi ro i glatsien iddo fo os daw o at y giât eto',
  ])('%s', (draft) => expectFlag(draft, 'contempt/threat'));

  // Sixteenth session: "im" + "chucking" is now also a placement threat (hostility/threat), which one-remark keeps.
  test('if that dad shouts at the office again im chucking him into the canal 😂', () =>
    expectFlag('if that dad shouts at the office again im chucking him into the canal 😂', 'hostility/threat'));

  test.each([
    'hope the minibus doesn\'t break down on the way to the museum',
    'hope the head gets well soon, sending love',
    'wouldn\'t cry if the photocopier fell in the sea tbh',
    'I\'ll throw the ball to him and you run',
    'I\'ll throw him in at the deep end with the timetable, he\'ll love it',
    'the bus drivers were waiting for them at the gate at 3',
    'the seagulls nicked my sandwich and then took the bag with it',
    'dwi\'n mynd i ladd y planhigion \'ma os dwi\'n anghofio eu dyfrio',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('Welsh contempt for a person without a swear word', () => {
  test.each([
    "y mochyn o ddyn 'na o'r swyddfa addysg",
    'dim ymennydd rhyngddyn nhw yn yr adran',
    'mae o\'n siarad fel llyfr ond yn meddwl fel dafad',
    'y dirprwy, dyn efo cof pysgodyn aur',
    'hen fenyw sych yw hi, dim gwên byth',
  ])('%s', (draft) => expectFlag(draft, 'contempt/name-call'));

  test.each([
    'mae gan y babi ben bach a gwallt coch',
    'mochyn bach pinc ar y fferm heddiw',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('group hostility hedged as a question or a culture (hostility.json frames)', () => {
  test.each([
    'is it just me or do the Roma families round here not bother with school at all',
    'Somalis are always late for the bus, it\'s a culture thing isn\'t it',
    'funny how it\'s always the traveller kids in detention. not a coincidence is it',
    'jyst gofyn... pam bod y ffoaduriaid yn cael tai o flaen pobl leol?',
  ])('%s', (draft) => expectFlag(draft, 'hostility/derogation'));

  test.each([
    'not being funny but the Polish bakery does the best doughnuts in town',
    'is it just me or are the Syrian families the most welcoming at the school gate',
    "people keep saying muslims don't integrate. half my form are muslim and they run the bake sale. not a coincidence",
    'what do I do when parents say it\'s a culture thing? how do I challenge that with our Roma families',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('more of the same mechanisms, as the tenth session\'s training set wrote them', () => {
  test.each([
    ['the new site manager couldnt control a hamster', 'contempt/put-down'],
    ['our trust lead couldnt plan a fire drill if the building was on fire', 'contempt/put-down'],
    ['if brains were petrol our business manager couldnt power a lawnmower', 'contempt/put-down'],
    ['that supply teacher shouldnt be allowed anywhere near children', 'contempt/put-down'],
    ['Cerys in the office has the personality of a damp tea towel', 'contempt/put-down'],
    ['rhieni blwyddyn 3 yn dwp fel postyn', 'contempt/put-down'],
    ['adran wyddoniaeth yn llawn pennau bwl', 'contempt/name-call'],
    ['next person who moves my laminator is getting a stapler to the face', 'contempt/threat'],
    ['if that mam shouts at me in the yard again i\'ll flatten her', 'contempt/threat'],
    ['whoever keeps nicking my yoghurts from the staff fridge, hope you choke on it', 'contempt/threat'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'dogs shouldn\'t be allowed near children without a lead',
    'I\'ll flatten the boxes for the recycling after school',
    'the year 1 hamster escaped again and nobody could catch it',
    'wiping the tables with a damp tea towel',
    'Year 3 boy got a football to the face at lunch, ice pack applied',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});
