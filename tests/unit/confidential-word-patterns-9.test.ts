import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';
import { tokenize } from '../../src/engine/text/tokenize';
import { WordPatternMatcher } from '../../src/engine/text/word-patterns';

/**
 * Ninth session: word patterns in rules/lexicons/confidential-cues.json, one line for a family of
 * phrasings where a phrase list needed one line per wording (and so collected earlier drafts'
 * sentences). Each family below is written in several ways of our own, with contrasts that must stay
 * quiet: the subject in general, the writer's own life, a figure of speech.
 */
const school = compile({
  schoolName: 'Ysgol Bryn Hebog',
  schoolAliases: ['Bryn Hebog'],
  pupilNames: ['Cai Morgan', 'Leah Barnes', 'Nia Prys', 'Dylan Rees', 'Maja Nowak'],
  staffNames: ['Rhian Ellis', 'Gareth Price'],
  policy: 'generic-uk',
});

const { warns, quiet } = confidentialExpect(school);

describe('the word-pattern syntax', () => {
  const match = (pattern: string, text: string, classes = {}) => {
    const m = new WordPatternMatcher<true>(classes);
    m.add(pattern, true);
    const doc = tokenize(text);
    return m.matchAll(doc.tokens).map((x) => doc.draft.slice(doc.tokens[x.first]!.start, doc.tokens[x.last]!.end));
  };
  test('alternatives, optional words and classes', () => {
    expect(match('@part (has|have) (filed|put in) a complaint', 'My calves have put in a complaint.', { part: ['calves', 'lower back'] })).toEqual(['calves have put in a complaint']);
    expect(match('@part (has|have) (filed|put in) a complaint', 'My lower back has filed a complaint', { part: ['calves', 'lower back'] })).toEqual(['lower back has filed a complaint']);
    expect(match('told (me|) not to', "she told me not to, and he told not to")).toEqual(['told me not to', 'told not to']);
  });
  test('apostrophes fold as in phrases, stems and gaps', () => {
    expect(match("don't say i told*", "Don't say I told you")).toEqual(["Don't say I told"]);
    expect(match('asked ~3 not to tell', 'she asked all of us not to tell')).toEqual(['asked all of us not to tell']);
    expect(match('asked ~2 not to tell', 'she asked all of us not to tell')).toEqual([]);
  });
  test('"$" is the end of a sentence, and a pattern never crosses one', () => {
    expect(match('made the call $', 'I made the call. Then tea.')).toEqual(['made the call']);
    expect(match('made the call $', 'I made the call to cancel it.')).toEqual([]);
    expect(match('call then', 'I made the call. Then tea.')).toEqual([]);
  });
  test('a malformed pattern fails loudly', () => {
    expect(() => match('(a|b', 'a')).toThrow();
    expect(() => match('@nothing here', 'a')).toThrow();
    // A gap is one digit: "~10" is a mistake in the lexicon, never the word "10".
    expect(() => match('asked ~10 not to tell', 'asked 10 not to tell')).toThrow(/gap/);
  });
});

