// web-ext ships no types; this is the one call tests/store/firefox-lint.ts makes.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output: 'json' | 'text'; selfHosted?: boolean; boring?: boolean }, options: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
