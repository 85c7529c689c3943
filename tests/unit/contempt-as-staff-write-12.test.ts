/**
 * Twelfth session (issue 11): contempt with no swear word, first from the misses of train-9, train-10 and
 * train-11, then from train-12's once it had been scored unread (blind sets 11–17 not read). Each mechanism is
 * a family of word patterns in rules/lexicons/contempt-patterns.json: misfortune wished on a person, "how did
 * that man become…", one leader blamed for the staff's misery, faint praise that turns, incompetence and sloth
 * told by comparison, things dressed as people, people typed by where they live, epithets said of the lot,
 * beasts and plagues, violence told or dressed as an accident, Welsh idioms of contempt, sarcasm at a leader's
 * absence. Each has drafts beside it that must stay quiet: the civil near-miss, the writer's own, objects and
 * workload, counter-speech, praise, the writer's family. Sentences are written for this file; none comes from a corpus.
 */
import { describe, expect, test } from 'vitest';
import contemptLexicon from '../../rules/lexicons/contempt-patterns.json';
import { ContemptPatternsSchema } from '../../src/engine/schemas/contempt-patterns';
import { analyse } from '../../src/analyser';
import { expectFlag, expectQuiet } from './support/derogatory-expect';
import { CADOXTON } from './fixtures';

describe('misfortune wished on a person, and violence told or dressed as an accident', () => {
  test.each([
    'hope he falls down the stairs on his way out of the meeting',
    'honestly hope the chair of governors gets run over by a tractor',
    "i'm going round there with a cricket bat if she rings once more",
    "next time he says 'synergy' I'll shove his lanyard where the sun doesn't shine",
    'give me five minutes alone in a room with whoever wrote this timetable',
    'somebody take that receptionist round the back and sort her out',
    "might accidentally back into the bursar's audi tomorrow",
    "if she gets locked in the car park overnight i doubt anyone would shed a tear",
    "os neith o weiddi eto dwi'n mynd i roi dwrn iddo fo",
    "mae isie cic yn ei ben ôl ar y boi 'na",
    'dwi am slasho teiars y dyn ma',
  ])('%s', (draft) => expectFlag(draft, 'contempt/threat'));

  test.each([
    "hope she doesn't fall down the stairs with that cast on",
    'hope nobody falls on the ice tomorrow, the gritters are out',
    'I fell down the stairs this morning, what a start to the week',
    'hope my son falls asleep before ten tonight',
    'the new marking policy should be shot',
    "I accidentally reversed into the bollard yesterday, sorry to whoever owns it",
    "doubt anyone would shed a tear if the old photocopier finally died",
    "I'm coming round with the rounders bat for the match after school",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('fitness doubted, grandeur mocked, one leader blamed', () => {
  test.each([
    ['how did that woman become a deputy head', 'contempt/mockery'],
    ['how on earth is that man still a head of department', 'contempt/mockery'],
    ["she genuinely believes she's estyn royalty", 'contempt/mockery'],
    ["it's the deputy's fault we're all burnt out", 'contempt/put-down'],
    ['thanks to the new exec head half the staff are looking for jobs', 'contempt/put-down'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'how did you become a teacher? ask us at the careers fair',
    'how did this woman become a head at 30? find out in our careers assembly',
    "it's my fault we're all tired, I planned the trip",
    "it's the weather's fault we're all miserable this week",
    "thanks to the head we're all in pyjamas for charity today",
    'the kids think they are Ofsted royalty after our mock inspection day',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('faint praise that turns, and incompetence, sloth and slowness told by comparison', () => {
  test.each([
    ['the new head of english is really good at forwarding emails, and nothing else', 'contempt/mockery'],
    ['fair play to the deputy, great at disappearing whenever a parent turns up', 'contempt/mockery'],
    ['the only useful thing about that governor is his parking space', 'contempt/mockery'],
    ['new trainee is hopelessly clueless but lovely', 'contempt/mockery'],
    ['the head of year has a gift for vanishing whenever a fight starts', 'contempt/mockery'],
    ['nice to see the headteacher in the dinner hall for once', 'contempt/mockery'],
    ['our business manager needs a year 7 to attach a file to an email', 'contempt/put-down'],
    ["the trust lead couldn't find his own car without a consultant", 'contempt/put-down'],
    ["that supply teacher has no business being anywhere near children", 'contempt/put-down'],
    ['the site manager moves at the speed of a tortoise on a bad day', 'contempt/put-down'],
    ['that governor could make a ten minute job last all term', 'contempt/put-down'],
    ['the deputy has the leadership skills of a goldfish', 'contempt/put-down'],
    ['the head is a tyrant in a cardigan', 'contempt/name-call'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'Year 6 are great at leaving the classroom tidy',
    'the kids are brilliant at hide and seek, disappearing when you count to ten',
    'the only good thing about the rain is that the garden loves it',
    'lovely to see the sun for once',
    'lovely to see the head for once after her surgery, welcome back',
    'I need a map to find the new science block',
    "I couldn't find my own car keys without my daughter",
    'phones have no business being in a classroom',
    'the old minibus needs putting out to pasture',
    'our class snail moves at the speed of a snail, funnily enough, for the science topic',
    'the kids made a potato wearing a suit for World Book Day',
    "the plumber finally fixed the boiler, give that man a medal",
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('people typed by where they live, epithets of the lot, beasts and plagues', () => {
  test.each([
    ['the families off that estate are all the same, scroungers', 'contempt/put-down'],
    ['kids from the flats behind the park are basically feral', 'contempt/put-down'],
    ['chancers the lot of them at the trust', 'contempt/name-call'],
    ['that cover supervisor was a liability anyway, good riddance', 'contempt/name-call'],
    ['the office is a gaggle of geese squawking at each other all day', 'contempt/put-down'],
    ['cynghorwyr y sir: criw o ddefaid heb fugail', 'contempt/put-down'],
    ['tourists every august, absolute parasites', 'contempt/put-down'],
  ])('%s', (draft, rule) => expectFlag(draft, rule));

  test.each([
    'the kids from the flats are all the same age this year',
    'the families from the estate are all brilliant, so welcoming',
    'musical talent runs in the family, her nan sang at the eisteddfod',
    'we saw the dinosaurs at the museum, fossils the lot of them',
    'Year 3 learnt about the plague of locusts in RE today',
    'farm trip today, a flock of sheep bleating at the coach the whole time',
  ])('quiet: %s', (draft) => expectQuiet(draft));
});

describe('Welsh idioms of contempt', () => {
  test.each([
    'y fenyw o swyddfa\'r cyngor, cer i grafu',
    'y boi newydd o\'r consortiwm: dim clem, dim personoliaeth',
    'mae\'r rheolwr newydd yn methu berwi dŵr',
    'llywodraethwyr yn ffaelu cyfri i ddeg',
    'y pennaeth: lot o ego, dim byd arall',
    'that new consultant is all mouth and no trousers',
  ])('%s', (draft) => expectFlag(draft, 'contempt/put-down'));

  test.each([
    "dwi'n methu berwi ŵy, cinio mewn caffi eto",
    "cer i ganu yn y côr, cariad, ti'n wych",
  ])('quiet: %s', (draft) => expectQuiet(draft));

  test('"twp fel slej" was already an insult word; it stays held', () => expectFlag('dirprwy twp fel slej'));
});

describe('after review 12: benign posts the twelfth-session families had warned on', () => {
  // Each stands for a mechanism, not itself: a bare compliment with no sarcasm cue, a Welsh literal use (an
  // object after "cer i grafu", the weather, camping, a play), praise after the match, a machine or a pet as the
  // subject, the writer named after the match, the Welsh welcome back, play at a match, a bake sale, a costume.
  test.each([
    'our head is a real class act, thanked every single TA by name',
    "what a class act from the Year 11 captain, shook every opponent's hand",
    'the dinner ladies are a class act, thank you all',
    'the vicar is a true man of the people, walked the whole sponsored hike with us',
    "cer i grafu'r car bore 'ma, mae'n rhewi",
    "dim synnwyr dim sens yn y tywydd 'ma",
    'yn byw fel moch yn y babell yn yr eisteddfod, ond am hwyl',
    "lot o ego, dim lot arall yn y ddrama 'ma, ond roedd y plant yn wych",
    'how did that man become head of year AND run a marathon in the same term, legend',
    'how did that woman become head AND raise four kids, inspiration',
    'how did that woman become a head at 32? an inspiring talk at our careers day',
    "it's the head's fault we're all in tears, her leaving speech was beautiful",
    'hope the head trips over her new award on the way to the stage, so deserved ❤️',
    'the photocopier is allergic to effort this week',
    'the wifi is allergic to work today',
    "the class snail is so slow he's technically going backwards",
    'the new boiler is a spreadsheet wearing a lanyard',
    "the parenting skills of a seagull with a chip, that's me at 6am",
    "all mouth and no trousers, that's me on the first day of the diet",
    "a chocolate teapot with a phd — that's what my dissertation felt like",
    "that's a real talent, for disappearing whenever the washing up comes out, said my mum about me",
    'our science technician could make a 5 minute job last till retirement, said he about himself at his leaving do',
    'hyfryd gweld y pennaeth yn yr iard am unwaith ar ôl ei llawdriniaeth, croeso nôl',
    "lovely to see the head on duty for once, she's usually teaching Year 6 maths at break",
    "lovely to see the governors in school for once, usually it's all on Teams",
    'the Year 6 leavers are amateurs the lot of them at the staff v pupils match, we thrashed them',
    'Year 9 are absolute locusts at the bake sale',
    "he acts like he's the head on non-uniform day, bless our Year 6 monitors",
    "our head came as the Queen for World Book Day costume, she believes she's royalty now ha",
    "she couldn't find her own office without a map after the refurb, none of us could",
    'mae isie cic yn ei ben ôl ar y bêl',
  ])('quiet: %s', (draft) => expectQuiet(draft));

  // The learned staff-voice layer (not these families) still weighs "trefnu" here; the contempt is the writer's own.
  test.each([
    "mae'r pennaeth yn ffaelu trefnu te parti mewn caffi, meddai hi ei hun gan chwerthin",
  ])('no contempt: %s', (draft) => {
    expect(analyse(draft, CADOXTON).filter((f) => f.ruleId.startsWith('contempt/') && f.severity !== 'info')).toEqual([]);
  });

  test('quiet: the Welsh twin with no staff-voice word', () => expectQuiet("mae'r pennaeth yn methu berwi ŵy, meddai hi ei hun gan chwerthin"));

  test.each([
    ['our head is a real class act, cancelled the staff party again 🙄', 'contempt/mockery'],
    ["the deputy is allergic to effort, the photocopier isn't", 'contempt/put-down'],
    ['how did that woman become a head? no idea, honestly', 'contempt/mockery'],
  ])('still held: %s', (draft, rule) => expectFlag(draft, rule));
});

describe('the families are data', () => {
  const twelfth = contemptLexicon.families.filter((f) => f.note.startsWith('Twelfth session'));
  test('each twelfth-session family says what it catches and what it leaves alone, and the lexicon parses', () => {
    expect(twelfth.length).toBeGreaterThanOrEqual(14);
    for (const family of twelfth) expect(family.note.length, family.id).toBeGreaterThan(80);
    expect(ContemptPatternsSchema.safeParse(contemptLexicon).success).toBe(true);
  });
});
