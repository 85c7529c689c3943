import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { shrink, rgbFloats } from '/work/wt-15/src/image/pixels';
import { faceConfig } from '/work/wt-15/src/image/face-reader';
const require = createRequire('/work/wt-15/package.json');
globalThis.fetch = (async (u: any) => new Response(readFileSync(fileURLToPath(String(u))))) as any;
const { Human } = require(join(dirname(require.resolve('@vladmandic/human')), 'human.node-wasm.js'));
const wasm = pathToFileURL(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + '/').href;
const cfg: any = faceConfig(pathToFileURL('/work/wt-15/node_modules/@vladmandic/human/models/').href, wasm);
cfg.face.detector.return = false;
const human = new Human(cfg); await human.load(); await human.tf.ready(); let tw = performance.now(); const wr = await human.warmup({ warmup: 'full' }); console.log('warmup', Math.round(performance.now() - tw), wr?.face?.length, wr?.object?.length);
for (const f of process.argv.slice(2)) {
  const img = jpeg.decode(readFileSync(f), { useTArray: true, formatAsRGBA: true });
  const px = shrink({ width: img.width, height: img.height, data: img.data });
  for (const variant of ['all', 'noobject', 'nodesc']) {
    const input = human.tf.tensor4d(rgbFloats(px), [1, px.height, px.width, 3], 'float32');
    const over: any = variant === 'noobject' ? { object: { enabled: false } } : variant === 'nodesc' ? { face: { description: { enabled: false } } } : {};
    const t = performance.now(); const r = await human.detect(input, over); const ms = performance.now() - t;
    console.log(f.split('/').pop(), variant, Math.round(ms), JSON.stringify(r.performance), r.face.length);
    input.dispose();
  }
}
