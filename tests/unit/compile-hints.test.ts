import { describe, expect, test } from 'vitest';
import { chunksBeforeDrawing, COMPILE_HINT, compileHintsForPages } from '../../src/options/compile-hints';

/** A bundle shaped as Vite hands it over: the settings page's entry, its static imports, a lazy chunk, another page. */
function bundle() {
  const chunk = (name: string, imports: string[], facade: string | null = null, dynamicImports: string[] = []) => ({
    type: 'chunk' as const,
    fileName: name,
    isEntry: facade !== null,
    facadeModuleId: facade,
    moduleIds: facade ? [facade] : [`/src/${name}`],
    imports,
    dynamicImports,
    code: `/* ${name} */`,
  });
  return {
    'chunks/options.js': chunk('chunks/options.js', ['chunks/react.js', 'chunks/page.js'], '/repo/entrypoints/options/index.html', ['chunks/schemas.js']),
    'chunks/page.js': chunk('chunks/page.js', ['chunks/react.js', 'chunks/runtime.js']),
    'chunks/react.js': chunk('chunks/react.js', ['chunks/runtime.js']),
    'chunks/runtime.js': chunk('chunks/runtime.js', []),
    // Loaded after the first drawing: must stay lazily compiled.
    'chunks/schemas.js': chunk('chunks/schemas.js', ['chunks/runtime.js']),
    'chunks/demo.js': chunk('chunks/demo.js', ['chunks/react.js', 'chunks/demo-only.js'], '/repo/entrypoints/demo/index.html'),
    'chunks/demo-only.js': chunk('chunks/demo-only.js', []),
    'assets/options.css': { type: 'asset' as const, fileName: 'assets/options.css', source: 'main {}' },
  };
}

describe('compile hints for the settings and setup pages', () => {
  test('the chunks a page loads before drawing are its entry and its static imports, however deep; never its dynamic imports', () => {
    expect(chunksBeforeDrawing(bundle(), /[\\/]entrypoints[\\/]options[\\/]/)).toEqual(['chunks/options.js', 'chunks/page.js', 'chunks/react.js', 'chunks/runtime.js']);
  });

  test('the plugin marks those chunks once, at the very start, and leaves every other chunk and asset as it was', () => {
    const built = bundle();
    const plugin = compileHintsForPages();
    const hook = plugin.generateBundle as unknown as { handler: (options: unknown, bundle: unknown) => void };
    hook.handler({}, built);
    hook.handler({}, built); // run twice (two builds sharing a bundle object): still one hint
    const marked = Object.entries(built)
      .filter(([, file]) => file.type === 'chunk' && file.code.startsWith(COMPILE_HINT))
      .map(([name]) => name)
      .sort();
    expect(marked).toEqual(['chunks/options.js', 'chunks/page.js', 'chunks/react.js', 'chunks/runtime.js']);
    expect(built['chunks/react.js'].code).toBe(`${COMPILE_HINT}/* chunks/react.js */`);
    expect(built['chunks/schemas.js'].code).toBe('/* chunks/schemas.js */');
    expect(built['chunks/demo-only.js'].code).toBe('/* chunks/demo-only.js */');
    expect(built['assets/options.css']).toEqual({ type: 'asset', fileName: 'assets/options.css', source: 'main {}' });
  });

  test('the hint is the comment V8 reads: a line of its own, first in the file', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
