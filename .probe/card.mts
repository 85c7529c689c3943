import { readFileSync } from 'node:fs';
import { createWorker, PSM, OEM } from 'tesseract.js';
import { PNG } from 'pngjs';
import { renderPages } from '/work/wt-15/tests/unit/photo-fixtures';
import { RENDERED } from '/work/wt-15/tests/eval/photo-set';
import { toGrey, resample } from '/work/wt-15/src/image/pixels';
const pages = RENDERED.filter((r) => r.id.includes('card'));
const paths = await renderPages('/tmp/w15', pages);
const w = await createWorker('eng', OEM.LSTM_ONLY, { langPath: '/work/wt-15/node_modules/@tesseract.js-data/eng/4.0.0_best_int', gzip: true, cacheMethod: 'none' });
await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
for (const p of paths) {
  const img = PNG.sync.read(readFileSync(p));
  const g = toGrey({ width: img.width, height: img.height, data: img.data });
  const png = new PNG({ width: g.width, height: g.height }); png.data = Buffer.from(g.data.buffer); 
  const { data } = await w.recognize(PNG.sync.write(png), {}, { blocks: true, text: false });
  for (const b of data.blocks ?? []) console.log('BLOCK', JSON.stringify(b.bbox), b.paragraphs.flatMap((p) => p.lines).map((l) => l.words.map((x) => `${x.text}:${Math.round(x.confidence)}`).join(' ')).join(' | '));
}
await w.terminate();
