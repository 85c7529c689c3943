import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { hashRoster } from '../engine/hash-roster';
import { importRoster, RosterFileError } from '../settings/roster-import';

/**
 * `guardrail hash-roster [--salt SALT] [--out FILE] ROSTER.csv`: turns a roster export into the
 * hashed roster a school puts in its browser policy (`hashedRoster`), so the policy file does not
 * list pupils' names in plain text. The names are read, hashed and forgotten; only the hashes are written.
 */
export const HASH_ROSTER_HELP = `guardrail hash-roster [--salt SALT] [--out FILE] ROSTER.csv

Reads a roster (CSV or TSV: one full-name column, or first and last name columns, header optional)
and prints the hashed roster as JSON, for the "hashedRoster" setting of the school's browser policy.
--salt  At least 16 characters, secret to the school, different from every other school's. Left
        out, a random salt is made (and is in the output, where the extension needs it).
--out   Write the JSON to FILE instead of standard output.
Rows that cannot be read are listed on standard error with their line numbers.`;

export class HashRosterUsageError extends Error {}

export interface HashRosterOptions {
  readonly salt?: string;
  readonly out?: string;
  readonly file: string;
}

export async function runHashRoster(options: HashRosterOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const salt = options.salt ?? randomBytes(24).toString('base64url');
  if (salt.length < 16) throw new HashRosterUsageError('--salt must be at least 16 characters: a short salt makes the names easier to guess');
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HashRosterUsageError(`cannot read ${options.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
  let imported;
  try {
    imported = importRoster(text);
  } catch (error) {
    if (error instanceof RosterFileError) throw new HashRosterUsageError(`${options.file}: ${error.message}`);
    throw error;
  }
  for (const row of imported.rejected) err(`guardrail: ${options.file}, line ${row.line}: ${row.reason}; left out`);
  if (imported.names.length === 0) throw new HashRosterUsageError(`${options.file}: no names to hash (${imported.columns})`);
  const { roster, notes } = hashRoster(imported.names, salt);
  for (const note of notes) err(`guardrail: “${imported.names[note.index]}” ${note.reason}`);
  const json = JSON.stringify(roster, null, 2);
  if (options.out) await writeFile(options.out, `${json}\n`, 'utf8');
  else out(json);
  if (options.salt === undefined) err('guardrail: no --salt given: a random salt was made; it is in the output.');
  err(
    `guardrail: ${roster.names} pupil${roster.names === 1 ? '' : 's'} hashed into ${roster.hashes.length.toLocaleString('en-GB')} entries (${imported.columns})` +
      `${imported.duplicates.length ? `; ${imported.duplicates.length} duplicate row${imported.duplicates.length === 1 ? '' : 's'} skipped` : ''}` +
      `${imported.rejected.length ? `; ${imported.rejected.length} row${imported.rejected.length === 1 ? '' : 's'} left out` : ''}.`,
  );
  return imported.rejected.length > 0 ? 1 : 0;
}
