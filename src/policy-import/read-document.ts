import type { Block } from './blocks';
import { blocksFromText } from './blocks';
import { blocksFromHtml } from './html-blocks';
import { textFromPages, type TextRun } from './pdf-text';

/**
 * A policy file into paragraphs, whatever it is: .txt, .html, .docx (through mammoth) or .pdf
 * (pdf.js, text layer only). The parsers are handed in, so the options page gives the browser's
 * (DOMParser, pdf.js with the extension's own worker file) and the command line Node's; the file is
 * read where it is and nothing is sent anywhere. Every way a file can fail is a PolicyFileError
 * with a message a school's IT lead can act on, and a catalogue key for the options page.
 */
export interface DocumentReaders {
  /** mammoth's convertToHtml, empty paragraphs kept. */
  docxToHtml(bytes: Uint8Array): Promise<string>;
  /** The text runs of each page; throws an error named PasswordException for an encrypted PDF. */
  pdfPages(bytes: Uint8Array): Promise<TextRun[][]>;
  parseHtml(html: string): Parameters<typeof blocksFromHtml>[0];
}

export type PolicyFileProblem = 'empty' | 'password' | 'scanned-pdf' | 'old-word' | 'unsupported' | 'unreadable' | 'not-policy';

export class PolicyFileError extends Error {
  override name = 'PolicyFileError';
  constructor(
    readonly problem: PolicyFileProblem,
    message: string,
    /** The detail of an unreadable file (the parser's own words, in English). */
    readonly detail?: string,
  ) {
    super(detail ? `${message} (${detail})` : message);
  }
}

export const POLICY_FILE_MESSAGES: Record<PolicyFileProblem, string> = {
  empty: 'the file is empty',
  password: 'the file is protected by a password: open it, remove the password (or save an unprotected copy) and try again',
  'scanned-pdf': 'this PDF has no text; export it from Word, or run it through OCR first',
  'old-word': 'this is an old Word document (.doc): open it in Word or LibreOffice and save it as .docx, then try again',
  unsupported: 'this kind of file cannot be read: save the policy as .docx, .pdf, .html or .txt',
  unreadable: 'the file could not be read',
  'not-policy': 'no clauses found: this does not read as a policy',
};

export type PolicyFormat = 'txt' | 'html' | 'docx' | 'pdf';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** What the file is, by its first bytes first and its name second. */
export function sniffFormat(bytes: Uint8Array, fileName: string): PolicyFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, CFB)) {
    // An encrypted .docx is a compound file holding "EncryptionInfo" and "EncryptedPackage" streams (UTF-16 names).
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) throw new PolicyFileError('password', POLICY_FILE_MESSAGES.password);
    throw new PolicyFileError('old-word', POLICY_FILE_MESSAGES['old-word']);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === '') return 'docx';
    throw new PolicyFileError('unsupported', POLICY_FILE_MESSAGES.unsupported, ext ? `a .${ext} file` : undefined);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new PolicyFileError('unsupported', POLICY_FILE_MESSAGES.unsupported, 'an RTF file');
  if (ext === 'pdf') throw new PolicyFileError('unreadable', POLICY_FILE_MESSAGES.unreadable, 'it does not start like a PDF');
  if (ext === 'docx') throw new PolicyFileError('unreadable', POLICY_FILE_MESSAGES.unreadable, 'it is not a Word .docx file (a .docx is a zip archive)');
  if (['doc', 'odt', 'pages', 'rtf', 'xlsx', 'xls', 'pptx', 'png', 'jpg', 'jpeg'].includes(ext)) throw new PolicyFileError('unsupported', POLICY_FILE_MESSAGES.unsupported, `a .${ext} file`);
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html|<body|<p[ >])/i.test(decodeText(bytes.slice(0, 512)))) return 'html';
  return 'txt';
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Array.from(word).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1252 as old exports are. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readPolicyDocument(bytes: Uint8Array, fileName: string, readers: DocumentReaders): Promise<{ format: PolicyFormat; blocks: Block[] }> {
  if (bytes.length === 0) throw new PolicyFileError('empty', POLICY_FILE_MESSAGES.empty);
  const format = sniffFormat(bytes, fileName);
  let blocks: Block[];
  switch (format) {
    case 'txt': {
      const text = decodeText(bytes);
      if (/\u0000/.test(text.slice(0, 4096))) throw new PolicyFileError('unsupported', POLICY_FILE_MESSAGES.unsupported, 'it is not text');
      blocks = blocksFromText(text);
      break;
    }
    case 'html':
      blocks = blocksFromHtml(readers.parseHtml(decodeText(bytes)));
      break;
    case 'docx': {
      let html: string;
      try {
        html = await readers.docxToHtml(bytes);
      } catch (error) {
        throw new PolicyFileError('unreadable', POLICY_FILE_MESSAGES.unreadable, `not a readable Word document: ${(error as Error).message}`);
      }
      blocks = blocksFromDocxHtml(html, readers);
      break;
    }
    case 'pdf': {
      let pages: TextRun[][];
      try {
        pages = await readers.pdfPages(bytes);
      } catch (error) {
        if ((error as Error).name === 'PasswordException') throw new PolicyFileError('password', POLICY_FILE_MESSAGES.password);
        throw new PolicyFileError('unreadable', POLICY_FILE_MESSAGES.unreadable, `not a readable PDF: ${(error as Error).message}`);
      }
      const text = textFromPages(pages);
      if ((text.match(/\p{L}/gu) ?? []).length < 40) throw new PolicyFileError('scanned-pdf', POLICY_FILE_MESSAGES['scanned-pdf']);
      blocks = blocksFromText(text);
      break;
    }
  }
  if (blocks.every((b) => b.text.trim() === '')) throw new PolicyFileError('empty', POLICY_FILE_MESSAGES.empty, 'it has no text');
  return { format, blocks };
}

/**
 * A .docx made from a text file (each line a paragraph, a blank line an empty paragraph) reads best
 * as that text; a real Word document, whose paragraphs are paragraphs, reads best as its HTML.
 */
function blocksFromDocxHtml(html: string, readers: DocumentReaders): Block[] {
  const paragraphs = html.match(/<p\b[^>]*>[\s\S]*?<\/p>|<p\s*\/>/g) ?? [];
  const empty = paragraphs.filter((p) => p.replace(/<[^>]+>/g, '').trim() === '').length;
  const lineLike = paragraphs.length > 10 && empty / paragraphs.length > 0.15 && !/<h[1-6]\b|<ol\b|<ul\b/.test(html);
  if (!lineLike) return blocksFromHtml(readers.parseHtml(html));
  const text = paragraphs.map((p) => decodeEntities(p.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, ''))).join('\n');
  return blocksFromText(text);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e] ?? '';
  });
}
