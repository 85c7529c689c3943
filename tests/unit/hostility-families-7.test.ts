/**
 * Hostility families found missing on the seventh blind set (issue 11, seventh session), each as a
 * mechanism rather than a sentence: contempt with no swear word ("couldn't run a raffle", "an
 * absolute weapon", "no manners", "are the worst", "entitled doesn't even cover it"), irony frames
 * that carry their own sneer ("must be lovely being that clever", "some of us have jobs"), veiled
 * and direct threats ("put him on his arse", "I'll let his tyres down", "he's going in the skip",
 * Welsh "dwi'n mynd i'w daro fo"), a disclaimer before hate that names no group, stereotypes of
 * migrants and their Welsh forms, disguised words inside a phrase ("sheep sh@gger", Welsh "ff*got"),
 * "effing" as the f-word in disguise, and Welsh insults (lembo, cachgi, cnawes, di-glem, "piso mewn
 * bragdy"). Each is checked on both sides: self-deprecation (including Welsh "dwi'n gymaint o…"),
 * objects and workload, civil criticism, counter-speech, negated hate and innocent homonyms stay
 * quiet. Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyser';
import type { Finding, Severity } from '../../src/engine/types';
import { CADOXTON } from './fixtures';

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

function derogatory(draft: string): Finding[] {
  return analyse(draft, CADOXTON).filter((f) => f.category === 'derogatory');
}

function expectFlag(draft: string, rule?: string, severity?: Severity): void {
  const found = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  const seen = JSON.stringify(found.map((f) => [f.ruleId, f.severity, f.match]));
  expect(found.length, seen).toBeGreaterThan(0);
  if (rule) expect(found.map((f) => f.ruleId), seen).toContain(rule);
  if (severity) expect(found.some((f) => f.severity === severity), seen).toBe(true);
}

function expectQuiet(draft: string): void {
  const loud = derogatory(draft).filter((f) => RANK[f.severity] >= RANK.warning);
  expect(loud.map((f) => [f.ruleId, f.severity, f.match])).toEqual([]);
}

describe('contempt with no swear word, aimed at the school community', () => {
  test.each([
    ['the governors couldn\'t run a raffle', 'hostility/insult'],
    ['the head couldnt run a tuck shop, never mind a trust', 'hostility/insult'],
    ['our new head of year could not run a raffle', 'hostility/insult'],
    ["the academy's head couldnt run a tuck shop", 'hostility/insult'],
    ['the new TA is an absolute weapon', 'derogatory/insult'],
    ['the parents are the worst, never read a single newsletter', 'hostility/insult'],
    ['parents at this school are the worst kind of snob', 'hostility/insult'],
    ['Year 9 have no manners, not one of them', 'hostility/insult'],
  ])('%s', (draft, rule) => expectFlag(draft, rule, 'high'));

  // A verdict in a sentence of its own is said of whoever the sentence before named: a warning at least.
  test.each([
    "the parents here think paying fees means they own you. entitled doesn't even cover it",
    "the mums at the gate think they run the place. rude doesn't even cover it",
    "both of that boy's parents missed every parents evening this year. some people shouldn't have kids",
  ])('%s', (draft) => expectFlag(draft, 'hostility/insult'));

  test.each([
    "I couldn't run a raffle to save my life, thank goodness for the PTA",
    "we couldn't run a tuck shop this year because of the building work",
    'Mondays are the worst',
    'these new data drops are the worst',
    'our new CPD folder is a dumping ground for every initiative going',
    'the car park has become a dumping ground for broken chairs',
    'I have no manners before my first coffee',
    'we spent PSHE talking about table manners and saying thank you',
    "some people shouldn't have to choose between heating and eating",
    "I'm such a weapon, left my lanyard on the bus",
    'the printer is an absolute nightmare',
    'the head lice letter went out today',
    "the school's head lice letter went out today",
    'the top floor classrooms are freezing again',
    'them upstairs have decided we need a new marking policy',
  ])('quiet: %s', expectQuiet);
});

describe('irony that carries its own sneer', () => {
  test.each([
    'that parent told me teaching is easy. yes love, of course it is. must be lovely being that clever',
    'is it me or is that mum always late 🙄 some of us have jobs',
    'SLT have launched a wellbeing wall. truly groundbreaking 🙃',
    'another genius idea from SLT 🙄 truly groundbreaking stuff',
    'a laminated poster for every wall. real visionaries up on the top floor 🙃',
    'mindfulness colouring for stressed staff, real visionaries them upstairs 🙄',
  ])('%s', (draft) => expectFlag(draft, 'hostility/sarcasm'));

  test.each([
    'must be lovely being that organised, teach me your ways Mrs Hughes 😍',
    'honestly the new timetable is groundbreaking, loving it',
    'wir, roedd y pwdin yn syniad athrylithgar',
  ])('quiet: %s', expectQuiet);
});

describe('threats, direct and veiled, against one person', () => {
  test.each([
    'if that parent squares up to the office staff again someone needs to put him on his arse',
    "if that dad kicks off at the gate again I'll be the one the police get called for",
    "if that parent swears at my TA again I'll let his tyres down",
    'someone should give that parent who screams at the dinner ladies a good slap',
    "if that kid kicks my door once more he's going in the skip",
    "os ydi'r tad yna'n gweiddi arna i eto dwi'n mynd i'w daro fo",
  ])('%s', (draft) => expectFlag(draft, 'hostility/threat'));

  test.each([
    'the old sofa is going in the skip',
    'the broken chairs are going in the skip',
    'the police get called for all sorts in town these days',
    'the plumber let my tyres down? no, the cold did',
  ])('quiet: %s', expectQuiet);
});

describe('hate toward a group with no slur: stereotypes, disclaimers, exclusion, Welsh', () => {
  test.each([
    ['refugees only come here for the benefits', 'high'],
    ['im not racist but they come here for the benefits', 'warning'],
    ["i'm not racist but they dont belong here", 'warning'],
    ["dwi'm yn hiliol ond 'dyn nhw ddim yn perthyn yma", 'warning'],
    ['the town is turning into a third world country. too many somalis everywhere', 'high'],
    ['leicester is turning into a third world country. too many s0malis round here', 'high'],
    ['polish parents have no manners', 'high'],
    ["the Roma families in town, they're all the same, i gyd yn dwyn", 'high'],
    ["Saeson 'di prynu pob tŷ. ffwr â nhw'n ôl i Loegr", 'high'],
    ["English incomers, 'run fath bob un", 'high'],
  ] as const)('%s', (draft, severity) => expectFlag(draft, undefined, severity));

  test.each([
    "it's a myth that migrants come here for the benefits",
    'the myth that refugees come here for the benefits needs to die',
    'calling refugees \'only here for the benefits\' is a lie and I won\'t have it in my class',
    "I don't think refugees come here for the benefits at all",
    "our Somali families brought food for the whole street, there's a Somali café on every corner now and we love it",
    "I'm not racist but I do think the council should fund more EAL support",
    'this policy is just a phase, it\'ll be gone by Easter',
    "dwi ddim yn credu bod teuluoedd o Loegr yn lladron",
    "Saeson a Chymry yn chwarae gyda'i gilydd, gwych",
    'Ramadan Mubarak to all our families celebrating',
  ])('quiet: %s', expectQuiet);
});

describe('disguised words inside a phrase, and the f-word as "effing"', () => {
  test.each([
    ["the kids called him a 'sheep sh@gger' at the match", 'derogatory/slur'],
    ["he called another boy a 'ff*got' in the yard", 'derogatory/slur'],
    ['it was an effing brilliant concert', 'derogatory/profanity'],
    ['he came in effing and jeffing at reception', 'derogatory/profanity'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  // A slur's or swear word's innocent namesake: a cat breed, a village sign.
  test.each(['our maine coon knocked the Christmas tree over again 🐈', 'drove past the Bell End sign on the way to the trip, the kids loved it'])('quiet: %s', expectQuiet);
  test.each(["he's a proper bell end", 'what a bellend that driver was'])('%s', (draft) => expectFlag(draft, 'derogatory/profanity'));

  test.each(['we had a sheep shearing demo on the farm visit', 'the choir absolutely smashed it, bloody brilliant', 'went to Crufts, the bitch won best of breed'])('quiet: %s', expectQuiet);
});

describe('Welsh insults and profanity, and Welsh self-deprecation', () => {
  test.each([
    "Mae'r pennaeth yn hollol ddi-glem.",
    'cynghorwyr y sir yn griw o gachwrs',
    'lembos y cyngor eto',
    "y boi 'na'n hen fastad",
    'pennaeth newydd yn trefnu piso mewn bragdy? dim gobaith',
    "Ma'r hogia 'ma'n anifeiliaid.",
    "ydi'r plentyn mwya hunanol dwi 'di'i ddysgu erioed. hen gnawes fach",
    'y rhieni yn griw o hen wragedd busneslyd',
  ])('%s', (draft) => expectFlag(draft));

  test.each([
    "dwi'n gymaint o lembo, gadael y goriad yn y drws",
    "Dwi'n gymaint o dwpsyn heddiw",
    "dwi'n gymaint o ben dafad, anghofio'r trip",
    "Mae'r tywydd yn hollol annifyr heddiw",
  ])('quiet: %s', expectQuiet);
});

describe('frustration with things that come from people is not an insult of the people', () => {
  test.each([
    'honestly the new ALN paperwork from the council is a nightmare',
    'the paperwork from SLT is a joke this term',
    'the guidance from the LA is a shambles',
  ])('quiet: %s', expectQuiet);

  test.each(['the council is a bunch of useless clowns', 'the parents from Year 6 are a nightmare'])('%s', (draft) => expectFlag(draft));
});

describe('counter-speech: hating those who say it, and reporting it in Welsh', () => {
  test.each([
    "I'm sick of people online calling our pupils thugs and scum. They're children.",
    'I hate people who say refugees are vermin',
    "Clywais i ddyn yn y caffi yn galw'r teuluoedd Roma yn lladron. Dywedais i wrtho ei fod e'n anghywir.",
  ])('quiet: %s', expectQuiet);

  test.each(['I hate refugees', "can't stand immigrants saying they deserve more", "I'm sick of that parent", 'Mae teuluoedd Roma yn lladron'])('%s', (draft) => expectFlag(draft));
});
