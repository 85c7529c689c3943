import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/run-cli';

/** The `guardrail` command's contract: output formats, exit codes, one-line errors. */
const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'guardrail-cli-'));
const config = join(dir, 'cadoxton.json');
writeFileSync(config, JSON.stringify({ schoolName: 'Cadoxton Primary School', pupilNames: ['Amira Khan'], policy: 'cadoxton-primary' }));

describe('check', () => {
  test('text: one line per finding with clause numbers and an excerpt; exit 1 on a warning or high', async () => {
    const { code, stdout, stderr } = await run(['check', '--config', config, 'Well done Amira Khan, star of the week! #CadoxtonPrimary']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^HIGH +pupil-name +§3 .*Well done \[Amira Khan\], star of the week/);
    expect(lines[1]).toMatch(/^WARNING +school-name +§14 .*\[#CadoxtonPrimary\]/);
    expect(stderr).toMatch(/2 findings \(1 high, 1 warning\)/);
  });

  test('json: an array of findings', async () => {
    const { code, stdout } = await run(['check', '--config', config, '--format', 'json', 'Amira Khan']);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ category: 'pupil-name', severity: 'high', start: 0, end: 10, match: 'Amira Khan' });
    expect(findings[0].clauses[0]).toMatchObject({ policy: 'cadoxton-primary', id: '3' });
  });

  test('exit 0 when clean or info only', async () => {
    expect((await run(['check', '--config', config, 'Lovely walk by the sea'])).code).toBe(0);
    const info = await run(['check', '--config', config, '--format', 'json', 'Walk round Cadoxton this morning']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject([{ severity: 'info', category: 'school-name' }]);
  });

  test('--policy overrides the config’s policy', async () => {
    const { stdout } = await run(['check', '--config', config, '--policy', 'gloucestershire', '--format', 'json', 'Amira Khan']);
    expect(JSON.parse(stdout)[0].clauses.every((c: { policy: string }) => c.policy === 'gloucestershire')).toBe(true);
  });

  test('without --config the demo school is used, and the text output says so', async () => {
    const { stdout, stderr } = await run(['check', 'Well done Amira Khan']);
    expect(stdout).toMatch(/pupil-name/);
    expect(stderr).toMatch(/built-in demo school \(Oakfield Primary School, generic-uk\)/);
  });

  test('TEXT can come from standard input', async () => {
    const { code, stdout } = await run(['check', '--config', config, '--format', 'json'], 'Amira Khan\nwas star of the week');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0].match).toBe('Amira Khan');
  });
});

describe('check --format jsonl', () => {
  test('reads {id, text} lines and prints {id, findings} lines in the same order; exit 0', async () => {
    const input = ['{"id": "a", "text": "Amira Khan was brilliant"}', '', '{"id": 2, "text": "a lovely day"}', '{"id": null, "text": "#CadoxtonPrimary"}'].join('\n');
    const { code, stdout } = await run(['check', '--config', config, '--format', 'jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, null]);
    expect(lines[0].findings[0].match).toBe('Amira Khan');
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].findings[0].category).toBe('school-name');
  });

  test('a bad line gets an error line in its place, the rest are checked, exit 2', async () => {
    const { code, stdout, stderr } = await run(['check', '--config', config, '--format', 'jsonl'], '{"id": 1, "text": "Amira Khan"}\n{"id": 2, "text": 5}\nnot json\n{"id": 4, "text": "ok"}');
    expect(code).toBe(2);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ id: 2, error: 'line 2: "text" must be a string' });
    expect(lines[2]).toEqual({ id: null, error: 'line 3, column 1: not valid JSON (an unexpected character)' });
    expect(lines[3]).toEqual({ id: 4, findings: [] });
    expect(stderr).toMatch(/line 3, column 1/);
  });
});

