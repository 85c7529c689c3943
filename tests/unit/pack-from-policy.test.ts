import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clausesFor } from '../../src/engine/clauses';
import { analyse } from '../../src/analyser';
import { PACKS } from '../../src/engine/rules';
import { PackSchema, type Pack } from '../../src/engine/schemas/pack';
import { blocksFromText } from '../../src/policy-import/blocks';
import { chooseClause, importPolicy, mappingsFrom } from '../../src/policy-import/build-pack';
import { foldText, isPageFurniture } from '../../src/policy-import/clean-text';
import { blocksFromHtml } from '../../src/policy-import/html-blocks';
import { segmentPolicy } from '../../src/policy-import/segment';
import { reportMarkdown } from '../../src/policy-import/report';
import { SETTING_FIELDS } from '../../src/settings/schema';
import { BLIND_POLICIES, FIVE, importFile, policyPath, reference, score, sum, type PolicyScore } from '../eval/policies';
import { convertPolicies, convertPolicy, scannedPdf } from '../policies/make-files';
import { runCli } from './support/run-cli';
import { patience } from '../patience';

/**
 * `pack-from-policy`: a school's policy document into a pack. The figures of `npm run eval:policies`
 * held above their targets (clauses with the hand-made id and text ≥ 90 %, category × severity
 * slots whose first clause the hand-made pack cites ≥ 80 %) on the five policies as .txt, and as
 * .docx and .pdf made by LibreOffice here and now, and on the blind policies; the segmenter's
 * rules one by one; every kind of bad file refused with its reason and exit 2.
 */
