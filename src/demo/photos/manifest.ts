import { z } from 'zod';
import type { Licence, PhotoCredit } from './credits';

/**
 * Reading the shared photo set's MANIFEST.md (../shared/data/photos/) for the photos the demo
 * bundles: each row's source and licence, the SHA-256 list, and whether the licence lets us ship
 * the photo inside an extension package. Pure (text in, data out) so a unit test can hold it to
 * the real manifest and to rows made up to break it.
 */
export interface ManifestRow {
  /** Path inside the photo set, e.g. `children/ubba_kids-taekwondo-01.jpg`. */
  path: string;
  source: string;
  licence: string;
}

export interface Manifest {
  rows: Map<string, ManifestRow>;
  sha256: Map<string, string>;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
const unquote = (text: string) => text.replace(/`/g, '').trim();

/** Every table row under a `## folder/ — …` heading, by its path, and the SHA-256 block. */
export function parseManifest(text: string): Manifest {
  const rows = new Map<string, ManifestRow>();
  const sha256 = new Map<string, string>();
  let folder: string | null = null;
  let header: string[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^##\s+([\w-]+)\/\s/.exec(line);
    if (heading) {
      folder = heading[1]!;
      header = null;
      continue;
    }
    if (/^##\s/.test(line)) folder = null;
    const hash = /^([0-9a-f]{64})\s+(\S+)$/.exec(line.trim());
    if (hash) sha256.set(hash[2]!, hash[1]!);
    if (!folder || !line.trim().startsWith('|')) {
      header = line.trim().startsWith('|') ? header : null;
      continue;
    }
    const row = cells(line);
    if (!header) {
      header = row.map((cell) => cell.toLowerCase());
      continue;
    }
    if (row.every((cell) => /^-+$/.test(cell))) continue;
    const at = (name: string) => header!.findIndex((cell) => cell.startsWith(name));
    const [file, source, licence] = [at('file'), at('source'), at('licence')].map((index) => (index < 0 ? undefined : row[index]));
    if (!file || !source || !licence) continue;
    const path = `${folder}/${unquote(file)}`;
    rows.set(path, { path, source: unquote(source), licence: unquote(licence) });
  }
  return { rows, sha256 };
}

const DEEDS: Record<Licence, string | null> = {
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'Public domain': null,
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
};

/**
 * The licences that let a photo travel inside the extension's package: CC0 and public domain,
 * and CC BY / CC BY-SA with the author credited where it is shown (we ship the photo unchanged, so
 * ShareAlike asks nothing more). Non-commercial or no-derivatives terms, and licences outside
 * Creative Commons (MIT sample data of unstated origin, the Pexels licence), are refused.
 */
export function classifyLicence(statement: string): { licence: Licence; attributionRequired: boolean } | { refused: string } {
  const text = statement.trim();
  if (/\b(NC|ND)\b|non-?commercial|no-?deriv/i.test(text)) return { refused: 'non-commercial or no-derivatives terms' };
  if (/^CC0\b/i.test(text)) return { licence: 'CC0 1.0', attributionRequired: false };
  if (/^public domain\b/i.test(text)) return { licence: 'Public domain', attributionRequired: false };
  if (/^CC BY-SA 4\.0\b/.test(text)) return { licence: 'CC BY-SA 4.0', attributionRequired: true };
  if (/^CC BY 4\.0\b/.test(text)) return { licence: 'CC BY 4.0', attributionRequired: true };
  return { refused: `“${text.split(/\s[—(]/)[0]}” is not a licence the demo may redistribute (CC0, public domain, CC BY 4.0, CC BY-SA 4.0)` };
}

export const SelectionSchema = z.strictObject({
  $comment: z.string().optional(),
  photos: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), file: z.string().regex(/^[\w-]+\/[\w.-]+\.(jpe?g|png)$/i), credit: z.string().min(1) }))
    .min(1)
    .refine((photos) => new Set(photos.map((p) => p.id)).size === photos.length, 'photo ids must be unique')
    .refine((photos) => new Set(photos.map((p) => p.file.split('/').pop())).size === photos.length, 'photo file names must be unique'),
});
export type Selection = z.infer<typeof SelectionSchema>;

/**
 * The credits for the chosen photos, or every reason they cannot be shipped: a photo the manifest
 * does not list, a licence we may not redistribute, a credit the manifest's row does not name, no
 * SHA-256 to check the bytes against.
 */
export function creditsFor(selection: Selection, manifest: Manifest): { credits: PhotoCredit[]; problems: string[] } {
  const credits: PhotoCredit[] = [];
  const problems: string[] = [];
  for (const chosen of selection.photos) {
    const row = manifest.rows.get(chosen.file);
    if (!row) {
      problems.push(`${chosen.file}: not listed in the manifest`);
      continue;
    }
    const licence = classifyLicence(row.licence);
    if ('refused' in licence) {
      problems.push(`${chosen.file}: ${licence.refused}`);
      continue;
    }
    if (!`${row.licence} ${row.source}`.includes(chosen.credit)) problems.push(`${chosen.file}: the manifest's row does not name “${chosen.credit}”`);
    const sha256 = manifest.sha256.get(chosen.file);
    if (!sha256) problems.push(`${chosen.file}: no SHA-256 in the manifest`);
    credits.push({
      id: chosen.id,
      file: chosen.file.split('/').pop()!,
      credit: chosen.credit,
      licence: licence.licence,
      licenceUrl: DEEDS[licence.licence],
      attributionRequired: licence.attributionRequired,
      source: row.source,
      licenceStatement: row.licence,
      sha256: sha256 ?? '0'.repeat(64),
    });
  }
  return { credits, problems };
}

/** The credits as a short text for people reading the package (CREDITS.md beside the photos). */
export function creditsMarkdown(credits: readonly PhotoCredit[]): string {
  const lines = [
    '# Photos in the induction demo',
    '',
    'Real photographs, shipped unchanged, that the demo attaches to its sample posts so the photo check can read them. Generated at build time from the shared photo set’s MANIFEST.md.',
    '',
  ];
  for (const c of credits) {
    lines.push(`## ${c.file}`, '', `- Credit: ${c.credit}`, `- Licence: ${c.licence}${c.licenceUrl ? ` (${c.licenceUrl})` : ''}${c.attributionRequired ? ', attribution required' : ''}`, `- Source: ${c.source}`, `- Licence statement: ${c.licenceStatement}`, `- SHA-256: ${c.sha256}`, '');
  }
  return lines.join('\n');
}
