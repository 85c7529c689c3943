import { readFileSync, writeFileSync } from 'node:fs';
import { createWorker, PSM, OEM } from 'tesseract.js';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { toGrey, resample, shrink, darkGroundInverted } from '/work/wt-15/src/image/pixels';
const w = await createWorker('eng', OEM.LSTM_ONLY, { langPath: '/work/wt-15/node_modules/@tesseract.js-data/eng/4.0.0_best_int', gzip: true, cacheMethod: 'none' });
const enc = (g: any) => { const png = new PNG({ width: g.width, height: g.height }); png.data = Buffer.from(g.data.buffer); return PNG.sync.write(png); };
for (const [mode, invert] of [['polar', '0']] as const) {
  await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, tessedit_do_invert: invert as any });
  let total = 0; const texts: string[] = [];
  for (const f of process.argv.slice(2)) {
    const b = readFileSync(f);
    const img = f.endsWith('.png') ? PNG.sync.read(b) : jpeg.decode(b, { useTArray: true, formatAsRGBA: true });
    const px = shrink({ width: img.width, height: img.height, data: img.data });
    let g = toGrey(px); const s = Math.min(1, 1024 / Math.max(g.width, g.height));
    g = resample(g, { x: 0, y: 0, width: g.width, height: g.height }, s);
    const t0 = performance.now();
    if (mode === 'polar') g = darkGroundInverted(g, Number(process.env.R ?? 24), Number(process.env.T ?? 100));
    if (f.includes('gate')) writeFileSync(`/tmp/w15/gate-${mode}.png`, enc(g));
    const im = enc(g);
    const t = performance.now();
    const { data } = await w.recognize(im, {}, { blocks: true, text: false });
    total += performance.now() - t0;
    texts.push((data.blocks ?? []).flatMap((bl) => bl.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.filter((x) => x.confidence >= 75).map((x) => x.text)))).join(' ').slice(0, 50));
  }
  console.log(mode, Math.round(total), JSON.stringify(texts));
}
await w.terminate();
