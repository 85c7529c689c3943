import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { DocumentReaders } from './read-document';
import type { TextRun } from './pdf-text';

/**
 * The parsers on Node, for the command line: mammoth for .docx, pdf.js's legacy build (which runs
 * its worker in the same thread under Node) for .pdf, linkedom for HTML. No file is fetched: pdf.js
 * is told not to evaluate code, not to load fonts and not to fetch anything.
 */
export function createNodeReaders(): DocumentReaders {
  return {
    async docxToHtml(bytes) {
      const result = await mammoth.convertToHtml(
        { buffer: Buffer.from(bytes) },
        { ignoreEmptyParagraphs: false, externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) } as never,
      );
      return result.value;
    },
    async pdfPages(bytes) {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const require = createRequire(import.meta.url);
      pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
      const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
      const document = await task.promise;
      try {
        const pages: TextRun[][] = [];
        for (let n = 1; n <= document.numPages; n++) {
          const page = await document.getPage(n);
          const content = await page.getTextContent();
          pages.push(content.items.filter((item): item is TextRun & typeof item => 'str' in item) as TextRun[]);
        }
        return pages;
      } finally {
        await task.destroy();
      }
    },
    parseHtml(html) {
      return parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`).document.body as never;
    },
  };
}

export async function readFileBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
