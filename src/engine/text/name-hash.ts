import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { NameListKind } from '../detectors/name-keys';

/**
 * The hash of one spelling of a name: HMAC-SHA-256 keyed by the school's salt, over the kind of
 * lookup and the words ("full", "amira khan"), cut to 128 bits. The kind is hashed in, so the same
 * words as a first name and as a surname give unrelated hashes. Synchronous (the engine checks a
 * draft in one go) and the same in Node and the browser.
 */
export type NameHasher = (list: NameListKind, words: readonly string[]) => string;

const HASH_BYTES = 16;

export function nameHasher(salt: string): NameHasher {
  const key = utf8ToBytes(salt);
  return (list, words) => bytesToHex(hmac(sha256, key, utf8ToBytes(`${list}\u001f${words.join(' ')}`)).subarray(0, HASH_BYTES));
}
