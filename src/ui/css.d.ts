/** Vite's `?inline` import: the stylesheet's text, injected into a shadow root by hand. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
