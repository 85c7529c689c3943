import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { shrink, rgbFloats } from '/work/wt-15/src/image/pixels';
const require = createRequire('/work/wt-15/package.json');
globalThis.fetch = (async (u: any) => new Response(readFileSync(fileURLToPath(String(u))))) as any;
const humanDist = dirname(require.resolve('@vladmandic/human'));
const { Human } = require(join(humanDist, 'human.node-wasm.js'));
const wasm = pathToFileURL(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + '/').href;
const which = process.argv[2];
const files = process.argv.slice(3);
const cfg: any = { backend: 'wasm', modelBasePath: pathToFileURL('/tmp/w15/probe/').href, wasmPath: wasm, debug: false, async: true, warmup: 'none', cacheModels: false,
  filter: { enabled: false }, gesture: { enabled: false }, face: { enabled: false }, hand: { enabled: false }, segmentation: { enabled: false },
  body: { enabled: false }, object: { enabled: false } };
if (which === 'centernet') cfg.object = { enabled: true, modelPath: 'centernet.json', minConfidence: 0.2, iouThreshold: 0.4, maxDetected: 30, skipFrames: 0, skipTime: 0 };
if (which === 'nanodet') cfg.object = { enabled: true, modelPath: 'nanodet.json', minConfidence: 0.2, iouThreshold: 0.4, maxDetected: 30, skipFrames: 0, skipTime: 0 };
if (which.startsWith('movenet') || which === 'efficientpose') cfg.body = { enabled: true, modelPath: which + '.json', minConfidence: 0.2, maxDetected: -1, skipFrames: 0, skipTime: 0 };
const human = new Human(cfg);
let t = performance.now(); await human.load(); await human.tf.ready(); console.log('load', Math.round(performance.now() - t), human.tf.getBackend());
for (const f of files) {
  const bytes = readFileSync(f);
  const img = f.endsWith('.png') ? PNG.sync.read(bytes) : jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  const px = shrink({ width: img.width, height: img.height, data: img.data });
  const input = human.tf.tensor4d(rgbFloats(px), [1, px.height, px.width, 3], 'float32');
  t = performance.now();
  const r = await human.detect(input);
  const ms = Math.round(performance.now() - t);
  input.dispose();
  const objs = (r.object || []).filter((o: any) => o.label === 'person').map((o: any) => `${o.score.toFixed(2)}@${o.box.map((v: number) => Math.round(v)).join(',')}`);
  const bodies = (r.body || []).map((b: any) => `${b.score.toFixed(2)}@${b.box.map((v: number) => Math.round(v)).join(',')}[${b.keypoints.length}]`);
  console.log(f.split('/').pop(), px.width + 'x' + px.height, ms + 'ms', 'persons:', objs.join(' '), 'bodies:', bodies.join(' '));
}
