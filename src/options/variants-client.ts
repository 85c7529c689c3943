import type { Variant } from './school-variants';

/**
 * The settings page's side of the spellings preview: the school's name as typed goes to the engine
 * in a worker (src/options/variants-worker.ts), and the spellings come back. A keystroke never
 * waits for the engine: while one name is being checked, only the latest name typed meanwhile is
 * kept for next. Where a worker cannot be started, the engine loads into the page as before.
 */
export interface VariantsQuestion {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The example post about school, in the page's language, with `marker` where the spelling goes. */
  readonly example: string;
  readonly marker: string;
}

export interface VariantsAnswer {
  readonly id: number;
  readonly variants: Variant[];
  readonly error?: string;
}

type Ask = Omit<VariantsQuestion, 'id'>;

/** Stands for the spelling in the example post: a private-use character no translation contains. */
export const VARIANT_MARKER = '\uE000';

type Waiting = { ask: Ask; resolve(variants: Variant[] | null): void };

let worker: Worker | null | undefined;
let nextId = 0;
let inFlight: (Waiting & { id: number }) | null = null;
let queued: Waiting | null = null;

function inPage(ask: Ask): Promise<Variant[]> {
  return import('./school-variants').then(({ schoolVariants }) => schoolVariants(ask.name, ask.aliases, (text) => ask.example.split(ask.marker).join(text)));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./variants-worker.ts', import.meta.url), { type: 'module', name: 'school-variants' });
    worker.onmessage = ({ data }: MessageEvent<VariantsAnswer>) => {
      if (inFlight?.id !== data.id) return;
      inFlight.resolve(data.variants);
      inFlight = null;
      sendQueued();
    };
    worker.onerror = () => {
      // The worker could not load (or broke): the page answers from now on, starting with what was waiting.
      worker?.terminate();
      worker = null;
      for (const waiting of [inFlight, queued]) if (waiting) void inPage(waiting.ask).then(waiting.resolve, () => waiting.resolve([]));
      inFlight = null;
      queued = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

function sendQueued(): void {
  if (!queued || !worker) return;
  inFlight = { ...queued, id: ++nextId };
  queued = null;
  worker.postMessage({ id: inFlight.id, ...inFlight.ask } satisfies VariantsQuestion);
}

/**
 * The spellings the engine recognises for this name. A question superseded by a later one before
 * it was sent answers null: the caller only draws the latest.
 */
export function askVariants(ask: Ask): Promise<Variant[] | null> {
  if (!startWorker()) return inPage(ask);
  return new Promise((resolve) => {
    queued?.resolve(null);
    queued = { ask, resolve };
    if (!inFlight) sendQueued();
  });
}
