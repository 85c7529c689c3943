import { createWorker, OEM, PSM, type Block, type ImageLike, type Page, type Worker, type WorkerOptions, type WorkerParams } from 'tesseract.js';
import { PHOTO_CHECKS } from '../engine/photo-rules';
import { darkGroundInvertedPlane, greyPlane, planePgm, resamplePlane, type GreyPlane, type Pixels, type Region } from './pixels';

/**
 * Words legible in a photo (a certificate, a name badge, an identity card, a whiteboard, a sign,
 * a uniform), with tesseract.js and the English and Welsh models from @tesseract.js-data. The
 * caller says where the worker script, the WebAssembly core and the models are on this device;
 * nothing is fetched from elsewhere and nothing is cached (the models are already local files).
 *
 * Photos are not documents. Text is found "sparse" (single words and short lines anywhere in the
 * picture), in luma grey with light-on-dark lettering turned dark-on-light, in two passes:
 *  1. the whole photo at most `firstPassSide` a side, in English: finds where the words are;
 *  2. each place where words were half-read (a dim sign, small print on a badge, a tilted card),
 *     again, cut out and enlarged so its letters are about `secondPassLetters` pixels high, in
 *     Welsh and English, straight and turned a few degrees either way; the reading the recogniser
 *     is surest of wins.
 * Only words the recogniser is sure of are kept, because grass, brick and hair otherwise read as
 * strings of random letters.
 */
