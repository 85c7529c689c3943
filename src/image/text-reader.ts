import { createWorker, OEM, PSM, type ImageLike, type Page, type Worker, type WorkerOptions } from 'tesseract.js';
import { PHOTO_CHECKS } from '../engine/photo-rules';

/**
 * Words legible in a photo (a certificate, a name badge, a whiteboard, a sign, a uniform), with
 * tesseract.js and the English model from @tesseract.js-data/eng. The caller says where the worker
 * script, the WebAssembly core and the model are on this device; nothing is fetched from elsewhere
 * and nothing is cached (the model is already a local file).
 *
 * Photos are not documents: text is found "sparse" (single words and short lines anywhere in the
 * picture, which is also far faster on busy scenes), and only words the recogniser is sure of
 * are kept, because grass, brick and hair otherwise read as strings of random letters.
 */
export type TextReaderPaths = Pick<WorkerOptions, 'langPath'> & Partial<Pick<WorkerOptions, 'workerPath' | 'corePath' | 'workerBlobURL'>>;

export class TextReader {
  private worker: Promise<Worker> | null = null;

  constructor(private readonly paths: TextReaderPaths) {}

  load(): Promise<Worker> {
    this.worker ??= (async () => {
      const worker = await createWorker('eng', OEM.LSTM_ONLY, { ...this.paths, gzip: true, cacheMethod: 'none' });
      await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
      return worker;
    })().catch((error: unknown) => {
      this.worker = null;
      throw error;
    });
    return this.worker;
  }

  async read(image: ImageLike): Promise<string> {
    const worker = await this.load();
    const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
    return confidentText(data, PHOTO_CHECKS.minOcrWordConfidence);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker).terminate();
  }
}

/** The lines of words read with at least `minConfidence`, each with two letters or more. */
export function confidentText(page: Pick<Page, 'blocks'>, minConfidence: number): string {
  const lines: string[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words = line.words.filter((word) => word.confidence >= minConfidence && /\p{L}.*\p{L}/u.test(word.text)).map((word) => word.text);
        if (words.length > 0) lines.push(words.join(' '));
      }
    }
  }
  return lines.join('\n');
}
