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
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const variant = process.argv[2];
const cfg: any = faceConfig(pathToFileURL('/work/wt-15/node_modules/@vladmandic/human/models/').href, wasm);
cfg.face.detector.return = false;
if (variant === 'noobject') cfg.object.enabled = false;
if (variant === 'nodesc') cfg.face.description.enabled = false;
if (variant === 'onlyobject') cfg.face.enabled = false;
if (variant === 'onlydetect') { cfg.face.description.enabled = false; cfg.face.mesh.enabled = false; cfg.object.enabled = false; }
const human = new Human(cfg); await human.load(); await human.tf.ready();
let sum = 0;
for (const f of process.argv.slice(3)) {
  const img = jpeg.decode(readFileSync(f), { useTArray: true, formatAsRGBA: true });
  const px = shrink({ width: img.width, height: img.height, data: img.data });
  for (let round = 0; round < 3; round++) {
    const input = human.tf.tensor4d(rgbFloats(px), [1, px.height, px.width, 3], 'float32');
    const c = cpu(); const r = await human.detect(input); const ms = cpu() - c;
    if (round === 2) { sum += ms; console.log(variant, f.split('/').pop(), Math.round(ms), r.face.length, r.object.length); }
    input.dispose();
  }
}
console.log(variant, 'sum', Math.round(sum));
