import type { GraphModel, Human, Tensor } from '@vladmandic/human';

/**
 * FaceRes's apparent age of one face, computed exactly as Human computes it in its own face
 * pipeline (`src/face/faceres.ts` of @vladmandic/human 3.3: the face crop resized to the model's
 * input, times 255, the age output's arg-max refined by its neighbours). The face reader runs it
 * itself instead of leaving it to Human so that the faces of one photo can be shared between two
 * threads (`AgeHelper`): FaceRes is about 90 ms of CPU a face, two thirds of the face side's time
 * on a group photo, and one model run takes as long in a batch as one by one. The same operations
 * on the same crop give the same number to the last bit on either thread (checked: the evidence of
 * every photo is byte-for-byte the same as Human's own run).
 */
export const FACERES_MODEL = 'faceres.json';

/** Human's `tf` (the TensorFlow.js bundled in Human), the only one the face side uses. */
type Tf = Human['tf'];

/** A face crop as Human cuts it for its face models (0–1 floats, height × width × 3), copied out of TensorFlow.js to cross to another thread. */
export interface FaceCrop {
  data: Float32Array;
  shape: [number, number, number];
}

/**
 * Another thread that reads FaceRes ages from crops while this one reads the rest of the photo. It
 * reads them in order and tells each age as soon as it has it (`each`), so that the asking thread,
 * done with its own share, can read the last ones itself rather than wait (a busy machine may give
 * the helper's thread no core for a while); `stop` says the rest are no longer wanted. `done`
 * settles when every crop is told or the job is stopped, and fails if the helper cannot read them.
 */
export interface AgeHelper {
  ages(crops: FaceCrop[], each: (index: number, age: number) => void): { done: Promise<void>; stop(): void };
}

/** An `AgeHelper` from something that reads a list of crops at once (a second reader in the same process, in tests). */
export function helperFrom(read: (crops: FaceCrop[]) => Promise<number[]>): AgeHelper {
  return {
    ages: (crops, each) => ({ done: read(crops).then((ages) => ages.forEach((age, k) => each(k, age))), stop: () => undefined }),
  };
}

/** Lets messages waiting for this thread (the helper's answers) be handled: awaiting a promise alone does not. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The age as the evidence records it: FaceRes's estimate, 0 where it falls in the youngest bucket
 * (Human leaves `age` out of its result then: an estimate of 0 or below is a very young child).
 */
export async function faceResAge(tf: Tf, model: GraphModel, crop: Tensor): Promise<number> {
  const shape = model.inputs[0]?.shape;
  if (!shape) throw new Error('FaceRes has no input shape');
  const batch = crop.rank === 3 ? tf.expandDims(crop, 0) : crop;
  const resized = tf.image.resizeBilinear(batch as never, [shape[2]!, shape[1]!], false);
  const scale = tf.scalar(255, 'float32');
  const input = tf.mul(resized, scale);
  const outputs = model.execute(input) as Tensor[];
  const ageOutput = outputs.find((t) => t.shape[1] === 100);
  const top = ageOutput ? tf.argMax(ageOutput, 1) : null;
  try {
    if (!ageOutput || !top) throw new Error('FaceRes gave no age output');
    const index = (await top.data())[0]!;
    const all = await ageOutput.data();
    // Human's own refinement: move towards the larger neighbouring bucket (all[-1] is undefined, so the first bucket looks right).
    const age = Math.round(all[index - 1]! > all[index + 1]! ? 10 * index - 100 * all[index - 1]! : 10 * index + 100 * all[index + 1]!) / 10;
    return age > 0 ? age : 0;
  } finally {
    tf.dispose([...outputs, input, scale, resized, ...(batch === crop ? [] : [batch]), ...(top ? [top] : [])]);
  }
}

/** A crop copied out of TensorFlow.js (a 3-d tensor, as Human returns it), to send to an `AgeHelper`. */
export function cropOf(tensor: Tensor): FaceCrop {
  const shape = tensor.shape.slice(-3) as [number, number, number];
  return { data: tensor.dataSync() as Float32Array, shape };
}

/** The ages of crops that came from another thread, read here (the helper's side). */
export async function agesOf(tf: Tf, model: GraphModel, crops: FaceCrop[]): Promise<number[]> {
  const ages: number[] = [];
  for (const crop of crops) {
    const tensor = tf.tensor4d(crop.data, [1, ...crop.shape], 'float32');
    try {
      ages.push(await faceResAge(tf, model, tensor));
    } finally {
      tensor.dispose();
    }
  }
  return ages;
}

/**
 * How many of a photo's faces this thread reads itself when a helper takes the rest: this thread
 * also runs CenterNet (about as long as two faces' FaceRes), so it keeps fewer; for 6 faces, 2
 * here and 4 there, for 1 or 2 faces none here.
 */
export function localShare(faces: number): number {
  return Math.max(0, Math.floor((faces - 1) / 2));
}
