import { readFileSync } from 'node:fs';
import { createNodeReaders } from '/work/wt-15/src/image/node-readers';
import { readPhoto } from '/work/wt-15/src/image/read-photo';
const r = createNodeReaders(); await r.load();
for (const f of process.argv.slice(2)) { const t = performance.now(); const { evidence, timings } = await readPhoto(new Uint8Array(readFileSync(f)), f, r); console.log(f.split('/').pop(), Math.round(timings.facesMs), Math.round(timings.textMs), JSON.stringify(evidence.text.slice(0, 100))); }
await r.close();
