import { describe, test } from 'vitest';
import { compile } from '../../src/analyser';
import { confidentialExpect } from './support/confidential-expect';

/**
 * Tenth session: confidential matters told without their vocabulary, by family (not the tenth blind set's
 * sentences), in English and Welsh: the police taking a statement; a bruise or mark in Welsh in its mutated
 * forms; Welsh foster care ("gyda theulu maeth"); the council or social services at a family's door ("dyn y
 * cyngor wedi bod draw"); name-calling and parents called in; a pupil's parent in hospital; a family asking
 * that a child is never photographed; a child's address or date of birth gone public; the school's own future
 * (closure, merger) beside a secrecy cue; Welsh birth labels ("ganwyd"). Each family has contrasts that must
 * stay quiet: the subject in general, the writer's own family, public news, the council doing council work.
 */
const school = compile({
  schoolName: 'Ysgol y Berllan',
  schoolAliases: ['Y Berllan', 'Berllan School'],
  pupilNames: ['Elis Vaughan', 'Manon Pryce', 'Tayo Bankole', 'Ruby Sheridan', 'Kacper Nowicki'],
  staffNames: ['Gwenllian Roberts', 'Dean Harker'],
  policy: 'generic-uk',
});

const { warns, quiet } = confidentialExpect(school);

