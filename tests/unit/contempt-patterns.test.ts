/**
 * Contempt told by a construction rather than an insult word (detector `contempt-patterns`,
 * `rules/lexicons/contempt-patterns.json`), the families found missing on the tenth blind set
 * (issue 11, ninth session): an idiom of incompetence, a comparison with an animal or a dull thing,
 * "knows nothing about kids" said of staff, Welsh "ddim bod ar gyfyl plant", a superlative of
 * contempt, mockery of saying nothing, a name-call standing as its own clause, a claim held in scare
 * quotes, a threat through a person's property. And the other side, which must stay quiet: the
 * writer about themselves, things, animals, sincere thanks, quoted titles. Sentences are written for
 * this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import { CADOXTON } from './fixtures';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

/** No contempt/* finding at warning or high (other detectors answer for themselves in their own tests). */
function expectNoContempt(draft: string): void {
  const loud = analyse(draft, CADOXTON).filter((f) => f.ruleId.startsWith('contempt/') && f.severity !== 'info');
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}

describe('an idiom of incompetence aimed at someone', () => {
  test.each([
    'the new head of year couldnt organise a booze up in a distillery',
    "our cover supervisor couldn't organise a party in a brewery, let alone a Year 10 set",
    'honestly that deputy could not manage a whelk stall',
    "he couldn't fight his way out of a wet paper bag",
    'the trust lot would struggle to run a whelk stall',
    'Fedr o ddim trefnu parti mewn bragdy, heb sôn am adran gyfan',
    'Allai hi ddim rheoli tanc o bysgod aur',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    "I couldn't run a bath this week, so tired 😴",
    "the PTA couldn't run the egg and spoon race because of the rain",
    "I couldn't find my way out of a paper bag this morning, the fog was that thick",
    'the caretaker could not find the bath plug for the science demo',
    'we ran a bath for the baby doll in role play',
    'the goldfish tank in class 2 needs cleaning',
    "Year 6 couldn't control their excitement at the goldfish tank",
    'he could not organise the kids party on his own so the PTA helped',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a person compared with an animal or a dull thing', () => {
  test.each([
    'that consultant has about as much common sense as a sheep',
    'the new bursar has the personality of a wet lettuce',
    'our head has less tact than a traffic cone',
    'this place is run by a committee of headless chickens',
    'Mae ganddo fe gymaint o synnwyr cyffredin â llo',
    "Does gan y pennaeth newydd ddim mwy o synnwyr na dafad",
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    'the sheep on the farm trip had more sense than to go near the river',
    'Year 2 learnt that a goldfish has a memory of months, not seconds',
    'Mae gan y ddafad ddau oen bach heddiw 🐑',
    'the committee of governors met on Tuesday to agree the budget',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('staff told they know nothing of their job', () => {
  test.each([
    'the deputy knows nothing about kids and it shows',
    "our new head doesn't know the first thing about teaching",
    'the CEO knows sod all about running a school',
    "Dyw'r pennaeth yn gwybod dim byd am addysgu",
    'Dydi hi ddim yn gwybod affliw o ddim am blant',
    'ddylai fe ddim bod ar gyfyl plant',
    "Dylai hi fod yn gweithio mewn siop, nid mewn ysgol",
    'that woman should never have been given a job near children',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    'I know nothing about GCSE Spanish so please ask Mrs Ali',
    'Dw i ddim yn gwybod dim byd am y trip eto, sori',
    "Dylai hi fod yn yr ysgol erbyn naw",
    'the new head knows a lot about early reading',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a person ranked the worst of all', () => {
  test.each([
    'that lad is the most irritating pupil ive ever had',
    'easily the laziest teacher I have ever worked with',
    'the worst head I have ever worked for, no contest',
    'most entitled parent ive ever met in 20 years',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    'the most amazing class I have ever taught 💙',
    'worst parents evening ever for the printer, it jammed 6 times',
    'the most annoying thing about marking is the ink on my hands',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('mockery of colleagues and the school', () => {
  test.each([
    "today's INSET was a masterclass in how not to run a meeting",
    'the trust CEO spoke for an hour and said absolutely nothing',
    'SLT waffled on for 40 mins without saying anything',
    "Siaradodd y pennaeth am awr a dweud dim byd",
    'staffing cut again, thanks to our visionary leadership',
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));

  test.each([
    'thanks to our wonderful PTA for the raffle prizes',
    'huge thanks to our brilliant head for the staff breakfast',
    'she spoke for an hour and said nothing we did not already know, but it was a good refresher',
    'a masterclass in watercolour from our visiting artist today 🎨',
    'the speaker talked for an hour and every minute was gold',
    'we learnt where plants go in winter and why leaves die',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a claim about people held in scare quotes', () => {
  test.each([
    "a dad insisted his 'gifted' daughter be moved up a set",
    'the "expert" consultant told us to laminate everything',
    "our 'leadership' team strikes again",
  ])('%s', (draft) => expectFlag(draft, 'contempt/mockery'));

  test.each([
    "our 'More Able and Talented' programme starts on Monday",
    'the word "gifted" comes from an old English verb, Year 6 found out',
    "she said 'thank you' so politely to the dinner ladies",
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a name-call standing as its own clause', () => {
  test.each([
    'she rang the office six times before nine. gobby cow.',
    'moaned about the nativity costumes again, stroppy mare',
    'took all the credit for the display, smug git',
    'wedi cwyno eto am y gwisg ysgol, hen fuwch haerllug',
    'Dim gwaith cartref eto. Cnaf bach digywilydd.',
    'the child from hell strikes again',
    'nightmare parent on the phone for an hour',
  ])('%s', (draft) => expectFlag(draft, 'contempt/name-call'));

  test.each([
    'the lazy cow in the field by the farm trip barely moved all day 🐄',
    'Year 1 wrote about a lazy old cow who would not get up',
    'forgot my lanyard again, lazy cow, me 🤦',
    "I'm such a lazy cow this half term",
    'a nightmare of a journey home on the A470',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a threat through a person’s property', () => {
  test.each([
    "if that dad parks across the gate again I'll key his car",
    'i swear ill slash her tyres if she blocks me in',
    "block me in again and I swear I'll slash it then him",
  ])('%s', (draft) => expectFlag(draft, 'contempt/threat'));

  test.each([
    "I'll key in the attendance codes after lunch",
    "if it snows I'll scratch the ice off my windscreen first",
    "I'll smash it in the quiz tomorrow and then you can all buy me a drink",
  ])('%s', (draft) => expectQuiet(draft));
});

describe('scorn for how people look, and for a group in Welsh word order', () => {
  test.each([
    'that dad rolled up to the nativity in his dressing gown, the absolute state of him',
    'the state of the dads at drop off today, honestly',
    'the actual state of those parents at the summer fair',
    'y pwyllgor? criw o hen athrawon diog',
    'llwyth o rieni busneslyd ar y grŵp Facebook eto',
    'the lot from the flats, you can smell them a mile off',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    'the state of her car after the school run, mud everywhere',
    'honestly the state of the classroom after art',
    'the state of play at half time: 2-1 to us ⚽',
    'Llwyth o blant hapus ar y trip heddiw',
    'criw o rieni gwych wedi helpu yn y ffair',
  ])('%s', (draft) => expectQuiet(draft));
});

/**
 * The ninth session's review (review9-contempt): everyday posts that the first version of these
 * families warned on. Each must stay quiet; a family that could not be made safe was cut or narrowed.
 */
describe('review: everyday posts the families must leave alone', () => {
  test.each([
    'Dogs should not be allowed in the school grounds at any time.',
    'Matches and lighters should never be allowed near children.',
    'Mobile phones should not be allowed in the classroom.',
    'A fun e-safety lesson in how not to share your passwords!',
    "Tonight's Strictly was a masterclass in how not to waltz",
    'Huge thanks to our fearless leaders who took Year 6 to Llangrannog!',
    'Thanks to our esteemed governors for attending the carol service.',
    "The PTA can't run a sweet shop at the summer fair this year, sorry.",
    'The PTA cannot run a boot sale this month because of the weather.',
    "Our striker couldn't hit a barn door today but we still won 3-1!",
    "Apologies for the state of the parents' car park after the storm.",
    "Sorry about the state of the men's toilets, a plumber is coming.",
    'Poor Dave, the state of him today, he should be at home in bed.',
    'The bacon butties were amazing, you could smell them from the car park!',
    'Our lilies are out, you can smell them from the gate.',
    "I'll key their car registrations into the parking system tomorrow.",
    'I could smash that window, it has been stuck all week!',
    'The petting zoo is practically run by a herd of goats!',
    'The llama has more personality than a sheep!',
    'Our dog has the personality of a wet lettuce when it rains.',
    'Farm trip today: we met Daisy. Nosy cow!',
    "I've got a nightmare head cold, so I'm working from home.",
    'It has been a nightmare head lice week in Year 2.',
    'Miss Trunchbull, the most horrible teacher in any book ever!',
    "The worst teacher I ever had told me I'd never write, now I'm an author!",
    'Talk to someone you trust, and say nothing at all to strangers online.',
    'the canteen is where good ideas go to die, so they redesigned it',
    "The robot in our coding club couldn't find its way out of a paper bag!",
    "Dylai hi fod mewn swyddfa erbyn naw, meddai'r post.",
    "Letters have gone home to our 'Gifted and Talented' pupils today.",
    "A big thank you to all our 'lovely' teachers from the PTA!",
    "We're collecting for families who 'need' a little extra at Christmas.",
    "Year 6 decided that 'sick' means brilliant.",
    "Yours truly couldn't organise a booze up in a brewery this week!",
    // more everyday sentences of our own, one or more per family
    "Year 3 can't run a bath for the class doll without flooding the sink, bless them",
    'The sheep have more wool than sense this time of year, says the farmer.',
    'Our hamster has the memory of a goldfish but we love him.',
    'Mr Jones showed us the most useless gadget I have ever seen at science club.',
    'The worst weather I have ever seen for sports day, but smiles all round!',
    'A lesson in how not to build a bridge: the spaghetti collapsed, and we learnt why!',
    'Thanks to our visionary sponsors, the new library opens on Monday.',
    'Our nightmare head lice letter has gone out again, sorry parents.',
    'The state of the field after the rain, boots on tomorrow please.',
    'You can smell them from the hall, the cakes are nearly ready!',
    "I'll smash their record at the sponsored swim next week!",
    'Please say nothing at all about the surprise party to Mrs Evans.',
    "The 'sick' bay is now next to the office.",
  ])('%s', (draft) => expectNoContempt(draft));
});

describe('review: contempt at someone else stays held when the writer is named after it', () => {
  test.each([
    "The new deputy couldn't run a bath, me and Sarah had to do everything.",
    "Amira Khan's mum, stroppy mare, me I just smiled and nodded.",
  ])('%s', (draft) => expectFlag(draft));
});

describe('review: the tightened families still catch the whole idioms', () => {
  test.each([
    'the families from the new estate, honestly, you can smell them before you see them',
    'this department is managed by a committee of pigeons',
    'the Year 9 assembly was a masterclass in talking for 20 minutes and saying absolutely nothing',
  ])('%s', (draft) => expectFlag(draft));
});