export type TextReaderPaths = Pick<WorkerOptions, 'langPath'> & Partial<Pick<WorkerOptions, 'workerPath' | 'corePath' | 'workerBlobURL'>>;
export const TEXT_LANGUAGES = ['eng', 'cym'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export interface TextReaderOptions {
  /** Wraps a PGM file's bytes (see `planePgm`) in what tesseract.js takes: a Buffer in Node, a Blob in the browser. */
  wrap: (pgm: Uint8Array) => ImageLike;
}

const READING = {
  firstPassSide: 1024,
  /** Letters are read best at about this height, in pixels. */
  secondPassLetters: 44,
  maxScale: 4,
  /** At most this many places are read again, the most promising first. */
  maxRegions: 3,
  /** A region read again is at most this many pixels once enlarged. */
  maxRegionPixels: 400_000,
  /** Small turns tried when the straight reading is unsure (degrees). */
  turns: [-5, 5],
  /** A straight reading at least this sure is not tried turned. */
  sureEnough: 88,
  /** Light lettering on a dark ground is found by the mean of a square this many pixels either side (in the photo's pixels). */
  groundRadius: 48,
  /** A word of letters this sure in the first pass, though not sure enough to keep, marks a place worth reading again (below it, grass and brick). */
  hintConfidence: 60,
} as const;

interface ReadLine {
  words: { text: string; confidence: number }[];
  box: Region;
}

export class TextReader {
  private workers: Promise<[Worker, Worker]> | null = null;

  constructor(
    private readonly paths: TextReaderPaths,
    private readonly options: TextReaderOptions,
  ) {}

  /** Two workers, loaded once: English for finding text in the whole photo, Welsh and English for reading it closely. */
  load(): Promise<[Worker, Worker]> {
    this.workers ??= (async () => {
      const start = async (langs: string) => {
        const worker = await createWorker(langs, OEM.LSTM_ONLY, { ...this.paths, gzip: true, cacheMethod: 'none' });
        // Polarity is settled before recognition (darkGroundInverted), so tesseract need not try every unsure line inverted too.
        await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, tessedit_do_invert: '0' } as Partial<WorkerParams>);
        return worker;
      };
      return Promise.all([start('eng'), start('cym+eng')]);
    })().catch((error: unknown) => {
      this.workers = null;
      throw error;
    });
    return this.workers;
  }

  /** The confident words in a photo (colour or grey pixels), one line per line of text. */
  async read(pixels: Pixels): Promise<string> {
    const [finder, closeReader] = await this.load();
    const grey = greyPlane(pixels);
    const whole = { x: 0, y: 0, width: grey.width, height: grey.height };
    const firstScale = Math.min(1, READING.firstPassSide / Math.max(grey.width, grey.height));
    const first = await this.recognise(finder, resamplePlane(grey, whole, firstScale), whole, firstScale, 0);

    // The places worth a closer look: blocks with half-read words, biggest doubt first.
    const regions = first.blocks
      .map((block) => ({ block, doubt: doubt(block.lines) }))
      .filter((b) => b.doubt > 0)
      .sort((a, b) => b.doubt - a.doubt)
      .slice(0, READING.maxRegions);
    const replaced = new Set<ReadLine>();
    const extra: ReadLine[] = [];
    for (const { block, doubt: d } of regions) {
      if (process.env.GUARDRAIL_DEBUG_OCR) console.error('region', Math.round(d), JSON.stringify(block.box), block.letterHeight.toFixed(1), block.lines.map((l) => l.words.map((w) => `${w.text}:${Math.round(w.confidence)}`).join(' ')).join(' | '));
      const region = padded(block.box, block.letterHeight, grey);
      let scale = Math.min(READING.maxScale, Math.max(1, READING.secondPassLetters / block.letterHeight));
      scale = Math.min(scale, Math.sqrt(READING.maxRegionPixels / (region.width * region.height)));
      let best = await this.recognise(closeReader, resamplePlane(grey, region, scale), region, scale, 0);
      for (const turn of READING.turns) {
        if (sureness(best.lines) >= READING.sureEnough) break;
        const turned = await this.recognise(closeReader, resamplePlane(grey, region, scale, turn), region, scale, turn);
        if (sureness(turned.lines) > sureness(best.lines)) best = turned;
      }
      // The closer reading replaces the first only if it keeps every word the first was sure of and is sure of more.
      if (keepsAndAdds(block.lines, best.lines)) {
        for (const line of block.lines) replaced.add(line);
        extra.push(...best.lines);
      }
    }
    const lines = [...first.blocks.flatMap((b) => b.lines).filter((line) => !replaced.has(line)), ...extra];
    // Overlapping places read again can give the same line twice.
    return [...new Set(confidentLines(lines, PHOTO_CHECKS.minOcrWordConfidence))].join('\n');
  }

  private async recognise(worker: Worker, image: GreyPlane, region: Region, scale: number, degrees: number): Promise<{ blocks: { lines: ReadLine[]; box: Region; letterHeight: number }[]; lines: ReadLine[] }> {
    const { data } = await worker.recognize(this.options.wrap(planePgm(darkGroundInvertedPlane(image, Math.round(READING.groundRadius * scale)))), {}, { blocks: true, text: false });
    const blocks = readBlocks(data, region, scale, degrees);
    return { blocks, lines: blocks.flatMap((b) => b.lines) };
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = null;
    if (workers) await Promise.all((await workers).map((w) => w.terminate()));
  }
}

