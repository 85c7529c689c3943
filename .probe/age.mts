import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { shrink, rgbFloats } from '/work/wt-15/src/image/pixels';
import { faceConfig } from '/work/wt-15/src/image/face-reader';
const require = createRequire('/work/wt-15/package.json');
globalThis.fetch = (async (u: any) => new Response(readFileSync(fileURLToPath(String(u))))) as any;
const humanDist = dirname(require.resolve('@vladmandic/human'));
const { Human } = require(join(humanDist, 'human.node-wasm.js'));
const wasm = pathToFileURL(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + '/').href;
const cfg: any = faceConfig(pathToFileURL('/tmp/w15/probe/').href, wasm);
cfg.face.detector.return = true;
const human = new Human(cfg);
await human.load(); await human.tf.ready();
const tf = human.tf;
const gear = await tf.loadGraphModel(pathToFileURL('/tmp/w15/probe/gear.json').href);
const ssr = await tf.loadGraphModel(pathToFileURL('/tmp/w15/probe/age.json').href);
const set = JSON.parse(readFileSync('/tmp/w15/first-contact.json', 'utf8'));
for (const { photo } of set) {
  if (!/children|adults/.test(photo.class)) continue;
  const bytes = readFileSync(photo.path);
  const img = photo.path.endsWith('.png') ? PNG.sync.read(bytes) : jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const px = shrink({ width: img.width, height: img.height, data: img.data });
  const input = tf.tensor4d(rgbFloats(px), [1, px.height, px.width, 3], 'float32');
  const t0 = performance.now();
  const r = await human.detect(input);
  const t1 = performance.now();
  const out: string[] = [];
  for (const f of r.face) {
    if (!f.tensor) continue;
    const ft = f.tensor.rank === 3 ? tf.expandDims(f.tensor, 0) : f.tensor; const resize = tf.image.cropAndResize(ft, [[0, 0.1, 0.9, 0.9]], [0], [gear.inputs[0].shape[2], gear.inputs[0].shape[1]]);
    const [a] = gear.execute(resize, ['age_output', 'gender_output', 'race_output']);
    const dist = Array.from(await a.data()).map((v: number) => v.toFixed(2));
    const r2 = tf.mul(tf.image.resizeBilinear(ft, [ssr.inputs[0].shape[2], ssr.inputs[0].shape[1]], false), 255);
    const sa = (await (ssr.execute(r2) as any).data())[0];
    out.push(`[${f.score.toFixed(2)} h${(f.boxRaw[3]).toFixed(2)} res=${f.age?.toFixed(0)} ssr=${sa.toFixed(0)} gear=${dist.join('/')}]`);
    tf.dispose([resize, a, r2, f.tensor]);
  }
  input.dispose();
  console.log(photo.class.padEnd(17), photo.id.padEnd(22), Math.round(t1 - t0) + 'ms', out.join(' '));
}
