/**
 * Hostility as people really write it (issue 11, fifth session): hate told as a question or a
 * hedged opinion, group tropes with no offensive word (theft, "moving on", handouts, "not natural",
 * "naughty with a label"), disguised group words (masked, spelt out), a digit standing for any
 * vowel, sexist slurs quoted to report them, "ffs", irony that needs no marker ("said no one ever",
 * "Visionaries, truly"), verdicts stretched over everyone ("entitled, the lot of them"), contempt
 * with no swear word, veiled threats, and the same in Welsh. Each mechanism is checked on both
 * sides. Sentences are written for this file; none comes from a corpus.
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

type Flag = [string, Severity, string];

function expectFlag([draft, severity, rule]: Flag): void {
  const found = derogatory(draft);
  expect(found.map((f) => f.ruleId), JSON.stringify(found.map((f) => [f.ruleId, f.severity, f.match]))).toContain(rule);
  expect(worst(draft)).toBe(severity);
}

function expectQuiet(draft: string): void {
  const loud = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}

describe('hate asked as a question or hedged as an opinion', () => {
  test.each<Flag>([
    ['Why are we spending a fortune housing asylum seekers when the library is shutting? Just asking.', 'high', 'hostility/exclusion'],
    ['why should my taxes pay for leaflets in ten languages for people who cant be bothered to learn english', 'high', 'hostility/derogation'],
    ['Genuine question, why do we let so many of them come over here?', 'high', 'hostility/exclusion'],
    ['unpopular opinion but kids with ADHD are just naughty kids with a label', 'high', 'hostility/derogation'],
    ['no offence but the travellers parked up by the canal need moving on', 'high', 'hostility/derogation'],
    ['Not being funny but the Romanians on our road are nicking anything left outside', 'high', 'hostility/derogation'],
    ['Pride month in a primary school? It\'s not natural.', 'high', 'hostility/derogation'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'The council should pay for a second homes tax review. Just asking.',
    'Why are we spending so much on agency staff? Genuine question for the trust.',
    'Why should my taxes pay for a new car park nobody asked for?',
    'Happy Pride month to all our families 🌈',
    'The MFL dept are doing a lovely Pride flag display',
    "Autistic kids aren't just naughty kids with a label, and we should stop saying so.",
    "Anyone who says disabled children don't belong in mainstream needs to visit our resource base.",
    'Our translators for Ukrainian families have been amazing this term',
    'Refugees are entitled to apply for housing support.',
    'Lock your cars, there have been a few break-ins on the high street this week.',
    'No offence but my sourdough is better than yours 😂',
  ])('civil politics, support and negated hate stay quiet: %s', (draft) => expectQuiet(draft));
});

describe('group tropes with no offensive word, and jokes that carry them', () => {
  test.each<Flag>([
    ['Gypsies camped by the leisure centre again, lock your cars tonight folks', 'high', 'hostility/derogation'],
    ['Travellers back on the common. They\'ll need moving on before half the street gets robbed.', 'high', 'hostility/derogation'],
    ['refugees get everything handed to them while pensioners freeze', 'high', 'hostility/derogation'],
    ['How can you tell a Polish builder has been round? Your van\'s empty 😂', 'high', 'hostility/derogation'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'How do you know when sourdough is ready? 😂 asking for a friend',
    'How do you know the Polish word for hello? 😂',
    'How can you tell if Muslim pupils are fasting? Ask them kindly 😂',
    'My Polish neighbours brought round pierogi, legends 😂',
    'Travellers on the M4 this morning were stuck for hours, roadworks again',
    'Someone is nicking the good glue sticks from my cupboard again',
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});

describe('disguised group words and disguised swearing', () => {
  test.each<Flag>([
    ['g*psies nicking bikes off the field again', 'high', 'hostility/derogation'],
    ['m u s l i m s taking over the whole estate', 'high', 'hostility/derogation'],
    ['r e f u g e e s taking over the estate', 'high', 'hostility/derogation'],
    ['immigrints get everything handed to them', 'high', 'hostility/derogation'],
    ['new family on our street, total m0zzies the lot of them', 'high', 'derogatory/slur'],
    ["that c0nt from the council still hasn't fixed the lights", 'warning', 'derogatory/profanity'],
    ['ffs the photocopier jammed again', 'warning', 'derogatory/profanity'],
    ["The boys were calling a girl a 'sket' at break, reported to pastoral.", 'high', 'derogatory/slur'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Mozzie bites all over my legs after the camping trip',
    'Chapter 10 cont. tomorrow, read pages 4 to 6',
    'Year 6 r3cycling project: 40 bottles collected',
    'a b c d e f g, the little ones sang the alphabet song beautifully',
    'We talked about why calling girls names is not ok.',
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});

describe('irony, verdicts over everyone, and contempt with no swear word', () => {
  test.each<Flag>([
    ['Deputy head thinks the new rota is genius, said no one ever', 'warning', 'hostility/sarcasm'],
    ['SLT announced a staff quiz at 5pm on a Friday. Visionaries, truly.', 'warning', 'hostility/sarcasm'],
    ['The governors have announced a wellbeing survey during reports week. Really feeling the love 🙄', 'warning', 'hostility/sarcasm'],
    ['Parents at the school gate this morning, entitled the lot of them', 'high', 'hostility/insult'],
    ['That dinner lady needs a hobby', 'high', 'hostility/insult'],
    ['The new caretaker is a waste of air', 'high', 'hostility/insult'],
    ['The estate people round here are scrounging wasters', 'warning', 'derogatory/insult'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'said no one ever: "I love Monday mornings"',
    'visionaries on the board of the rugby club signed a new winger, truly',
    'Pupils are entitled to free school meals if their parents receive universal credit.',
    'I need a hobby that isn\'t marking 😂',
    'Feeling the love from my Year 3s today ❤️ best card ever',
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});

describe('veiled threats', () => {
  test.each<Flag>([
    ["If whoever keeps scratching my car doesn't stop, they'll regret it.", 'warning', 'hostility/threat'],
    ["Os na fydd y boi 'na'n stopio, mae rhywun yn mynd i roi pelten iddo fe.", 'warning', 'hostility/threat'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    "I'll regret it in the morning but one more slice of cake",
    'Mae rhywun yn mynd i roi anrheg iddo fe ar ddiwedd y tymor',
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});

describe('Welsh: hostility to a nationality, predicate-first verdicts, contempt', () => {
  test.each<Flag>([
    ['Saeson yn prynu popeth yn y pentre. Moch, bob un ohonyn nhw.', 'high', 'hostility/derogation'],
    ["Mae'r mewnfudwyr i gyd yn hunanol.", 'high', 'hostility/derogation'],
    ["Dylen nhw fynd nôl i ble daethon nhw, y mewnfudwyr 'na.", 'high', 'hostility/exclusion'],
    ['Y dirprwy newydd? Dyn bach trist.', 'high', 'hostility/insult'],
    ["Y pennaeth newydd yn meddwl ei bod hi'n gwybod popeth. Dydy hi ddim yn gallu rhedeg bath.", 'high', 'hostility/insult'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'The Saeson in our choir sing beautifully.',
    'Moch bach newydd ar y fferm heddiw, y plant wrth eu bodd 🐷',
    "Dwi'n gallu rhedeg bath a gwneud swper ar yr un pryd, talent 😂",
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});
