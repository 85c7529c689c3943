import { storage } from 'wxt/utils/storage';

/**
 * Where the teacher's settings live. Only `storage.local`: a pupil roster must not be synced to
 * the browser vendor's servers. Read as `unknown` and validated by the schema on every load, so a
 * damaged or hand-edited value is explained, never trusted, and never overwritten.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: 1,
});
