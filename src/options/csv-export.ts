import Papa from 'papaparse';

/**
 * A list of names as a CSV file the teacher saves (and can import again): one column headed in
 * the page's language ("Name", "Enw": the import knows both), quoted where needed. Built in the
 * page and handed to the browser's own download; nothing is sent.
 */
export function namesCsv(names: readonly string[], heading: string): string {
  return `\uFEFF${Papa.unparse({ fields: [heading], data: names.map((name) => [name]) }, { newline: '\r\n' })}\r\n`;
}

export function download(fileName: string, contents: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
