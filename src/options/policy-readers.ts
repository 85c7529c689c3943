import type { DocumentReaders } from '../policy-import/read-document';
import type { TextRun } from '../policy-import/pdf-text';
// pdf.js's worker, copied into the extension by the build: the worker is the extension's own file,
// allowed by its Content-Security-Policy ('self'); nothing is fetched from anywhere else.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * The parsers in the options page: mammoth for .docx and pdf.js for .pdf, loaded only when a
 * teacher chooses a document of that kind, and the browser's own DOMParser for HTML. pdf.js is told
 * not to evaluate code (the page's CSP forbids it anyway), not to load fonts and not to fetch
 * anything: it reads the text layer from the bytes it is given.
 */
export function createBrowserReaders(): DocumentReaders {
  return {
    async docxToHtml(bytes) {
      const mammoth = (await import('mammoth')).default;
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const result = await mammoth.convertToHtml(
        { arrayBuffer: buffer },
        { ignoreEmptyParagraphs: false, externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) } as never,
      );
      return result.value;
    },
    async pdfPages(bytes) {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
      const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
      const document = await task.promise;
      try {
        const pages: TextRun[][] = [];
        for (let n = 1; n <= document.numPages; n++) {
          const content = await (await document.getPage(n)).getTextContent();
          pages.push(content.items.filter((item) => 'str' in item) as unknown as TextRun[]);
        }
        return pages;
      } finally {
        await task.destroy();
      }
    },
    parseHtml(html) {
      return new DOMParser().parseFromString(html, 'text/html').body as never;
    },
  };
}
