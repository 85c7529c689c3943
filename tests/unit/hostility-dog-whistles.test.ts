/**
 * Hostility sold as candour or as an innocent question (issue 11, sixth session, after blind set 6):
 * a remark about a group framed as a brave truth ("there, I said it", "what is it with…", "are we
 * allowed to say…"), a why-question about a group called innocent ("genuine question", "jest gofyn")
 * when it resents the group, a two-tier grievance ("[group] get X and we get told…"), tropes of
 * takeover and replacement, idiomatic insults said across a comma, and the homonyms that must stay
 * quiet (a dog show's "bitch", a plate of faggots). Each mechanism is checked on both sides.
 * Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Finding, Severity } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

function derogatory(draft: string): Finding[] {
  return analyse(draft, CADOXTON).filter((f) => f.category === 'derogatory');
}

function worst(draft: string): Severity | 'none' {
  const found = derogatory(draft);
  if (found.length === 0) return 'none';
  return found.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Severity);
}

/** Held: a warning or high finding with this rule id, and the draft's worst derogatory severity. */
function expectFlag(draft: string, severity: Severity, rule: string): void {
  const found = derogatory(draft);
  expect(found.map((f) => f.ruleId), JSON.stringify(found.map((f) => [f.ruleId, f.severity, f.match]))).toContain(rule);
  expect(worst(draft)).toBe(severity);
}

/** Not held: no warning or high derogatory finding (an info note is fine). */
function expectQuiet(draft: string): void {
  const loud = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}

