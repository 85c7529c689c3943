/** Vite's `?url` import: the URL of a file the build copies into the extension (pdf.js's worker). */
declare module '*?url' {
  const url: string;
  export default url;
}
