/**
 * Hostility in the frames people really use (issue 11, fourth session): irony about leaders,
 * owed or given blows, verdicts standing alone, insults stretched over a whole group ("the lot of
 * them"), disclaimers that announce hate ("I'm not racist but"), comparisons of people to objects,
 * and the group tropes that need no offensive word. Each frame is checked on both sides: what must
 * be flagged at which severity, and the neighbouring sentences that must stay quiet (counter-speech,
 * negated hate, hostility at objects, self-deprecation, civil criticism, sincere praise).
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

/** [draft, the most serious derogatory severity expected, a rule id among the findings] */
type Flag = [string, Severity, string];

function expectFlag([draft, severity, rule]: Flag): void {
  const found = derogatory(draft);
  expect(found.map((f) => f.ruleId), JSON.stringify(found.map((f) => [f.ruleId, f.severity, f.match]))).toContain(rule);
  expect(worst(draft)).toBe(severity);
}

/** Nothing the pre-post check would act on. */
function expectQuiet(draft: string): void {
  const loud = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}

describe('irony about the school community is a warning', () => {
  test.each<Flag>([
    ['Our head spent the whole INSET day on his phone. Visionary leadership as ever 🙄', 'warning', 'hostility/sarcasm'],
    ['The governors "popped in" for ten minutes of sports day and left. Inspirational.', 'warning', 'hostility/sarcasm'],
    ['My laminator does more marking than SLT do 🙃', 'warning', 'hostility/sarcasm'],
    ['Mrs Pritchard off "ill" again the day of the trip. Funny how that keeps happening 🙄', 'warning', 'hostility/sarcasm'],
    ['The deputy head rewrote the timetable again without asking anyone. Never once taught a Year 9 class. Genius.', 'warning', 'hostility/sarcasm'],
    ['Y pennaeth wedi anghofio am y cyngerdd eto. Arbenigwr ar drefnu 🙄', 'warning', 'hostility/sarcasm'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Another inspirational assembly from our head today, the kids were glued to her',
    'Wow, inspirational talk from the deputy head about resilience',
    'Our governors gave up their whole Saturday for the summer fair. Real dedication.',
    'Funny how the kids always behave better for a supply teacher 😂',
    'The new printer prints faster than the old one 🙃',
    'Well deserved award for our TAs tonight, so proud of them',
  ])('sincere praise or a joke about no one stays quiet: %s', (draft) => expectQuiet(draft));
});

describe('a blow owed or given is a threat', () => {
  test.each<Flag>([
    ['Honestly that dad in the car park this morning deserves a good hiding', 'high', 'hostility/threat'],
    ['Somebody needs to give that parent a slap, shouting at a TA like that', 'high', 'hostility/threat'],
    ["I'll give the next kid who flicks paint at me a clip round the ear", 'high', 'hostility/threat'],
    ['Dylai rhywun roi clatsien i\'r dyn drws nesa', 'warning', 'hostility/threat'],
    ["The bloke who keyed my car wants a good kicking", 'warning', 'hostility/threat'],
    ["I'm going to batter the next child who leaves the tap running", 'high', 'hostility/threat'],
    ['If that parent emails me again at midnight I will find out where they live', 'high', 'hostility/threat'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Gave the rug a good hiding with the carpet beater this morning',
    "I'll give the garden a good kicking into shape this weekend",
    'Nobody deserves a slap, whatever they said to you',
    "We'll give the parents a slap-up buffet at the summer fair",
    'I hate the sound of the bell ringing at 8:40',
    'I hate him missing out on PE because his kit is never in',
  ])('a blow to an object, a denial or a meal stays quiet: %s', (draft) => expectQuiet(draft));
});

describe('a verdict standing alone is said of whoever was named before it', () => {
  test.each<Flag>([
    ['The head cancelled the trip the day before and blamed us. Coward.', 'high', 'derogatory/insult'],
    // The verdict is read with the colleague named before it; the insult word is folded into that one remark.
    ['Mr Hughes told a crying Year 7 to toughen up. Pathetic.', 'high', 'contempt/target-predicate'],
    ["The new teachers can't cope with a single bit of feedback. Snowflakes, the lot of them.", 'high', 'hostility/insult'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Forgot my own lanyard, my laptop charger and my lunch today. Absolute numpty.',
    'I set the fire alarm off making toast in the staffroom. Muppet.',
    'The photocopier jammed four times before 8am. Useless.',
    'Planned a lesson for the wrong class. Hopeless, me.',
  ])('about the writer or an object, it stays quiet: %s', (draft) => expectQuiet(draft));
});

describe('an insult stretched over a whole group is discriminatory', () => {
  test.each<Flag>([
    ['Met some of the Romanian families at the fair. Lazy, every one of them.', 'high', 'hostility/derogation'],
    ['Saw the Travellers have moved onto the field again. Thieves, the lot of them.', 'high', 'hostility/derogation'],
    ['Mae\'r ffoaduriaid yn y dre yn ddiog, bob un ohonyn nhw', 'high', 'hostility/derogation'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Met the new Polish families at the fair. Lovely, every one of them.',
    'The Year 6 leavers were brilliant, the lot of them.',
    'Saying refugees are "lazy, every one of them" is just wrong and I told him so.',
    'Romanian families are not lazy, not one of them, whatever the papers say',
  ])('praise, counter-speech or a denial stays quiet: %s', (draft) => expectQuiet(draft));
});

describe('a disclaimer that announces hate, and tropes about groups', () => {
  test.each<Flag>([
    ["I'm not racist but these Afghan families get everything handed to them", 'high', 'hostility/derogation'],
    ["Not homophobic but gay couples adopting just isn't right", 'high', 'hostility/derogation'],
    ['These Eritrean lads come over here and give nothing back', 'high', 'hostility/derogation'],
    ["Why do the Muslim families think the rules don't apply to them?", 'high', 'hostility/derogation'],
    ['Men in dresses shouldn\'t be anywhere near children', 'high', 'hostility/insult'],
    ['Pam fod cymaint o ffoaduriaid yn y pentre nawr?', 'high', 'hostility/exclusion'],
    ["What do you call a Romanian with a job? A liar 😂", 'high', 'hostility/derogation'],
    ["I don't understand why we let so many refugees in", 'high', 'hostility/exclusion'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    "People who start with \"I'm not racist but\" usually are. Had that at the bus stop today.",
    'Lovely to welcome three Afghan families to our school community this term',
    'Our Syrian families brought the most amazing food to the international evening',
    'The Eritrean lads in Year 10 organised the charity football match, brilliant',
    'Why do Muslim families fast during Ramadan? Great question from Year 4 today',
    'Pam fod cymaint o law yng Nghymru? 🌧️',
    'A parent called the refugee families "liars" at the gate and I challenged it straight away.',
    "I'll never understand why people hate refugees so much",
    "Dwi ddim yn deall pam fod pobl yn casáu Mwslemiaid. Cariad sy'n ennill.",
  ])('counter-speech, welcome and honest questions stay quiet: %s', (draft) => expectQuiet(draft));
});

describe('people compared to objects, and contempt with no swear word', () => {
  test.each<Flag>([
    ['Our head of department has the people skills of a fridge magnet', 'high', 'hostility/insult'],
    ['The new deputy is about as useful as a paper umbrella', 'high', 'hostility/insult'],
    ['Some of the parents at the gate shouldn\'t be allowed to have children', 'high', 'hostility/hateful-feeling'],
    ['Amira Khan is the rudest child I have ever taught', 'high', 'hostility/insult'],
    ['Mae\'r athro cyflenwi mor ddefnyddiol â tebot siocled', 'high', 'hostility/insult'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'This umbrella is about as useful as a chocolate teapot in this wind',
    'Our new boiler has the personality of a fridge, silent and reliable',
    'The rudest awakening was the 6am fire alarm',
    'I think the new marking policy needs another look, it doubles our workload',
  ])('objects and civil criticism stay quiet: %s', (draft) => expectQuiet(draft));
});

describe('disguised slurs and Welsh insults', () => {
  test.each<Flag>([
    ['f a g s everywhere this month, sick of it', 'high', 'derogatory/slur'],
    ['the r3tardz in bottom set again', 'high', 'derogatory/slur'],
    ['Hen ast yw mam y bachgen newydd', 'high', 'derogatory/insult'],
    ["Cont llwyr yw'r dyn o'r cyngor", 'warning', 'derogatory/profanity'],
    ['Ffyc off, dwi wedi cael digon', 'warning', 'derogatory/profanity'],
  ])('%s', (draft, severity, rule) => expectFlag([draft, severity, rule]));

  test.each([
    'Nipping out for some fags and a coffee before the staff meeting',
    'Faggots, chips and mushy peas from the chippy, perfect Friday tea',
    'Our ast fach (the spaniel) had six puppies overnight 🐶',
    'Homework for next week: chapters 4 to 6 (cont.) of the reading log',
    'Someone in the car park said "those gypsies are all thieves". I told him that was racist.',
    '"Refugees should go back home," said a man at the bus stop. Told him my grandparents were refugees.',
  ])('%s stays quiet', (draft) => expectQuiet(draft));
});