describe('the police taking or being given a statement: high beside a pupil or parent', () => {
  test.each([
    "Elis V's stepdad turned up shouting at reception again, police took a statement off Dean",
    'police have taken statements from Manon P and her mum about the weekend',
    "Tayo B's mum had to give a statement to the police after what happened on the bus",
    "yr heddlu wedi cymryd datganiad gan fam Elis V bore 'ma",
    "Ruby S's dad wrote a statement for the police last night",
  ])('%s', (draft) => warns(draft, 'confidential/police-at-school', 'high'));

  test.each([
    'PCSO visit for Year 2 today about road safety, the kids loved the police car',
    'the head made a statement to the press about the new building',
    'I gave a statement to my insurance after the car park bump',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a bruise or a mark, in Welsh and its mutations: high beside a pupil', () => {
  test.each([
    'Manon P bl 4 gyda chlais mawr ar ei boch eto heddiw',
    "Elis V wedi dod i'r ysgol efo cleisiau ar ei goes, dim y tro cyntaf",
    'marciau ar ei gwddf hi bore ma, Ruby S yn dawel iawn',
    'Tayo B a chrafiadau ar ei fraich, wedi pasio ymlaen',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    "Syrthiais i lawr y grisiau, clais mawr ar fy nghoes i lol",
    'Gwers wyddoniaeth: beth sy\'n achosi clais ar y croen?',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('Welsh foster care in its mutated forms: high beside a pupil', () => {
  test.each([
    'Elis V bl 8 yn mynd i fyw gyda theulu maeth o ddydd Gwener',
    "Manon P wedi symud at ei theulu maeth newydd dros yr hanner tymor",
    'Ruby S yn aros efo gofalwyr maeth am y tro, neb yn siŵr pa mor hir',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    "Pythefnos Gofal Maeth: diolch i'n holl deuluoedd maeth yn y sir",
    'Maethu Cymru yn chwilio am ofalwyr newydd, rhannwch plis',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('the council or social services at a family\'s door: high beside a pupil', () => {
  test.each([
    'Dynes y cyngor wedi bod draw at deulu Manon eto neithiwr',
    "rhywun o'r gwasanaethau cymdeithasol wedi galw heibio'r tŷ eto, Elis yn dawel heddiw",
    "y boi o'r cyngor wedi bod yn y tŷ eto, Ruby yn crio amser chwarae",
    'the council lady was round at Tayo\'s again last night, he was shattered today',
  ])('%s', (draft) => warns(draft, 'confidential/home-circumstances', 'high'));

  test.each([
    "Dyn y cyngor wedi bod draw i drwsio'r golau stryd o'r diwedd",
    'the council man came out to fix the potholes outside school, finally',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('name-calling and parents called in: high beside a pupil', () => {
  test.each([
    'Elis V a chriw bl 9 wedi bod yn galw enwau ar Tayo ers wythnosau',
    'Manon P yn galw pethau cas ar y ferch newydd bob amser cinio',
    'Ruby S pushed Kacper off the climbing frame. Parents in tomorrow',
    'Elis V yn cicio eto heddiw. Rhieni i mewn fory',
    "Tayo B's dad has been called in first thing",
  ])('%s', (draft) => warns(draft, 'confidential/sanction', 'high'));

  test.each([
    "Parents in tomorrow for the Christmas craft afternoon, bring glue sticks!",
    'Rhieni i mewn fory i weld y gwaith celf, croeso i bawb',
    'wythnos gwrth-fwlio: sanau od ddydd Llun',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("a pupil's parent or carer in hospital: high beside the child", () => {
  test.each([
    "Tayo's mum is in hospital again so his aunt is doing pick up all week",
    "heads up, ruby s's dad was taken into hospital on sunday, go gently",
    "Kacper N's nan is in the hospice now, he knows",
    'tad Elis V yn yr ysbyty ers nos Sadwrn, byddwch yn garedig',
  ])('%s', (draft) => warns(draft, 'confidential/family-illness', 'high'));

  test.each([
    "my mum is in hospital so I'm off tomorrow, cover work for Year 8 is on the desk",
    'fy nhad yn yr ysbyty, meddyliwch amdano fe',
    'our head\'s dad is in hospital, sending love to the whole family',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a family asking that a child is never photographed: high beside the child', () => {
  test.each([
    "Manon P's mum asked us not to put her in any photos on the class page, there is a reason",
    "Tayo B can't be in any photos or on the website this year, check with me before posting",
    'Ruby S must never be photographed for the paper, please check the list',
    "mam Elis V wedi gofyn i ni beidio rhoi Elis mewn lluniau ar y dudalen",
    'Kacper N ddim i fod mewn lluniau o gwbl, plis tsieciwch',
  ])('%s', (draft) => warns(draft, 'confidential/photo-restriction', 'high'));

  test.each([
    "Photos from sports day are on the class page, what a day!",
    'Please do not post photos of other people\'s children from the concert',
    "I'm never in any photos because I'm always the one taking them",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("a child's address or date of birth gone public: high beside the child", () => {
  test.each([
    "Ruby S's home address is now on somebody's facebook, absolutely raging",
    "manon p's address got posted on the parents group last night",
    'cyfeiriad Elis V ar facebook rhywun nawr, anhygoel',
  ])('%s', (draft) => warns(draft, 'confidential/details-shared', 'high'));

  test.each([
    'Please make sure your address is up to date on the app',
    'new address for the PTA email, see the newsletter',
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe("the school's own future beside a secrecy cue: a warning", () => {
  test.each([
    "can't say more yet but they're talking about closing the nursery",
    'not allowed to say but the merger with the juniors is back on 🤐',
    "Dw i ddim i fod i ddweud ond mae sôn am uno'r ysgol efo'r ysgol fach",
    "rhyngom ni, mae'r cau arfaethedig yn dod nôl i'r cabinet",
    "between us, we are becoming an academy in September",
  ])('%s', (draft) => warns(draft, 'confidential/school-future'));

  test.each([
    'Consultation on the proposed closure of the old leisure centre closes on Friday',
    'The council has announced the merger of the two libraries',
    "closing the curtains and having a nap 🤫",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('a Welsh birth label beside a date: high beside a pupil', () => {
  test.each([
    'Pen-blwydd hapus i Elis V, saith oed! Ganwyd 03/11/2018',
    'Manon P (ganed 21.06.2016) yn dechrau gyda ni dydd Llun',
  ])('%s', (draft) => warns(draft, 'confidential/date-of-birth', 'high'));

  test.each(['Ganwyd Dylan Thomas yn Abertawe yn 1914, gwers hanes heddiw'])('stays quiet: %s', (draft) => quiet(draft));
});
