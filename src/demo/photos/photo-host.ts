import { createContext, useContext, useEffect, useState } from 'react';
import type { AttachedImage } from '../../messages';
import type { PhotoCredit } from './credits';

/**
 * What the page hosting the demo can do with the bundled photos. The extension's demo page gives
 * the real thing (`extension-host.ts`: the photo from the package, read by the extension's own
 * photo check, the path a photo attached to a post takes); the web page of `npm run demo` has no
 * extension and gives nothing, and the demo says the photo check runs inside the extension.
 */
export interface PhotoHost {
  /** The photo's credits (from the build's credits.json) and its address in the package. */
  credit(photoId: string): Promise<{ credit: PhotoCredit; url: string }>;
  /** Reads the photo with the real photo check: its evidence, or why it could not be read. */
  read(credit: PhotoCredit, url: string): Promise<AttachedImage>;
}

export const PhotoHostContext = createContext<PhotoHost | null>(null);

export type PhotoCheckState =
  | { kind: 'no-extension' }
  | { kind: 'checking'; credit: PhotoCredit | null; url: string | null }
  | { kind: 'done'; credit: PhotoCredit; url: string; image: AttachedImage }
  | { kind: 'off'; credit: PhotoCredit | null; url: string | null; reason: string };

/**
 * One reading per photo for the life of the page, shared by every view of it (the scenario list,
 * presenter mode, a policy switch): the photo check's answer does not depend on the policy, only
 * the clauses its findings cite do, and those are worked out from the evidence by the engine here.
 */
const readings = new WeakMap<PhotoHost, Map<string, Promise<PhotoCheckState>>>();

function reading(host: PhotoHost, photoId: string): Promise<PhotoCheckState> {
  let byPhoto = readings.get(host);
  if (!byPhoto) readings.set(host, (byPhoto = new Map()));
  let result = byPhoto.get(photoId);
  if (!result) {
    result = (async (): Promise<PhotoCheckState> => {
      let found: { credit: PhotoCredit; url: string };
      try {
        found = await host.credit(photoId);
      } catch (error) {
        return { kind: 'off', credit: null, url: null, reason: (error as Error).message };
      }
      const image = await host.read(found.credit, found.url).catch((error: unknown): AttachedImage => ({ name: found.credit.file, error: (error as Error).message ?? String(error) }));
      return 'evidence' in image ? { kind: 'done', ...found, image } : { kind: 'off', ...found, reason: image.error };
    })();
    byPhoto.set(photoId, result);
  }
  return result;
}

/** The photo check's state for a scenario's photo, from "checking" to its answer. */
export function usePhotoCheck(photoId: string | undefined): PhotoCheckState | null {
  const host = useContext(PhotoHostContext);
  const [state, setState] = useState<PhotoCheckState | null>(null);
  useEffect(() => {
    if (!photoId) return setState(null);
    if (!host) return setState({ kind: 'no-extension' });
    let current = true;
    setState({ kind: 'checking', credit: null, url: null });
    void host.credit(photoId).then(
      (found) => current && setState((s) => (s?.kind === 'checking' ? { kind: 'checking', ...found } : s)),
      () => undefined,
    );
    void reading(host, photoId).then((done) => current && setState(done));
    return () => {
      current = false;
    };
  }, [host, photoId]);
  return state;
}
