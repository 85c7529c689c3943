import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/**
 * Policy files the tests need in formats we do not keep in the repository, made at test time:
 * a "scanned" PDF (a page that is only a picture, no text layer), and a password-protected PDF
 * (LibreOffice's PDF export with an open password).
 */

/** A one-page PDF whose page is an image (a grey gradient standing for a scanned page) and nothing else. */
export function scannedPdf(): Buffer {
  const width = 200;
  const height = 280;
  const pixels = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = 200 + ((x * 7 + y * 3) % 50);
  const image = deflateSync(pixels);
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Scan Do Q\n');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 5 0 R >> >> /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`), image, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function office(): string {
  const found = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
  if (!found) throw new Error('LibreOffice is not installed (/usr/bin/libreoffice): these tests need it to make .docx and .pdf files. Install Debian\'s libreoffice-writer (.ci/run does).');
  return found;
}

/**
 * Text policies saved by LibreOffice as .docx or .pdf, in the order given. One LibreOffice run
 * converts them all: starting it is most of the cost (several seconds each time, next to about
 * a second per file), so the five policies cost one start per format, not five.
 */
export function convertPolicies(txtPaths: readonly string[], format: 'docx' | 'pdf'): Buffer[] {
  const names = txtPaths.map((txtPath) => txtPath.replace(/^.*\//, ''));
  // One output folder per run: two policies of the same file name would overwrite each other.
  if (new Set(names).size !== names.length) return txtPaths.map((txtPath) => convertPolicy(txtPath, format));
  const dir = mkdtempSync(join(tmpdir(), 'guardrail-policy-'));
  try {
    mkdirSync(join(dir, 'in'));
    const inputs = names.map((name) => join(dir, 'in', name));
    txtPaths.forEach((txtPath, i) => copyFileSync(txtPath, inputs[i]!));
    runOffice(dir, format === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export', inputs);
    return names.map((name) => readOutput(join(dir, name), format));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A text policy saved by LibreOffice as .docx or .pdf, optionally with a password to open it: a PDF
 * through LibreOffice's PDF export options, a .docx through tests/policies/save-with-password.py
 * (Python-UNO, Debian's python3-uno), which writes Word's standard encryption.
 */
export function convertPolicy(txtPath: string, format: 'docx' | 'pdf', password?: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'guardrail-policy-'));
  try {
    const input = join(dir, txtPath.replace(/^.*\//, ''));
    copyFileSync(txtPath, input);
    const filter =
      format === 'docx'
        ? 'docx:MS Word 2007 XML'
        : password
          ? `pdf:writer_pdf_Export:${JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } })}`
          : 'pdf:writer_pdf_Export';
    runOffice(dir, filter, [input]);
    const output = input.replace(/\.txt$/, `.${format}`);
    if (format === 'docx' && password) {
      if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
      if (!existsSync('/usr/lib/python3/dist-packages/uno.py')) throw new Error('python3-uno is not installed: the password-protected .docx is made with it. Install Debian\'s python3-uno (.ci/run does).');
      const locked = join(dir, 'locked.docx');
      execFileSync('/usr/bin/python3', [fileURLToPath(new URL('./save-with-password.py', import.meta.url)), output, locked, password, join(dir, 'profile')], { stdio: 'pipe', timeout: 180_000 });
      return readFileSync(locked);
    }
    return readOutput(output, format);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice, headless in a profile of its own under `dir`, converting `inputs` (UTF-8 text) into `dir`. */
function runOffice(dir: string, filter: string, inputs: readonly string[]): void {
  execFileSync(office(), [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=Text (encoded):UTF8,LF,,', '--convert-to', filter, '--outdir', dir, ...inputs], { stdio: 'pipe', timeout: 180_000 });
}

/** The file LibreOffice wrote for `input` (a .txt path whose name the output shares), read back. */
function readOutput(input: string, format: 'docx' | 'pdf'): Buffer {
  const output = input.replace(/\.txt$/, `.${format}`);
  if (!existsSync(output)) throw new Error(`LibreOffice did not write ${output}`);
  return readFileSync(output);
}