const hasLetters = (text: string) => /\p{L}.*\p{L}/u.test(text);
/** A word made of letters (a hyphen or apostrophe inside, a stop after), three or more: what a name or a sign is made of. */
const isWord = (text: string) => /^[\p{L}][\p{L}'’-]+\p{L}[.,:;!?]?$/u.test(text);

/** The blocks of a reading, with their lines' boxes back in the photo's own pixels (approximately, for a turned reading). */
function readBlocks(page: Pick<Page, 'blocks'>, region: Region, scale: number, degrees: number): { lines: ReadLine[]; box: Region; letterHeight: number }[] {
  const toPhoto = (b: { x0: number; y0: number; x1: number; y1: number }): Region => ({ x: region.x + b.x0 / scale, y: region.y + b.y0 / scale, width: (b.x1 - b.x0) / scale, height: (b.y1 - b.y0) / scale });
  return (page.blocks ?? []).map((block: Block) => {
    const lines = block.paragraphs.flatMap((p) => p.lines).map((line) => ({ words: line.words.map((w) => ({ text: w.text, confidence: w.confidence })), box: toPhoto(line.bbox) }));
    const heights = lines.map((l) => l.box.height).sort((a, b) => a - b);
    // A line's box is about one and a half letters high (ascenders, descenders); a turned reading's boxes mean little, but it is never read again.
    const letterHeight = Math.max(4, (heights[Math.floor(heights.length / 2)] ?? 12) / 1.5);
    return { lines, box: degrees === 0 ? toPhoto(block.bbox) : region, letterHeight };
  });
}

/**
 * How much a block is worth reading again. Most: a line read in part (a confident word beside a
 * half-read one, "SAVA 10AN"); then half-read words alone, if they look like words; least, a
 * word or two read alone (the rest of a name may not have been seen at all). Blocks of nothing
 * but unsure scraps (grass, brick, hair) are not worth it.
 */
function doubt(lines: ReadLine[]): number {
  const words = lettered(lines);
  const sure = words.filter((w) => isWord(w.text) && w.confidence >= PHOTO_CHECKS.minOcrWordConfidence);
  const unsure = words.filter((w) => w.confidence < PHOTO_CHECKS.minOcrWordConfidence && w.text.length >= 3);
  const weight = (list: typeof words) => list.reduce((n, w) => n + w.text.length * (100 - w.confidence), 0);
  if (sure.length > 0 && unsure.length > 0) return 1000 + weight(unsure);
  const wordlike = unsure.filter((w) => isWord(w.text) && w.confidence >= READING.hintConfidence);
  if (wordlike.length > 0) return weight(wordlike);
  return words.length > 0 && words.length <= 2 && sure.length === words.length ? 1 : 0;
}

const lettered = (lines: ReadLine[]) => lines.flatMap((l) => l.words).filter((w) => hasLetters(w.text));
/** Mean confidence over the words with letters, weighted by length. */
function sureness(lines: ReadLine[]): number {
  const words = lettered(lines);
  const letters = words.reduce((n, w) => n + w.text.length, 0);
  return letters === 0 ? 0 : words.reduce((n, w) => n + w.confidence * w.text.length, 0) / letters;
}
const sureWords = (lines: ReadLine[]) => lettered(lines).filter((w) => w.confidence >= PHOTO_CHECKS.minOcrWordConfidence).map((w) => w.text.toLocaleLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));
function keepsAndAdds(first: ReadLine[], closer: ReadLine[]): boolean {
  const before = sureWords(first);
  const after = sureWords(closer);
  const letters = (words: string[]) => words.reduce((n, w) => n + w.length, 0);
  return before.every((w) => after.includes(w)) && letters(after) > letters(before);
}

/** A block's box with room around it: half-read words at its ends are often cut off. */
function padded(box: Region, letterHeight: number, photo: { width: number; height: number }): Region {
  const padX = Math.max(letterHeight * 3, box.width * 0.3);
  const padY = letterHeight * 1.2;
  const x = Math.max(0, box.x - padX);
  const y = Math.max(0, box.y - padY);
  return { x, y, width: Math.min(photo.width, box.x + box.width + padX) - x, height: Math.min(photo.height, box.y + box.height + padY) - y };
}

function confidentLines(lines: ReadLine[], minConfidence: number): string[] {
  return lines
    .map((line) => line.words.filter((word) => word.confidence >= minConfidence && hasLetters(word.text)).map((word) => word.text))
    .filter((words) => words.length > 0)
    .map((words) => words.join(' '));
}

/** The lines of words read with at least `minConfidence`, each with two letters or more. */
export function confidentText(page: Pick<Page, 'blocks'>, minConfidence: number): string {
  const lines = (page.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((p) => p.lines)).map((line) => ({ words: line.words, box: { x: 0, y: 0, width: 0, height: 0 } }));
  return confidentLines(lines, minConfidence).join('\n');
}
