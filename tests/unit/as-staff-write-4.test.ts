import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import type { Category, Severity } from '../../src/engine/types';

/**
 * Issue 13, fourth session: the mechanisms the third blind set exposed (not its sentences), each
 * with drafts written here for two made-up schools, both what must warn and what must stay quiet.
 */
const holme = compile({
  schoolName: 'Holme Lea Academy',
  schoolAliases: ['HLA', 'Holme Lea'],
  pupilNames: ['Dominik Wójcik', 'Aleksander Nowak', 'Riley McKenna', 'Precious Obi', 'Kacey Stone', 'Yusuf Farah', 'Bartosz Lis', 'Ellis Reid', 'Sky Turner', 'Annie Cole', 'Tom Jones'],
  staffNames: ['Joanne Tate'],
  policy: 'generic-uk',
});
const morfa = compile({
  schoolName: 'Ysgol Glan Morfa',
  schoolAliases: ['Glan Morfa', 'YGGM'],
  pupilNames: ['Eira Rowlands', 'Gethin Parry', 'Mali Jones', 'Cai Hughes'],
  staffNames: ['Alun Price'],
  policy: 'generic-uk',
});

const acting = (draft: string, analyser = holme) => analyser.analyse(draft).filter((f) => f.severity !== 'info');
const of = (draft: string, category: Category, analyser = holme) => acting(draft, analyser).filter((f) => f.category === category);

interface Row {
  draft: string;
  rule: string;
  severity?: Severity;
  match?: string;
  welsh?: boolean;
}

function expectRule({ draft, rule, severity, match, welsh }: Row): void {
  const findings = acting(draft, welsh ? morfa : holme);
  const finding = findings.find((f) => f.ruleId === rule);
  expect(finding, JSON.stringify(findings.map((f) => `${f.ruleId} “${f.match}”`))).toBeDefined();
  if (severity) expect(finding!.severity).toBe(severity);
  if (match) expect(finding!.match).toBe(match);
  expect(draft.slice(finding!.start, finding!.end)).toBe(finding!.match);
  expect(finding!.explanation.reason.length).toBeGreaterThan(5);
}

describe('confidential matters: police at the school, staff pay and capability, secrets beside an outcome or a person', () => {
  test.each<Row>([
    { draft: 'Two officers came in to talk to the head about one of our families. Nobody is saying anything.', rule: 'confidential/police-at-school', severity: 'high' },
    { draft: 'Police van at the school gates again at pick up. Same family.', rule: 'confidential/police-at-school' },
    { draft: 'Heddlu wrth y gât eto amser chwarae, am yr un teulu', rule: 'confidential/police-at-school', welsh: true },
    { draft: 'Just found out our new Head of Science is on UPS3 and I do twice the work 😤', rule: 'confidential/staff-wellbeing' },
    // "the new teacher" is one colleague, so a capability matter is about them.
    { draft: 'The new teacher in 4B is on a support plan already and it is only October', rule: 'confidential/staff-absence', severity: 'high', match: 'support plan' },
    { draft: 'Mae Mr Price off gyda stress eto, trydydd tro eleni', rule: 'confidential/staff-wellbeing', welsh: true },
    { draft: 'Year 8 lad told me his dad has not been home in a week. Rang it straight through.', rule: 'confidential/home-circumstances', severity: 'high' },
    { draft: 'Year 8 lad told me his dad has not been home in a week. Rang it straight through.', rule: 'confidential/logged-disclosure' },
    { draft: "can't say anything yet but our SATs results are going to make people smile in July", rule: 'confidential/secrecy-cue', match: "can't say anything" },
    { draft: 'Know who the new deputy head is 🤐 you will never guess', rule: 'confidential/secrecy-cue', severity: 'high' },
    // Scare quotes: the writer doubting a colleague's absence.
    { draft: 'Miss Tate "working from home" again the day of the learning walk 🙄', rule: 'confidential/staff-wellbeing', severity: 'high', match: 'working from home' },
    { draft: "Newyddion mawr am y pennaeth ond sa i'n cael dweud", rule: 'confidential/secrecy-cue', welsh: true },
  ])('$draft', expectRule);

  test.each<[string, boolean?]>([
    ['PCSOs came in to talk to Year 3 about stranger danger, they loved the hats'],
    ["I'm on UPS3 now, finally, after six years of asking"],
    ['My payslip finally came through after the longest term at school'],
    ['Police van outside the chippy again, what is going on in this town'],
    ["Can't say a word about the Bake Off final yet, no spoilers here"],
    ['Know who is getting the last biscuit 🤐'],
    ['Know who the real MVP is? Our caretaker 🤫'],
    ["Can't say a word about how proud I am of my class today"],
    ['Reminder: dogs are not allowed on site at pick up please'],
    ['Class photo at reception today, the kids looked gorgeous'],
    ['Kids back inside after wet play, chaos as usual'],
    ['The fire officers came today and the kids loved the engine'],
    // The writer's own career is not a colleague's matter.
    ["I'm a new teacher and I've been signed off with stress, any advice?"],
    ['Year 7 girls are all so lovely this year, such a kind bunch'],
    ['Working from home on our INSET afternoon, the staff quiz is on Teams'],
    ['Got the call from Ofsted'],
  ])('stays quiet: %s', (draft, welsh) => {
    expect(of(draft, 'confidential', welsh ? morfa : holme)).toEqual([]);
  });
});

