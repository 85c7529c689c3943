import { describe, expect, test } from 'vitest';
import { compile } from '../../src/analyser';
import { spokenWelsh } from '../../src/engine/detectors/confidential-cues';

/**
 * Seventh session: confidential matters in Welsh as it is typed in the north (and the south), by
 * mechanism: a listed phrase matches in every spoken form at once ("wedi cael ei anfon adref" is also
 * "'di cal ei yrru adra" once "gyrru adra" is listed, "neb i fod i wybod" is also "… wbod"), Welsh
 * secrecy cues ("peidiwch â sôn", the mutated "gyfrinach"), and welfare words (a parent "yn chwil", a
 * family in a B&B or thrown out, a child hit "efo belt", "epilepsi", a colleague suspended while they
 * investigate; an inspection call only behind a secrecy cue). Drafts written here for a made-up school; each has drafts that
 * must stay quiet beside it.
 */
const nant = compile({
  schoolName: 'Ysgol Gynradd Nant Celyn',
  schoolAliases: ['Nant Celyn', 'YGNC'],
  pupilNames: ['Efa Prydderch', 'Twm Gwilym', 'Leusa Rhys', 'Caron Ifans'],
  staffNames: ['Meinir Jones'],
  policy: 'generic-uk',
});

const acting = (draft: string) => nant.analyse(draft).filter((f) => f.severity !== 'info' && f.category === 'confidential');
function warns(draft: string, rule: string, severity?: 'warning' | 'high'): void {
  const findings = acting(draft);
  const finding = findings.find((f) => f.ruleId === rule);
  expect(finding, JSON.stringify(findings.map((f) => `${f.ruleId} “${f.match}”`))).toBeDefined();
  if (severity) expect(finding!.severity).toBe(severity);
}
function quiet(draft: string): void {
  expect(acting(draft).map((f) => `${f.ruleId} “${f.match}”`)).toEqual([]);
}

describe('one listed phrase, every spoken form', () => {
  test('every varying word varies at once', () => {
    expect(spokenWelsh('wedi cael ei anfon adref')).toEqual(expect.arrayContaining(['wedi cael ei anfon adref', 'di cal ei anfon adra', 'di cael ei anfon adre']));
    expect(spokenWelsh('neb i fod i wybod')).toContain('neb i fod i wbod');
    expect(spokenWelsh("byw gyda'i nain")).toContain("byw efo'i nain");
  });
  test('an English phrase is left as it is', () => expect(spokenWelsh('passed it on')).toEqual(['passed it on']));
});

describe('a pupil\'s matter in northern Welsh, beside the pupil: high', () => {
  test.each([
    ["twm g 'di cal ei yrru adra am ddau ddiwrnod ar ôl y ffeit", 'confidential/sanction'],
    ["leusa r ddim yn cal mynd adra efo'i thad, medda'r heddlu", 'confidential/home-circumstances'],
    ["efa p a'i brawd yn byw yn y b&b ers i'r landlord eu taflu nhw allan", 'confidential/home-circumstances'],
    ["caron i 'di deud bod ei lystad yn ei hitio fo efo belt. dwi 'di'i godi fo", 'confidential/home-circumstances'],
    ["caron i 'di deud bod ei lystad yn ei hitio fo efo belt. dwi 'di'i godi fo", 'confidential/logged-disclosure'],
    ["twm g 'di cal ffit yn y neuadd, epilepsi medda mam", 'confidential/diagnosis'],
    ['tad leusa r yn dod at y giât yn chwil eto', 'confidential/home-circumstances'],
    ["Meinir Jones 'di cal ei gwahardd tra ma nhw'n ymchwilio, fedra i'm credu", 'confidential/staff-wellbeing'],
  ])('%s', (draft, rule) => warns(draft, rule, 'high'));

  test.each([
    "dwi 'di cal diwrnod hyfryd efo'r plant, da iawn bawb",
    "es i adra yn gynnar heddiw, 'di blino'n lân",
    'roedd y ffilm am y carchar yn dda iawn',
    "nes i anghofio fy nghôt a dod i'r ysgol heb gôt, twpsyn",
  ])('stays quiet: %s', (draft) => quiet(draft));
});

describe('Welsh secrecy cues: "peidiwch â sôn", "gyfrinach", "ddim fod i ddeud"', () => {
  test.each([
    "plîs peidiwch â sôn, ma'r teulu mewn lloches a neb i fod i wbod lle ma' nhw",
    "Ysgol Nant Celyn yn cau? ma'n gyfrinach am rŵan",
    "'di cal yr alwad pnawn 'ma 🤐 dwi ddim fod i ddeud dim",
  ])('%s', (draft) => warns(draft, 'confidential/secrecy-cue', 'warning'));

  test.each([
    'peidiwch â sôn am y tywydd, plîs!',
    "'di cal yr alwad gan y deintydd, apwyntiad dydd Llun",
    "'di cal yr alwad, Estyn yn dod wsnos nesa, pob lwc i ni",
  ])('stays quiet: %s', (draft) => quiet(draft));
});