const CLAUSE_TARGET = 0.9;
const SLOT_TARGET = 0.8;
const dir = mkdtempSync(join(tmpdir(), 'pack-from-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ratio = (s: { hit: number; total: number }) => s.hit / s.total;

/**
 * One of the five policies as LibreOffice saves it. All five are saved in one LibreOffice run per
 * format, the first time a test asks, and kept for the file: starting LibreOffice costs far more
 * than a conversion.
 */
const saved: Partial<Record<'docx' | 'pdf', Map<string, Buffer>>> = {};
function savedByOffice(policy: (typeof FIVE)[number], format: 'docx' | 'pdf'): Buffer {
  const files = (saved[format] ??= new Map(convertPolicies(FIVE.map(policyPath), format).map((bytes, i) => [FIVE[i]!, bytes])));
  return files.get(policy)!;
}

async function scoreFiles(files: readonly string[], policies: readonly string[]): Promise<PolicyScore[]> {
  const scores: PolicyScore[] = [];
  for (const [i, file] of files.entries()) scores.push(score(await importFile(file), reference(policies[i]!), policies[i]!));
  return scores;
}

function expectAboveTargets(scores: readonly PolicyScore[]) {
  const clauses = sum(scores.map((s) => s.clauses));
  const slots = sum(scores.map((s) => s.slots));
  expect(ratio(clauses), clauses.misses.join('\n')).toBeGreaterThanOrEqual(CLAUSE_TARGET);
  expect(ratio(slots), slots.misses.join('\n')).toBeGreaterThanOrEqual(SLOT_TARGET);
}

describe('figures against the hand-made packs', () => {
  test('the five policies as .txt (tuned-on)', async () => {
    const scores = await scoreFiles(FIVE.map(policyPath), FIVE);
    expectAboveTargets(scores);
    // No single policy falls far below: each keeps at least four in five of its clauses and slots.
    for (const s of scores) {
      expect(ratio(s.clauses), s.policy).toBeGreaterThanOrEqual(0.8);
      expect(ratio(s.slots), s.policy).toBeGreaterThanOrEqual(0.8);
    }
  });

  test('the blind policies (written before the importer; tuned on since, see tests/policies/first-contact.md)', async () => {
    expectAboveTargets(await scoreFiles(BLIND_POLICIES.map(policyPath), BLIND_POLICIES));
  });

  // LibreOffice makes the .docx and .pdf files here; without it these tests fail, saying so.
  test.each(['docx', 'pdf'] as const)('the five policies saved as .%s by LibreOffice: the same as the .txt', { timeout: patience(300_000) }, async (format) => {
    const files = FIVE.map((policy) => {
      const file = join(dir, `${policy}.${format}`);
      writeFileSync(file, savedByOffice(policy, format));
      return file;
    });
    const scores = await scoreFiles(files, FIVE);
    expectAboveTargets(scores);
    const fromText = await scoreFiles(FIVE.map(policyPath), FIVE);
    expect(scores.map((s) => [s.policy, s.clauses.hit, s.slots.hit])).toEqual(fromText.map((s) => [s.policy, s.clauses.hit, s.slots.hit]));
  });
});

describe('every pack it makes', () => {
  const all = [...FIVE, ...BLIND_POLICIES];
  test.each(all)('%s: validates as a built-in pack and as a school’s customPack; quotes the policy verbatim', async (policy) => {
    const { pack } = await importFile(policyPath(policy));
    expect(PackSchema.safeParse(pack).success).toBe(true);
    expect(SETTING_FIELDS.customPack.safeParse(pack).success).toBe(true);
    // Numbers, letters and bullets mark the list, and page numbers mark the page: they are not words of any clause.
    const lines = readFileSync(policyPath(policy), 'utf8').split('\n').filter((line) => !isPageFurniture(line));
    const source = foldText(lines.join('\n').replace(/^(\s*)[-•](?=\s)/gm, '$1'));
    for (const clause of pack.clauses.filter((c) => !c.id.startsWith('model-'))) expect(source, `${policy} ${clause.id}`).toContain(clause.text);
  });

  test('the engine cites its clauses: a confidential draft under the Meridian pack quotes 3(d)(i) for safeguarding', async () => {
    const { pack } = await importFile(policyPath('meridian-trust'));
    const findings = analyse('Another safeguarding referral for one of my class today, so tired', { schoolName: 'Meridian Academy', policy: pack.id, customPack: pack });
    const confidential = findings.find((f) => f.category === 'confidential');
    expect(confidential?.clauses.map((c) => c.id)).toContain('3(d)(i)');
    expect(confidential?.clauses[0]!.text).toBe('disclose confidential information, including:');
  });
});

const segment = (text: string) => segmentPolicy(blocksFromText(text)).clauses.map((c) => [c.id, c.text]);

describe('segmenting, rule by rule', () => {
  test('lettered items take their clause’s number, a roman list under (d) nests, and "i" after "h" is a letter', () => {
    const text = ['5. Staff must not:', '(a) name a pupil;', '(b) post a photo;', '(c) discuss any of:', '(i) safeguarding;', '(ii) pupils’ health;', '(d) insult anyone.', '(e) ok', '', '6. Staff must report concerns.'].join('\n');
    const { clauses, notes } = segmentPolicy(blocksFromText(text));
    expect(clauses.map((c) => c.id)).toEqual(['5', '5(a)', '5(b)', '5(c)', '5(c)(i)', '5(c)(ii)', '5(d)', '6']);
    // An item too short for a pack is named, not dropped silently.
    expect(notes).toContain('Too short to quote as a clause (a pack\'s clause has at least 10 characters), so left out: 5(e) (“ok”).');
    const letters = 'abcdefghij'.split('').map((l) => `${l}) item ${l} of the list, long enough`);
    expect(segment(['1. Staff must not:', ...letters].join('\n')).map(([id]) => id)).toEqual(['1', ...'abcdefghij'.split('').map((l) => `1(${l})`)]);
  });

  test('a numbered heading ("1.0 Introduction", "3. PERSONAL USE") heads its clauses and is not a clause', () => {
    const clauses = segmentPolicy(blocksFromText('1.0 Introduction\n\n1.1 This policy applies to all staff.\n\n3. PERSONAL USE\n\n3.1 Staff must not name pupils online.')).clauses;
    expect(clauses.map((c) => [c.id, c.heading])).toEqual([
      ['1.1', 'Introduction'],
      ['3.1', 'Personal use'],
    ]);
  });

  test('page numbers, running footers and the contents page are not words of any clause; a clause split by a page break is one', () => {
    const footer = 'Anytown Council Model Policy v2 (Oak School)';
    const text = ['Contents', '1. Scope ........ 2', '2. Rules ........ 3', '', '1. SCOPE', '', '1.1 This policy applies to everyone.', '', footer, 'Page 1 of 3', '', '2. RULES', '', '2.1 Staff must not post photographs of pupils taken at', '', footer, 'Page 2 of 3', '', 'school or on trips.', '', '2.2 Staff must not name pupils.', '', footer, 'Page 3 of 3'].join('\n');
    expect(segment(text)).toEqual([
      ['1.1', 'This policy applies to everyone.'],
      ['2.1', 'Staff must not post photographs of pupils taken at school or on trips.'],
      ['2.2', 'Staff must not name pupils.'],
    ]);
  });

  test('paragraphs without numbers take their heading and place; a lead-in ending in a colon joins the paragraph it introduces', () => {
    const text = 'Terms of use\n\nSocial networking sites:\n\nMust not be used to insult anyone.\n\nMust not be used to name pupils.\n\nGuidance for staff\n\nNo member of staff should befriend pupils.';
    expect(segment(text)).toEqual([
      ['terms-of-use-1', 'Social networking sites: Must not be used to insult anyone.'],
      ['terms-of-use-2', 'Must not be used to name pupils.'],
      ['guidance-for-staff-1', 'No member of staff should befriend pupils.'],
    ]);
  });

  test('a bilingual policy: each number once, quoting the English, with the Welsh kept beside it', () => {
    const { clauses, notes } = segmentPolicy(blocksFromText(readFileSync(policyPath('glan-morfa-bilingual'), 'utf8')));
    const three = clauses.find((c) => c.id === '3')!;
    expect(three.text).toMatch(/^Staff must not name a pupil/);
    expect(three.welsh).toMatch(/^Ni ddylai staff enwi disgybl/);
    expect(notes.join(' ')).toMatch(/Welsh and in English/);
  });

  test('two numberings that collide: the shorter one is renamed after its heading, and says so', () => {
    const text = 'Policy Statement\n\nThe policy aims to:\n\n1. Protect the school\n2. Protect staff\n\nProcedure\n\n1. Staff must not post confidential information.\n2. Staff must not insult pupils.\n3. Staff must not post photographs.';
    const { clauses, notes } = segmentPolicy(blocksFromText(text));
    expect(clauses.map((c) => c.id)).toEqual(['policy-statement-1', 'policy-statement:1', 'policy-statement:2', '1', '2', '3']);
    expect(notes.join(' ')).toMatch(/Clause number 1 appears more than once/);
  });

  test('the sentence introducing sub-clauses is theirs, not the clause’s: titles read with it', () => {
    const text = '8.1 Keep work and home apart. Staff should not:\n8.1.1 discuss pupils online;\n8.1.2 name the school.';
    const clauses = segmentPolicy(blocksFromText(text)).clauses;
    expect(clauses.map((c) => [c.id, c.text, c.title])).toEqual([
      ['8.1', 'Keep work and home apart.', 'Keep work and home apart'],
      ['8.1.1', 'discuss pupils online;', 'Staff should not … discuss pupils online'],
      ['8.1.2', 'name the school.', 'Staff should not … name the school'],
    ]);
  });

  test('HTML: headings, a numbered list (nested lists lettered when their type says so), bullets folded into their clause', () => {
    const html = '<h1>Social Media Policy</h1><h2>Rules</h2><ol><li>Staff must not name pupils.</li><li>Staff must not:<ol type="a"><li>insult parents;</li><li>post photos.</li></ol></li></ol><h2>Breaches</h2><p>4.1 Breaches may lead to dismissal.</p><ul><li>including gross misconduct</li></ul>';
    const { clauses, title } = segmentPolicy(blocksFromHtml(parseHTML(`<html><body>${html}</body></html>`).document.body as never));
    expect(title).toBe('Social Media Policy');
    expect(clauses.map((c) => [c.id, c.text])).toEqual([
      ['1', 'Staff must not name pupils.'],
      ['2', 'Staff must not:'],
      ['2(a)', 'insult parents;'],
      ['2(b)', 'post photos.'],
      ['4.1', 'Breaches may lead to dismissal. including gross misconduct'],
    ]);
  });
});

describe('mapping', () => {
  const NO_PHOTOS = ['Staff Conduct Policy', '', '1. Staff must not disclose confidential information about pupils or staff.', '2. Staff must not post derogatory or offensive comments about pupils, parents or colleagues.', '3. Staff must not identify themselves as employees of the school on their profiles.', '4. Breaches of this policy may lead to disciplinary action and dismissal.'].join('\n');

  test('a category the policy does not cover cites the model policy’s clause, marked, and the report says so', () => {
    const result = importPolicy(blocksFromText(NO_PHOTOS), { fileName: 'conduct.txt' });
    // Clause 1 mentions pupils’ information, so photos are covered only indirectly by it; a policy without even that falls back.
    const bare = importPolicy(blocksFromText(NO_PHOTOS.replace('about pupils or staff', 'about the school')), { fileName: 'conduct.txt' });
    // With no word about pupils' names or information, names and photos of pupils are both uncovered.
    expect(bare.mapping.uncovered).toEqual(['pupil-name', 'pupil-image']);
    const cited = clausesFor(bare.pack, 'pupil-image', 'faces', 'warning');
    expect(cited[0]!.id).toBe(`model-${clausesFor(PACKS.get('generic-uk')!, 'pupil-image', 'faces', 'warning')[0]!.id}`);
    expect(bare.pack.clauses.find((c) => c.id === cited[0]!.id)!.title).toMatch(/^Model policy: /);
    expect(reportMarkdown(bare, 'conduct.txt')).toMatch(/## Not covered by the policy\n\n(?:- .*\n)*- \*\*pupil-image\*\*: no clause of the policy says anything about this/);
    expect(result.mapping.slots.filter((s) => s.category === 'confidential').every((s) => s.clauses[0] === '1')).toBe(true);
    expect(result.mapping.slots.filter((s) => s.category === 'school-name').every((s) => s.clauses[0] === '3')).toBe(true);
    expect(result.mapping.slots.filter((s) => s.severity === 'high').every((s) => s.clauses.includes('4'))).toBe(true);
  });

  test('every mapping carries its evidence words and a confidence; the report lists the least sure first', () => {
    const result = importPolicy(blocksFromText(NO_PHOTOS), { fileName: 'conduct.txt' });
    for (const slot of result.mapping.slots.filter((s) => !s.fallback)) {
      expect(slot.evidence[slot.clauses[0]!]!.length, `${slot.category}/${slot.topic}`).toBeGreaterThan(0);
      expect(slot.confidence).toBeGreaterThan(0);
    }
    expect(result.mapping.slots.find((s) => s.category === 'derogatory')!.evidence['2']).toEqual(expect.arrayContaining(['derogatory', 'offensive']));
    const report = reportMarkdown(result, 'conduct.txt');
    const levels = [...report.matchAll(/^\| (none: model policy|low|medium|high)\b/gm)].map((m) => m[1]);
    const order = ['none: model policy', 'low', 'medium', 'high'];
    expect(levels.length).toBe(result.mapping.slots.length);
    expect(levels.map((l) => order.indexOf(l!))).toEqual([...levels.map((l) => order.indexOf(l!))].sort((a, b) => a - b));
  });

  test('a person’s choice of another clause becomes the clause cited first, and the pack still validates', () => {
    const result = importPolicy(blocksFromText(NO_PHOTOS), { fileName: 'conduct.txt' });
    const slots = chooseClause(result.mapping.slots, { category: 'derogatory', topic: 'about-staff', severity: 'warning' }, '3');
    const pack: Pack = { ...result.pack, mappings: mappingsFrom(slots) };
    expect(PackSchema.safeParse(pack).success).toBe(true);
    expect(clausesFor(pack, 'derogatory', 'about-staff', 'warning')[0]!.id).toBe('3');
    expect(clausesFor(pack, 'derogatory', 'about-pupils', 'warning')[0]!.id).toBe('2');
  });
});

describe('guardrail pack-from-policy', () => {
  let docx: string;
  let pdf: string;
  beforeAll(() => {
    docx = join(dir, 'cadoxton.docx');
    writeFileSync(docx, savedByOffice('cadoxton-primary', 'docx'));
    pdf = join(dir, 'gloucestershire.pdf');
    writeFileSync(pdf, savedByOffice('gloucestershire', 'pdf'));
  }, 300_000);

  test('prints the pack as JSON; --out writes YAML; --report writes the mappings with their evidence', async () => {
    const printed = await runCli(['pack-from-policy', docx, '--id', 'cadoxton-own', '--name', 'Cadoxton Primary social networking policy']);
    expect(printed.code).toBe(0);
    const pack = JSON.parse(printed.stdout) as Pack;
    expect(pack).toMatchObject({ id: 'cadoxton-own', name: 'Cadoxton Primary social networking policy', sourceFile: 'cadoxton.docx', model: false });
    expect(pack.adoptedBy).toBe('Adopted by Cadoxton Primary School Governing body December 2025');
    expect(printed.stderr).toMatch(/cadoxton-own: 2\d clauses, 46 mappings/);
    const out = join(dir, 'glos.yaml');
    const report = join(dir, 'glos.md');
    const written = await runCli(['pack-from-policy', pdf, '--out', out, '--report', report]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(PackSchema.safeParse(parseYaml(readFileSync(out, 'utf8'))).success).toBe(true);
    const md = readFileSync(report, 'utf8');
    expect(md).toMatch(/\| (high|medium|low) \(\d\.\d\d\) \| confidential \/ safeguarding \| warning \| 8\.1\.4/);
    expect(md).toContain('### 7.4.3 · Employees must not … be deemed as derogatory towards the school and/or its…');
  });

  test('a policy saved from the school’s website (.html): menus, scripts and footers left out, headings and lists kept', async () => {
    const page = [
      '<!doctype html><html><head><title>Policies | Oak Tree Primary</title><script>window.analytics = 1;</script></head><body>',
      '<nav><a href="/">Home</a> <a href="/policies">Policies</a></nav><header><p>Oak Tree Primary School, Anytown</p></header>',
      '<main><h1>Oak Tree Primary School Social Media Policy</h1><p>Approved by the governing body, March 2026.</p>',
      '<h2>Rules for staff</h2><ol><li>Staff must not post photographs or videos of pupils on personal accounts.</li>',
      '<li>Staff must not share confidential information about pupils, including safeguarding matters.</li>',
      '<li>Staff must not post derogatory or offensive comments about pupils, parents or colleagues.</li>',
      '<li>Staff should not name the school as their employer on personal profiles.</li></ol>',
      '<h2>Breaches</h2><ol start="5"><li>Breaches may lead to disciplinary action, up to and including dismissal.</li></ol></main>',
      '<footer><p>© Oak Tree Primary School. Cookie settings.</p></footer></body></html>',
    ].join('');
    const file = join(dir, 'oak-tree.html');
    writeFileSync(file, page);
    const result = await runCli(['pack-from-policy', file]);
    expect(result.code).toBe(0);
    const pack = JSON.parse(result.stdout) as Pack;
    expect(pack.name).toBe('Oak Tree Primary School Social Media Policy');
    expect(pack.adoptedBy).toBe('Approved by the governing body, March 2026.');
    expect(pack.clauses.map((c) => [c.id, c.heading])).toEqual([
      ['oak-tree-primary-1', 'Oak Tree Primary School Social Media Policy'],
      ['1', 'Rules for staff'],
      ['2', 'Rules for staff'],
      ['3', 'Rules for staff'],
      ['4', 'Rules for staff'],
      ['5', 'Breaches'],
    ]);
    expect(clausesFor(pack, 'pupil-image', 'faces', 'warning')[0]!.id).toBe('1');
    expect(clausesFor(pack, 'confidential', 'safeguarding', 'high').map((c) => c.id)).toEqual(['2', '5']);
  });

  const bad: [string, () => Buffer, RegExp][] = [
    ['empty.txt', () => Buffer.alloc(0), /empty\.txt: the file is empty$/],
    ['blank.txt', () => Buffer.from('\n\n   \n'), /blank\.txt: the file is empty \(it has no text\)$/],
    ['scan.pdf', scannedPdf, /scan\.pdf: this PDF has no text; export it from Word, or run it through OCR first$/],
    ['broken.pdf', () => Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF'), /broken\.pdf: the file could not be read \(not a readable PDF: /],
    ['broken.docx', () => Buffer.from('PK\u0003\u0004 this is no zip archive'), /broken\.docx: the file could not be read \(not a readable Word document: /],
    ['policy.docx', () => Buffer.from('Staff must not post photos.'), /policy\.docx: the file could not be read \(it is not a Word \.docx file/],
    ['old.doc', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old\.doc: this is an old Word document \(\.doc\)/],
    ['sheet.xlsx', () => Buffer.from('PK\u0003\u0004rest'), /sheet\.xlsx: this kind of file cannot be read/],
    ['holiday.txt', () => Buffer.from('Just back from a lovely week in the Lakes.\nWalked up Helvellyn on Saturday and it rained all day.\n'), /holiday\.txt: no clauses found: this does not read as a policy/],
    [
      'recipe.txt',
      () => Buffer.from('Victoria sponge\n\n1. Heat the oven to 180C.\n2. Beat the butter and sugar together.\n3. Fold in the flour and eggs.\n4. Bake for twenty minutes.\n'),
      /recipe\.txt: no clause says anything about confidentiality, pupils, photos, derogatory remarks or the school’s name/,
    ],
  ];
  test.each(bad)('%s: a clear error and exit 2, nothing written', async (name, bytes, message) => {
    const file = join(dir, name);
    writeFileSync(file, bytes());
    const out = join(dir, `${name}.json`);
    const result = await runCli(['pack-from-policy', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(new RegExp(`^guardrail: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(result.stderr.trim()).toMatch(message);
    expect(() => readFileSync(out)).toThrow();
  });

  test.each(['pdf', 'docx'] as const)('a password-protected .%s (made by LibreOffice): refused, saying so', { timeout: patience(300_000) }, async (format) => {
    const file = join(dir, `locked.${format}`);
    writeFileSync(file, convertPolicy(policyPath('meridian-trust'), format, 'secret'));
    const result = await runCli(['pack-from-policy', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`guardrail: ${file}: the file is protected by a password: open it, remove the password (or save an unprotected copy) and try again`);
  });

  test.each([
    [['pack-from-policy'], /needs the policy document/],
    [['pack-from-policy', 'a.txt', 'b.txt'], /takes one policy document/],
    [['pack-from-policy', 'missing.docx'], /cannot read missing\.docx: no such file/],
    [['pack-from-policy', 'x.txt', '--id', 'Not Valid'], /--id must be lower-case letters/],
    [['pack-from-policy', 'x.txt', '--id', 'cadmus'], /--id "cadmus" is a built-in pack's id/],
    [['pack-from-policy', 'x.txt', '--out', 'pack.txt'], /--out must name a \.json, \.yaml or \.yml file/],
  ])('%j: a usage error, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('deploy-templates --pack carries the pack to managed browsers as customPack, chosen as the policy', async () => {
    const packFile = join(dir, 'meridian.json');
    expect((await runCli(['pack-from-policy', policyPath('meridian-trust'), '--id', 'meridian-2025', '--out', packFile])).code).toBe(0);
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ schoolName: 'Meridian Academy', locked: ['policy', 'customPack'] }));
    const outDir = join(dir, 'templates');
    const result = await runCli(['deploy-templates', '--pack', packFile, policyFile, outDir]);
    expect(result.code).toBe(0);
    const linux = JSON.parse(readFileSync(join(outDir, 'linux-chrome-managed.json'), 'utf8'));
    const pushed = linux['3rdparty'].extensions.obemlbpbmpefcchmadifananacdglbip;
    expect(pushed).toMatchObject({ schoolName: 'Meridian Academy', policy: 'meridian-2025', customPack: { id: 'meridian-2025' } });
    expect(pushed.customPack.clauses.find((c: { id: string }) => c.id === '3(d)(i)').text).toBe('safeguarding and child protection matters;');
    writeFileSync(packFile, '{"id": "x"}');
    const refused = await runCli(['deploy-templates', '--pack', packFile, policyFile, join(dir, 'templates2')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--pack .* is not a valid pack; no templates were written/);
  });
});