describe('pupils named the way people type', () => {
  test.each<Row>([
    { draft: 'The Nowak boy was a legend in the science practical today', rule: 'pupil-name/roster-surname-child', severity: 'high', match: 'Nowak boy' },
    { draft: 'riley mc made me a card with a glitter unicorn on it', rule: 'pupil-name/roster-initials', match: 'riley mc' },
    { draft: 'precious o wanted to read her poem out twice', rule: 'pupil-name/roster-initials', match: 'precious o' },
    { draft: 'Yusuf in 10K2 smashed his mock today', rule: 'pupil-name/roster-first-name', severity: 'high', match: 'Yusuf' },
    { draft: "Ellis Reid's bowling in PE today was something else", rule: 'pupil-name/roster-full', severity: 'high' },
    { draft: 'Bart carried his whole group in the chemistry practical', rule: 'pupil-name/roster-nickname', match: 'Bart' },
    { draft: 'mae tad eira yn y carchar ers yr haf', rule: 'pupil-name/roster-first-name-beside-confidential', match: 'eira', welsh: true },
    // A name that is also a word, opening a clause and doing something to "her": someone, and the matter is about them.
    { draft: 'precious got her dyslexia diagnosis today, mum was in bits', rule: 'pupil-name/roster-first-name-beside-confidential', severity: 'high', match: 'precious' },
    { draft: 'Heads up, the twins in 9C: mum is not allowed on site. Photo in the office.', rule: 'pupil-name/described-by-circumstances', match: 'twins in 9C' },
  ])('$draft', expectRule);

  test.each<[string, boolean?]>([
    ['My Ellis starts big school tomorrow and I am a wreck'],
    ['Mali ni yn yr Urdd heddiw efo côr yr ysgol, pob lwc cariad', true],
    ['Cai fach ni yn dechrau yn y cylch meithrin heddiw 😭', true],
    ["Petai hi'n sych câi'r plant fynd allan amser chwarae", true],
    ["Lovely moderation visit to St Dominic's Primary, their Year 6 writing is superb"],
    ['Yusuf from the gym talked me into a 6am spin class. Never again.'],
    ["The sky's the limit for our Year 11s this summer"],
    ['Year 5 production this year is Annie! Auditions on Monday'],
    ['The Head of PE did a full Tom Jones impression in the staffroom'],
    ['the Stone Age topic starts tomorrow, Year 3 are buzzing'],
    // "10K" and "10AM" are a run and a time, not classes like "10K2" or "11R3".
    ['Yusuf ran the 10K at 10AM on Sunday, what a legend'],
    ['Took Yusuf to see a 12A, it was 10X better than the trailer'],
    // Something done "in the 90s" was done by an adult, whoever shares the name.
    ["Ellis Reid's bowling in the 90s was something else, found the old clips tonight"],
    ['one of mine is living in a B&B with mum since the flood, I could cry'],
    ['eira ar y mynydd heddiw, y plant wrth eu boddau', true],
    ['what a precious got her through the week, the card from my nan'],
  ])('stays quiet as a pupil name: %s', (draft, welsh) => {
    expect(of(draft, 'pupil-name', welsh ? morfa : holme)).toEqual([]);
  });
});

describe('the school as staff type it, and places and venues that share its name', () => {
  test.each<Row>([
    { draft: 'hla choir sang at the cathedral tonight and I cried', rule: 'school-name/alias', match: 'hla' },
    { draft: 'Holme Lea Academy Trust board voted to keep the pool open', rule: 'school-name/name' },
    { draft: 'Mor falch o Lan Morfa heddiw, y côr yn ennill eto', rule: 'school-name/place-in-school-context', welsh: true },
  ])('$draft', expectRule);

  test.each<[string, boolean?]>([
    ['Quiz night at the Holme Lea Arms, our team is called Quizteama Aguilera'],
    ['Holme Lea Nature Reserve at sunrise, worth the early alarm'],
    ['the hla conference was two hours of slides'],
    ['Taith gerdded o Lan Morfa i’r traeth heddiw', true],
  ])('stays quiet: %s', (draft, welsh) => {
    expect(of(draft, 'school-name', welsh ? morfa : holme)).toEqual([]);
  });
});