describe('a remark about a group framed as a brave truth', () => {
  test.each([
    'Two dads at the nativity and honestly a child needs a mum and a dad. There, I said it.',
    'what is it with polish builders, every job left half done',
    'Autistic kids get far too much leeway in my opinion. Not popular but someone has to say it.',
    'are we even allowed to say that half these refugees are grown men?',
    'The Romanian families on the estate. Someone had to say it.',
    'Digon yw digon. Y mewnfudwyr ym mhobman.',
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test.each([
    // The same frames with no group of people.
    'Year 9 and glue sticks, what is it with them?',
    'Unpopular opinion: the new reading scheme is dull. There, I said it.',
    'Someone has to say it: the staffroom fridge needs a clean.',
    // A group, spoken well of.
    'What is it with our Polish families and baking? The cake stall was amazing again, thank you!',
    'Unpopular opinion, but our refugee families are the most welcoming people in this town. Proud of them.',
    // A statement about a group closed with "just saying": praise as often as not, so no dog whistle.
    'Half my best colleagues are dyslexic. Just saying.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a why-question about a group called innocent', () => {
  test.each([
    'why do travellers always leave the field in a state? genuine question',
    'Genuinely asking: why do asylum seekers get free phones when pensioners are freezing?',
    'Pam bod ffoaduriaid yn cael tai newydd? Jest gofyn.',
    'just asking why there are so many immigrants in reception this year',
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test.each([
    // Asked to learn, and said so.
    'Genuine question: why do Muslim pupils fast during Ramadan? I want to explain it to my class so I can support them.',
    // No grievance in the question.
    'Just asking: why is the Sikh new year called Vaisakhi? Year 4 want to know.',
    // No group.
    'Why do we always get the hall last for assemblies? Genuine question.',
    'Pam bod y bws yn hwyr eto? Jest gofyn.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('a two-tier grievance', () => {
  test.each([
    'muslim families get their own prayer room and we get told to cut the nativity',
    'Refugees get given brand new bikes while our own kids get nothing',
    'Mae mewnfudwyr yn cael popeth a ni ddim yn cael dim byd.',
    'the council rehousing refugees before local families, again',
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test.each([
    'Refugee families get a warm welcome from our PTA and we get cake for helping. Win win!',
    'The year 6s get the field first and we get told to wait. Typical Friday.',
    'Polish families get a newsletter in Polish and we have to translate it for the website.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('tropes of takeover and replacement', () => {
  test.each([
    'so many eastern europeans in the town now, it doesnt feel like ours anymore',
    'Muslim couple bought the old pub. Give it five years and the whole street will be the same.',
    'Pride week in a primary? Kids that young dont need to know about gay people. Keep it at home.',
    'The trans lobby is everywhere in schools now',
    'y Saeson yn sbwylio popeth yn y pentref',
    'Mae pobl hoyw yn cael gormod o sylw ar y teledu.',
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test.each([
    'Our Polish families made the town feel like home for the new Ukrainian arrivals.',
    'Give it a year and the new library will be packed.',
    'Keep it at home: phones are not allowed in school from Monday.',
    'Too much attention on results and not enough on wellbeing.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('idiomatic insults and contempt without a swear word', () => {
  test.each<[string, Severity, string]>([
    ['Gareth Hughes, bless him, but the lights are on and nobody’s home', 'warning', 'hostility/insult'],
    ['the parents in 5B are a special breed', 'high', 'hostility/insult'],
    ['some of the dinner staff are a danger to kids', 'high', 'hostility/insult'],
    ['Mae’r dirprwy newydd yn dda i ddim.', 'high', 'hostility/insult'],
    ['the head walks round like she owns the place', 'high', 'hostility/insult'],
    ['the new deputy loves the sound of his own voice', 'high', 'hostility/insult'],
    ['the parents on the PTA think they’re better than everyone else', 'high', 'hostility/insult'],
    ['Rhieni blwyddyn 6 eleni yw’r criw mwya twp erioed', 'high', 'hostility/insult'],
  ])('%s', (draft, severity, rule) => expectFlag(draft, severity, rule));

  test.each([
    // The writer as the subject of the idiom.
    'New school every week on supply and I have the memory of a goldfish 🐠',
    'twpsyn ydw i, wedi anghofio fy allweddi eto',
    // The idiom about a thing.
    'The lights are on and nobody’s home at the leisure centre, closed again.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('verdicts, eye-rolls and threats', () => {
  test('an adjective before a verdict standing alone is part of it: "Paranoid cow."', () => {
    expectFlag('The head reads every email we send to parents. Paranoid cow.', 'high', 'derogatory/insult');
  });
  test('an eye-roll closing the next short sentence marks the praise before it as irony', () => {
    expectFlag('The head sent another 2,000 word vision email. A true visionary. Cannot wait for the sequel 🙄', 'warning', 'hostility/sarcasm');
    expectQuiet('Our head has led the school for twenty years. A true visionary. We will miss her ❤️');
  });
  test('"someone wants to give [person] a slap" and Welsh "rhoi slap iddi" are threats', () => {
    expectFlag('someone wants to give that dad a slap, shouting at the TAs like that', 'high', 'hostility/threat');
    expectFlag('mam yn gweiddi arna i eto. tro nesa dwi’n rhoi slap iddi', 'warning', 'hostility/threat');
    expectQuiet('someone wants to give the hall a good clean before the concert');
  });
});

describe('innocent homonyms stay quiet beside their own words', () => {
  test.each([
    'Our bitch had her first litter last night, six puppies and all doing well 🐶',
    'So proud, the bitch we bred won best of breed at the county show',
    'ast fach, y bitch orau yn y sioe cŵn defaid heddiw',
    'Faggots, chips and mushy peas on a Friday. Perfect.',
    'faggots a phys a grefi i swper heno 😋',
  ])('%s', (draft) => expectQuiet(draft));

  test.each<[string, Severity, string]>([
    // The same words said to or of a person, or with no dog or plate in sight.
    ['she’s a bitch to the TAs, always has been', 'high', 'derogatory/profanity'],
    ['my neighbour is a bitch, reported my car again', 'warning', 'derogatory/profanity'],
    ['what a bitch of a day', 'warning', 'derogatory/profanity'],
    ['you faggots, get out of the dinner hall', 'high', 'derogatory/slur'],
    ['Heard a kid call another one a faggot at break. Dealt with.', 'high', 'derogatory/slur'],
  ])('%s', (draft, severity, rule) => expectFlag(draft, severity, rule));
});

describe('"the X of a Y" comparisons and what a family is said to be', () => {
  test.each<[string, Severity, string]>([
    ['Gareth Hughes has the attention span of a gnat and the manners of a pig', 'high', 'hostility/insult'],
    ['some of the parents in year 2 couldnt parent a goldfish', 'high', 'hostility/insult'],
    ['the new deputy has the backbone of a jellyfish', 'high', 'hostility/insult'],
    ['Oliver’s mum was in shouting again. honestly done with that family, they’re all the same', 'high', 'hostility/insult'],
    ['never any good at anything, that family. four kids through here and not one could read', 'high', 'hostility/insult'],
  ])('%s', (draft, severity, rule) => expectFlag(draft, severity, rule));

  test.each([
    'I have the attention span of a gnat this week, roll on half term',
    'Met that family at the fete. They’re all the same: kind, funny and generous.',
    'The Roma families we work with are all the same as any other family: they want the best for their kids.',
    'Our head has the patience of a saint.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('tropes of culture, cost and danger, with a group beside them', () => {
  test.each([
    'some of the traveller families simply dont value education, its the culture',
    'these migrant families treat the UK like a cash machine',
    'Special needs kids should be in special schools, not dragging mainstream down',
    'do we really need a pride assembly every year? shoving it down their throats',
    'Genuine question: why are the groomers always from a certain community? Nobody’s allowed to ask.',
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test.each([
    'Our traveller families value education as much as anyone and our attendance shows it.',
    'Our pride assembly was the best yet, thank you Year 6 🌈',
    'Special schools do an amazing job and so do our mainstream SEND bases.',
  ])('%s', (draft) => expectQuiet(draft));
});

describe('an insult of a whole place is no banter', () => {
  test('"this village is full of inbred yokels 😂" holds a post; "my brother is a muppet 😂" stays banter', () => {
    expect(worst('this town is full of inbred yokels, I can say it because I live here 😂')).toBe('warning');
    expect(worst('my brother is a muppet, left his coat in the village pub 😂')).toBe('info');
  });
});

describe('the same frames reported, rebutted or said warmly stay quiet', () => {
  test.each([
    "A parent asked me 'why do muslims get a prayer room?' I explained it's a quiet room for anyone. Just asking is fine.",
    'What is it with people blaming immigrants for everything? Our Polish families keep this town running.',
    'Two tier system in exams: pupils with ALN get extra time and that is fair, it levels the field.',
    'Genuine question for SENCos: why do some kids with ADHD always get sent out? Feels like we are failing them.',
    'Funny that, the trans kids in my form are the kindest in the year.',
    'Give it a year and the new Polish deli will be the best shop in town',
    'Pam bod plant Blwyddyn 6 yn cael mynd allan gyntaf? Jest gofyn 😂',
    'Why do governors always get the best biscuits? Genuine question 😂',
  ])('%s', (draft) => expectQuiet(draft));
});

test('a trope between two warm sentences is still a barb', () => {
  expectFlag('So proud of our EAL learners this year. Though some of these migrant families treat the UK like a cash machine. Still, the children deserve our best.', 'high', 'hostility/derogation');
});

describe('other wordings of the same frames', () => {
  test.each([
    "not saying anything but the new mosque has gone up fast hasn't it. funny how that works",
    "i'll probably get cancelled for this but kids with autism should not be in my class, they wreck it for everyone",
    'the refugees on the estate get new trainers and my kids get hand me downs. make it make sense',
    'genuinely asking why we bother teaching the gypsy kids when they leave at 14 anyway',
    "I don't want my kids taught by someone in a headscarf. There, I've said it.",
    "What's it with eastern europeans and drink driving",
  ])('%s', (draft) => expectFlag(draft, 'high', 'hostility/derogation'));

  test('an insult idiom said of foreign staff is high, as an insult of the staff', () => {
    expectFlag("another year, another load of foreign staff who can't string a sentence together", 'high', 'hostility/insult');
  });

  test.each([
    'Muslim families at the fete were lovely. There, I said it.',
    "What's it with Year 10 and losing their ties?",
    'My kids get hand me downs from their cousins and love them. Make it make sense, fashion industry!',
  ])('%s', (draft) => expectQuiet(draft));
});