test('--help works on every command, and --version prints the package version', async () => {
  for (const args of [['--help'], ['check', '--help'], ['policies', '--help'], ['clauses', '--help']]) {
    const { code, stdout } = await run(args);
    expect(code, args.join(' ')).toBe(0);
    expect(stdout).toMatch(/^guardrail — check a social-media draft/);
  }
  expect((await run(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('a draft with odd masked words is checked, never crashes', async () => {
  const { code, stdout, stderr } = await run(['check', '--format', 'json', 'Honestly f*ck_this job and c*nt@home and sh!t**idiot']);
  expect(stderr).not.toMatch(/internal error/);
  expect(code).toBe(1);
  expect(JSON.parse(stdout)[0]).toMatchObject({ category: 'derogatory', match: 'f*ck_this' });
});

describe('policies and clauses', () => {
  test('policies lists the six packs, marking the default', async () => {
    const { code, stdout } = await run(['policies']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(6);
    expect(stdout).toMatch(/^generic-uk .*\(default\)$/m);
  });

  test('clauses prints a pack’s clauses verbatim with what each is cited for', async () => {
    const { stdout } = await run(['clauses', 'cadoxton-primary']);
    expect(stdout).toMatch(/§3 {2}No confidential information/);
    expect(stdout).toMatch(/Staff must not post information on a social networking or social media site which is\s+confidential/);
    expect(stdout).toMatch(/cited for: pupil-name, pupil-image, confidential/);
    const json = JSON.parse((await run(['clauses', 'gloucestershire', '--format', 'json'])).stdout);
    expect(json.find((c: { id: string }) => c.id === '7.4.3')).toMatchObject({ policy: 'gloucestershire' });
  });
});

describe('bad arguments and config: one line naming the flag or field, exit 2', () => {
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "schoolName": "X",\n  "pupilNames": ["Amira",]\n}');
  const invalid = join(dir, 'invalid.json');
  writeFileSync(invalid, JSON.stringify({ schoolName: '', pupilNames: ['ok', ''], policy: 'nope' }));
  test.each([
    [['check', '--format', 'xml', 'hi'], 'guardrail: --format must be text, json or jsonl, not "xml"'],
    [['check', '--frmat', 'json', 'hi'], 'guardrail: unknown option --frmat (see guardrail --help)'],
    [['check', '--config'], 'guardrail: --config needs a value'],
    [['check', '--policy', 'nope', 'hi'], 'guardrail: --policy: unknown policy "nope"; choose one of generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire'],
    [['check', '--config', join(dir, 'missing.json'), 'hi'], `guardrail: cannot read --config ${join(dir, 'missing.json')}: no such file`],
    [['check', '--config', broken, 'hi'], `guardrail: ${broken} is not valid JSON: line 3, column 26: a value was expected`],
    [
      ['check', '--config', invalid, 'hi'],
      `guardrail: ${invalid}: schoolName: the school name must not be empty; pupilNames[1]: a pupil name must not be empty; policy: unknown policy "nope"; choose one of generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire`,
    ],
    [['check', '--format', 'jsonl', 'hi'], 'guardrail: --format jsonl reads standard input, one {"id": …, "text": …} per line; leave out TEXT'],
    [['clauses'], 'guardrail: clauses needs a policy id: one of generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire'],
    [['clauses', 'westacre'], 'guardrail: unknown policy "westacre"; choose one of generic-uk, cadoxton-primary, st-nicholas-ciw, cadmus, westacre-infant, gloucestershire'],
    [['lint'], 'guardrail: unknown command "lint": use check, check-image, policies, clauses, hash-roster, deploy-templates or pack-from-policy (see guardrail --help)'],
    [[], 'guardrail: a command is needed: check, check-image, policies, clauses, hash-roster, deploy-templates or pack-from-policy (see guardrail --help)'],
    [['check-image'], 'guardrail: check-image needs the path of at least one photo'],
    [['check-image', '--format', 'text', 'a.jpg'], 'guardrail: --format must be json or jsonl, not "text"'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });
});

test('`npx guardrail` works from a checkout with no build step', async () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // A finding makes the command exit 1, which execFile reports as an error carrying the output.
  const result: { code?: number; stdout: string } = await promisify(execFile)('npx', ['--no-install', 'guardrail', 'check', '--format', 'json', 'Well done Amira Khan'], { cwd: root }).then(
    (ok) => ({ code: 0, stdout: ok.stdout }),
    (error: { code: number; stdout: string }) => error,
  );
  expect(result.code).toBe(1);
  expect(JSON.parse(result.stdout)[0]).toMatchObject({ category: 'pupil-name', match: 'Amira Khan' });
  // A hang guard, not a speed claim: npx starts tsx, which compiles the engine from source; on a CI
  // machine whose cores are busy with another job that took over 30 s (an idle machine: about 3 s).
}, 180_000);

describe('hash-roster', () => {
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, '\uFEFFForename,Surname\r\nAmira,Khan\r\n,Thomas\r\nLily-Mae,Thomas\r\n');

  test('prints a hashed roster the engine matches, lists each row left out, and exits 1 for them', async () => {
    const { code, stdout, stderr } = await run(['hash-roster', '--salt', 'cadoxton-2026-0c1d2e3f', roster]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${roster}, line 3: the first-name cell is empty; left out`);
    expect(stderr).toContain('2 pupils hashed into');
    const hashed = JSON.parse(stdout);
    expect(hashed).toMatchObject({ format: 'guardrail-hashed-roster', version: 1, salt: 'cadoxton-2026-0c1d2e3f', names: 2 });
    expect(stdout).not.toMatch(/amira|khan|lily|thomas/i);
    const settings = join(dir, 'hashed.json');
    writeFileSync(settings, JSON.stringify({ schoolName: 'Cadoxton Primary School', hashedRoster: hashed }));
    const checked = await run(['check', '--config', settings, '--format', 'json', 'Lily-Mae Thomas won the race']);
    expect(JSON.parse(checked.stdout)[0]).toMatchObject({ category: 'pupil-name', match: 'Lily-Mae Thomas', listed: ['pupil 2 of the school’s hashed roster'] });
  });

  test('without --salt a random salt is made and said so; a short salt is refused', async () => {
    const first = await run(['hash-roster', roster]);
    const second = await run(['hash-roster', roster]);
    expect(first.stderr).toContain('no --salt given: a random salt was made');
    expect(JSON.parse(first.stdout).salt).not.toBe(JSON.parse(second.stdout).salt);
    expect(await run(['hash-roster', '--salt', 'short', roster])).toMatchObject({ code: 2, stderr: 'guardrail: --salt must be at least 16 characters: a short salt makes the names easier to guess\n' });
  });

  test('a missing file or a workbook is one line naming it, exit 2', async () => {
    expect(await run(['hash-roster', join(dir, 'nope.csv')])).toMatchObject({ code: 2, stderr: `guardrail: cannot read ${join(dir, 'nope.csv')}: no such file\n` });
    const xlsx = join(dir, 'roster.xlsx');
    writeFileSync(xlsx, 'PK\u0003\u0004 a zip');
    const result = await run(['hash-roster', xlsx]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^guardrail: .*roster\.xlsx: this is a spreadsheet workbook/);
  });
});
