import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { context, type BuildOptions } from 'esbuild';

/**
 * `npm run demo`: the induction demo without the extension, as a web page served from this
 * computer only (127.0.0.1). The same React app and the same engine as the extension's demo page,
 * bundled with esbuild into `.output/demo-web/`: one HTML file, one script, one stylesheet. The page
 * fetches nothing else, so it works with the network unplugged.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
export const DEMO_WEB_DIR = `${root}.output/demo-web`;

const options: BuildOptions = {
  entryPoints: { demo: `${root}src/demo/web/main.tsx` },
  outdir: DEMO_WEB_DIR,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome120', 'firefox115', 'safari16'],
  jsx: 'automatic',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

export interface DemoServer {
  url: string;
  stop(): Promise<void>;
}

/** Builds the demo and serves it on 127.0.0.1 (port 0: any free port). */
export async function serveDemo(port = 8787): Promise<DemoServer> {
  mkdirSync(DEMO_WEB_DIR, { recursive: true });
  copyFileSync(`${root}src/demo/web/index.html`, `${DEMO_WEB_DIR}/index.html`);
  const ctx = await context(options);
  await ctx.rebuild();
  const { port: actual } = await ctx.serve({ servedir: DEMO_WEB_DIR, host: '127.0.0.1', port });
  return { url: `http://127.0.0.1:${actual}/`, stop: () => ctx.dispose() };
}

/** Builds the demo into `.output/demo-web/` without serving it. */
export async function buildDemo(): Promise<void> {
  mkdirSync(DEMO_WEB_DIR, { recursive: true });
  copyFileSync(`${root}src/demo/web/index.html`, `${DEMO_WEB_DIR}/index.html`);
  const ctx = await context(options);
  await ctx.rebuild();
  await ctx.dispose();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'build') {
    await buildDemo();
    console.log(`demo built in ${DEMO_WEB_DIR}`);
  } else {
    const port = Number(process.env.PORT ?? 8787);
    const server = await serveDemo(port);
    console.log(`Induction demo: open ${server.url} (served from this computer only; Ctrl+C to stop)`);
  }
}
