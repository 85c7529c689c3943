import type { Plugin } from 'vite';

/** V8's explicit compile hint: every function in the file is compiled as the file is, not on first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

interface ChunkLike {
  readonly type: 'chunk';
  readonly isEntry: boolean;
  readonly facadeModuleId: string | null;
  readonly moduleIds: readonly string[];
  readonly imports: readonly string[];
  code: string;
}

/**
 * The chunks a page loads before it can be drawn: its entry's chunk and everything that imports
 * statically, however deep (never its dynamic imports, which load after the first drawing).
 */
export function chunksBeforeDrawing(bundle: Record<string, { type: string }>, entry: RegExp): string[] {
  const chunks = Object.entries(bundle).filter((pair): pair is [string, ChunkLike] => pair[1].type === 'chunk');
  const byName = new Map(chunks);
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name) || !byName.has(name)) return;
    found.add(name);
    byName.get(name)!.imports.forEach(visit);
  };
  for (const [name, chunk] of chunks) {
    if (chunk.isEntry && [chunk.facadeModuleId ?? '', ...chunk.moduleIds].some((id) => entry.test(id))) visit(name);
  }
  return [...found].sort();
}

/**
 * A build step for the settings and setup pages (issue 14: usable within 0.5 s of the first
 * opening). On a first opening there is no code cache yet: V8 pre-parses each function of the
 * page's script as it loads, then parses it again in full on the main thread when the first
 * drawing calls it, which it does for nearly all of React and ReactDOM and the page's own code.
 * With the hint the chunks those pages load before drawing are compiled whole as they stream in,
 * on a background thread, and the main thread only runs them. Browsers without the hint (Firefox)
 * read a comment. Dynamic imports (the full read, the engine, the file readers) are left lazy.
 */
export function compileHintsForPages(entry = /[\\/]entrypoints[\\/](options|setup)[\\/]/): Plugin {
  return {
    name: 'guardrail:compile-hints-for-pages',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const name of chunksBeforeDrawing(bundle, entry)) {
          const chunk = bundle[name] as unknown as ChunkLike;
          if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
