import type { AttachedImage } from '../messages';
import { MAX_IMAGE_BYTES } from '../image/image-type';
import { readImage, type ReadImageResult } from './engine-client';

/**
 * The photos attached to one composer, and what the photo check found in each. A photo is known
 * by its content (SHA-256), so the same file seen as it is chosen and again as the site's preview
 * is read once. A photo the site stops previewing (the teacher removed it) is forgotten. Reading
 * happens in the extension's analysis page; the bytes go there and nowhere else.
 */
interface Entry {
  key: string;
  name: string;
  state: 'reading' | 'read' | 'failed';
  result: AttachedImage | null;
  done: Promise<void>;
  finish: () => void;
  /** The site's preview images showing this photo; once there were some and none are left, it was removed. */
  previews: Set<Element>;
}

export class AttachedImages {
  private readonly entries = new Map<string, Entry>();
  /** Bumped whenever what would be sent for a check changes, so an answer for other photos is not reused. */
  version = 0;

  constructor(
    private readonly onChange: () => void,
    private readonly read: (name: string, data: string) => Promise<ReadImageResult> = readImage,
  ) {}

  get count(): number {
    return this.entries.size;
  }

  pending(): boolean {
    return [...this.entries.values()].some((e) => e.state === 'reading');
  }

  /** Resolves when every photo attached so far has been read (or has failed). */
  async settled(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.done));
  }

  /** What the next check sends: each photo's evidence, or why it could not be read. */
  forCheck(): AttachedImage[] {
    return [...this.entries.values()].flatMap((e) => (e.result ? [e.result] : []));
  }

  async add(file: Blob, name: string, preview?: Element): Promise<void> {
    if (file.size > MAX_IMAGE_BYTES) {
      // Not even hashed: the teacher is told at once, and the post is never held for it.
      this.settle(this.start(`${name}:${file.size}`, name, preview), { name, error: `the file is ${Math.round(file.size / 1024 / 1024)} MB; photos over ${MAX_IMAGE_BYTES / 1024 / 1024} MB are not checked` });
      return;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return; // the site revoked its preview before we could look: the file itself arrives by another route
    }
    const key = await digest(bytes);
    const known = this.entries.get(key);
    if (known) {
      if (preview) known.previews.add(preview);
      // The same photo seen first as the site's preview (named by its alt text, or "attached photo")
      // and then from the file chooser: which comes first depends on how busy the machine is; the
      // teacher should read the file's own name either way.
      else if (name !== known.name) this.rename(known, name);
      return;
    }
    const entry = this.start(key, name, preview);
    let result: ReadImageResult;
    try {
      result = await this.read(name, await toBase64(file));
    } catch (error) {
      result = { ok: false, error: (error as Error).message ?? String(error) };
    }
    this.settle(entry, result.ok ? { evidence: result.evidence } : { name, error: result.error });
  }

  /** A preview left the page: if it was the last one showing its photo, the photo was removed. */
  forgetPreview(preview: Element): void {
    for (const [key, entry] of this.entries) {
      if (!entry.previews.delete(preview) || entry.previews.size > 0) continue;
      this.entries.delete(key);
      this.changed();
    }
  }

  private start(key: string, name: string, preview?: Element): Entry {
    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const entry: Entry = { key, name, state: 'reading', result: null, done, finish, previews: new Set(preview ? [preview] : []) };
    this.entries.set(key, entry);
    this.changed();
    return entry;
  }

  private rename(entry: Entry, name: string): void {
    entry.name = name;
    if (entry.result) entry.result = named(entry.result, name);
    if (this.entries.get(entry.key) === entry) this.changed();
  }

  private settle(entry: Entry, result: AttachedImage): void {
    entry.result = named(result, entry.name);
    entry.state = 'evidence' in result ? 'read' : 'failed';
    entry.finish();
    // Removed while it was being read: nothing more to say about it.
    if (this.entries.get(entry.key) === entry) this.changed();
  }

  private changed(): void {
    this.version++;
    this.onChange();
  }
}

/** The result as the teacher should read it: under the photo's best-known name. */
function named(result: AttachedImage, name: string): AttachedImage {
  return 'evidence' in result ? { evidence: { ...result.evidence, name } } : { ...result, name };
}

async function digest(bytes: ArrayBuffer): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Base64 through the browser's own encoder (a data: URL), which is fast even for a large photo. */
export function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the photo could not be read'));
    reader.readAsDataURL(blob);
  });
}
