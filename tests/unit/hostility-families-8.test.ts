/**
 * Hostility families found missing on the eighth blind set (issue 11, seventh session, second
 * round), each as a mechanism rather than a sentence: disguises the word lists did not undo (a
 * listed word in leetspeak whose skeleton is an everyday word, "n1gger"; a masked word inside a
 * listed phrase, "b*tty boy"; a long idiom with one word disguised, "p1ss up in a brewery"; "m0zlem"),
 * name-calling reported ("called him a 'bender'"), contempt with no swear word ("couldn't find their
 * own backside", "full of snakes", "tramps the lot of them", "wind her neck in", "doing sod all",
 * "don't give a toss"), group hate phrased politely or as a question ("not being funny but…", "a bit
 * much how many…", "our country not theirs", "should go to their own schools", "attention seekers",
 * "holding everyone else back", Welsh "dal pawb arall yn ôl", "dim efo plant normal"), and threats on
 * public figures ("someone should give that councillor a slap", Welsh "ddylai gael slap"). And the
 * other side, which must stay quiet: a question about why others hate ("pam bod pobl yn casáu…?"),
 * a mild verdict on a claim ("Rubbish."), a facepalmed verdict on oneself, a thing called a disgrace
 * before a comma, the model's word aimed at the talk about a group. Sentences are written for this
 * file; none comes from a corpus.
 */
import { describe, test } from 'vitest';
import { expectFlag, expectQuiet } from './support/derogatory-expect';

describe('disguises the word lists did not undo', () => {
  test.each([
    ['a lad at the bus stop shouted n1gger at the crossing patrol', 'derogatory/slur'],
    ['that word, n1ggers, was sprayed on the bus shelter', 'derogatory/slur'],
    ['the new caretaker is a right b*tty boy', 'derogatory/slur'],
    ['him next door is such a sheep sh*gger', 'derogatory/slur'],
    ['this trust couldnt organise a p1ss up in a brewery', 'derogatory/insult'],
    ['no m0zlems in our street thank you', 'derogatory/slur'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each(['Niger and Nigeria are neighbours on the map', 'we had a b*tty day out at the beach lol', 'a good p1zza night with the staff'])('%s', (draft) => expectQuiet(draft));
});

describe('name-calling reported: the slur said to someone', () => {
  test.each([
    "a year 8 called his mate a 'bender' at lunch so we had a talk",
    'somebody called my tutee a poof in the corridor',
  ])('%s', (draft) => expectFlag(draft, 'derogatory/slur'));

  test.each([
    'my brother went on a bender after the cup final',
    'the lads called it a bender, three days in Magaluf',
    'end of term staff do turned into a proper bender',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('contempt with no swear word', () => {
  test.each([
    'our governors couldnt find their own backsides with a map',
    "the head of maths couldn't find his own arse with both hands",
    'the office is full of snakes, trust nobody',
    'the parents at pick up, tramps the lot of them',
    'that mum needs to wind her neck in',
    'Mr Price does sod all in meetings and gets paid double',
    "the parents here don't give a toss about homework",
    'the supply teacher is about as much use as a chocolate teapot',
    "the kids in Year 9 have no manners and no dads, it shows",
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    "I couldn't find my own backside this morning, no sleep",
    'full of snakes and ladders tournaments this wet play',
    'I really dont give a toss about the league tables, the kids did brilliantly',
    'chocolate fireguard experiment in science today, it melted 😂',
    'wind your neck in is my new favourite Scouse phrase to teach the Year 7s',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('group hate phrased politely or as a question', () => {
  test.each([
    ['not being funny but the Romanian families are taking over the estate', 'hostility/derogation'],
    ["anyone else think it's a bit much how many Somali families are on the new estate?", 'hostility/derogation'],
    ['the Polish families still wont speak english at the gate, our country not theirs', 'hostility/derogation'],
    ['muslim kids should go to their own schools if they want prayer rooms', 'hostility/exclusion'],
    ['half of these trans kids are attention seekers', 'hostility/derogation'],
    ['SEND kids are holding everyone else back in my set', 'hostility/derogation'],
    ["plant ag ADY yn dal pawb arall yn ôl yn y dosbarth", 'hostility/derogation'],
    ["dylen nhw fod mewn ysgol arbennig, plant ag ADY, dim efo plant normal", 'hostility/exclusion'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'not being funny but the Polish deli on the high street does the best cake',
    'the Somali mums ran the best stall at the fair, so many of them volunteered',
    'the trans pupils group met at lunch to plan the pride assembly',
    'SEND kids deserve more support, not less',
    'mae plant ag ADY yn haeddu cefnogaeth well',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('threats on public figures', () => {
  test.each([
    'someone should give that councillor a good hiding for closing the youth club',
    'somebody needs to give the local councillor a slap',
    "Y cynghorydd 'na ddylai gael pelten am dorri'r bysiau",
  ])('%s', (draft) => expectFlag(draft, 'hostility/threat'));

  test.each([
    'the councillor came to give a talk on recycling',
    'we should give the councillor a ring about the crossing',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('must stay quiet: questions, verdicts on claims, the writer, things', () => {
  test.each([
    "Year 6 asked why do people hate refugees? we talked it through",
    "Blwyddyn 5 yn gofyn 'pam mae pobl yn casáu ffoaduriaid?' trafodaeth dda",
    "a man in the queue said Polish people 'steal jobs'. Rubbish. my Polish neighbours are nurses",
    "locked my keys in the car again. twpsyn llwyr 🤦‍♀️",
    'the cuts to school budgets are a disgrace, children deserve better buildings',
    "so sick of the nonsense on here about Romanian families, they're our neighbours",
  ])('%s', (draft) => expectQuiet(draft));

  // The contrasts keep their teeth: hate in the writer's own voice, an insult after a comma said of people.
  test.each([
    'I hate refugees, why do people defend them',
    'the parents are a disgrace, honestly',
  ])('%s', (draft) => expectFlag(draft));
});
