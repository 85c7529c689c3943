import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeReaders } from '/work/wt-15/src/image/node-readers';
import { checkImageInput } from '/work/wt-15/src/image/image-type';
const P = '/work/shared/data/photos';
const files = ['children', 'adults', 'no-people', 'exif'].flatMap((d) => readdirSync(join(P, d)).map((f) => join(P, d, f)));
const r = createNodeReaders(); await r.load();
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rows: string[] = []; let F = 0, T = 0;
for (const f of files) {
  const bytes = new Uint8Array(readFileSync(f));
  const px = await r.decode(bytes, checkImageInput(bytes));
  let c = cpu(); await r.faces(px); const fc = cpu() - c;
  c = cpu(); await r.text(px); const tc = cpu() - c;
  F += fc; T += tc; rows.push(`${f.split('/').pop()} faces ${Math.round(fc)} text ${Math.round(tc)}`);
}
console.log(rows.join('\n')); console.log('total cpu ms faces', Math.round(F), 'text', Math.round(T), 'per photo', Math.round(F / files.length), Math.round(T / files.length));
await r.close();