describe('secrecy in Welsh as the south-west and the north say it', () => {
  test.each([
    "Mae'r heddlu wedi bod draw i'r ysgol heddiw. Ffaelu gweud mwy",
    "Rhywbeth mawr yn digwydd gyda'r staff yn yr ysgol. Sai'n gallu gweud dim byd",
    "Canlyniadau'r arolwg i mewn bore 'ma. Cadwch o i chi'ch hunain am y tro",
    "Newyddion am yr ysgol fory, dwi ddim i fod i ddeud eto",
    'Keep it schtum but the head is leaving school at Easter',
    "Don't breathe a word, the Estyn report is good",
    'Something going on with one of my families in Year 2, rather not go into it',
  ])('%s', (draft) => warns(draft, 'confidential/secrecy-cue'));

  test.each([
    'Dwi ffaelu credu mor braf yw hi heddiw!',
    'Cadwch yn gynnes dros y penwythnos bawb',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('promised not to tell, told not to discuss: a secrecy cue', () => {
  test.each([
    'Cai M told me something at break and made me swear not to tell. Passed it on anyway.',
    'Staff have been told not to talk about what happened in Year 9 today',
    "Big changes coming at school, don't tell anyone I said",
    'Something is going on with the head. Rather not say too much yet.',
  ])('%s', (draft) => warns(draft, 'confidential/secrecy-cue'));

  test.each(["Won't go into it but my car died on the M4 again", "I haven't seen the new Bond film yet, no spoilers", 'My daughter made me promise not to tell her dad about the cake', "the kids made me promise not to tell anyone the ending of the film"])(
    'stays quiet: %s',
    (draft) => quiet(draft),
  );
});

describe("a child's home in plain words: beside the child", () => {
  test.each([
    'Leah B and her mum are living in a static caravan behind the garage since the flood',
    "Nia P a'i theulu'n byw mewn carafan ers mis Medi",
    'Dylan R has not had anything to eat since Saturday according to his sister',
    "Maja N ddim wedi bwyta ers ddoe, wedi rhoi tost iddi",
    "Cai M's family had the debt collectors round last week",
    "Leah B's nan is bringing her up now, mum's in a psych ward",
    'Nia P was picked up by a woman the office had never seen before',
    "Dylan R's dad isn't allowed to go home with him, it's on the system",
    "Mae tad Cai M yn y jâl ers y Pasg",
    "Nia P wedi cael ei gadael adre ar ei phen ei hun dros y penwythnos",
    'Dylan R ddim yn cael ei gasglu gan ei dad o hyn ymlaen',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances'));

  test.each([
    'We are staying in a caravan in Tenby for half term, bliss',
    "I haven't eaten since breakfast and it's 4pm, teacher life",
    'Our bank took the fee twice this month, furious',
    'keep it tight at the back, lads, big match at school Saturday',
    'Jail and Bail fundraiser at school on Friday, lock up your head teacher!',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('logging it, in Welsh and English', () => {
  test.each([
    "Dylan R wedi dweud rhywbeth poenus wrtha i. Wedi'i gofnodi a'i basio mlaen.",
    'Maja N told me what happens at home. Wrote down her words verbatim for the DSL.',
    "Leah B said her brother scares her. I made the call.",
  ])('%s', (draft) => warns(draft, 'confidential/logged-disclosure'));

  test.each(['We made the call to cancel sports day because of the rain', 'Wrote it all down in my planner so I do not forget the trip money'])(
    'stays quiet: %s',
    (draft) => quiet(draft),
  );
});

describe('a need, a plan or a sanction beside one pupil', () => {
  test.each([
    ['Cai M finally got his EHCP through, three years of waiting', 'confidential/diagnosis'],
    ['Nia P wet herself in assembly, poor thing', 'confidential/diagnosis'],
    ['Dylan R has self harmed again over the weekend', 'confidential/diagnosis'],
    ['Maja N got sent to isolation for the rest of the week', 'confidential/sanction'],
    ['Leah B punched a year 3 again at lunch', 'confidential/sanction'],
    ['Maja N wedi cael ei dal yn fepio yn y tŷ bach', 'confidential/sanction'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test.each(['Nearly wet myself laughing at the staff panto', 'Got my bank statement through and wish I had not'])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a colleague, police at the gate, an outcome before the letter', () => {
  test.each([
    ['Rhian Ellis is now on a formal support plan, capability next', 'confidential/staff-absence'],
    ["Mae Gareth Price yn cael ei ddisgyblu, neb yn gwybod pam", 'confidential/staff-wellbeing'],
    ["Rhian Ellis bant o'r ysgol ers pythefnos, dim syniad pryd ddaw hi nôl", 'confidential/staff-wellbeing'],
    ["Gareth Price bant gyda'i nerfe eto, druan", 'confidential/staff-wellbeing'],
    ["Cai M's family case has gone to conference, fingers crossed", 'confidential/logged-disclosure'],
    ['Police cars parked outside the school gates at home time, awful', 'confidential/police-at-school'],
    ['Our Estyn verdict is good but nothing official for staff until the report is published', 'confidential/outcome-hinted'],
    ["Estyn report's in and it's good. Parents haven't been told yet", 'confidential/outcome-hinted'],
  ])('%s', (draft, rule) => warns(draft, rule));

  test.each(['Police at the gate this morning to talk to families about parking', 'My own support plan at the gym is going well', 'Off to conference in Leeds with the head, see you there', "Bant i'r traeth am bythefnos, hwyl fawr!"])('stays quiet: %s', (draft) =>
    quiet(draft),
  );
});

describe('body parts that "complain" are a figure of speech', () => {
  test.each([
    'Staff netball match done. My hamstrings have officially lodged a complaint.',
    'Sports day at Bryn Hebog! My shoulders have submitted a formal complaint.',
    'Fun run with the whole school. My lower back... no, my knees have raised an objection',
  ])('stays quiet: %s', (draft) => quiet(draft));

  test('a parent\'s complaint still warns', () => warns("A parent has filed a complaint about Mr Price's marking", 'confidential/complaint'));
});

describe('pay and SEND funding for everyone are policy talk, not a case', () => {
  test.each([
    'Another pay freeze for teaching assistants while the exec head gets a bonus',
    'Pay cut for all staff at the academy trust, lovely Christmas present',
    'SEND funding in this county is a scandal, no new money again',
    'The ALN reforms have doubled the paperwork and nobody asked us',
  ])('stays quiet: %s', (draft) => quiet(draft));

  test.each([
    ['Rhian Ellis has had her pay frozen after the investigation', 'confidential/staff-wellbeing'],
    ['Cai M is autistic and mum is fighting for his funding', 'confidential/send'],
  ])('still warns: %s', (draft, rule) => warns(draft, rule));
});
