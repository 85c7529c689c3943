import { draftFeatures, sentenceUnits, unitLogit, type ConfidentialOptions, type LinearModel } from './confidential-pipeline';
import { trainLinear } from './sparse';

/**
 * How a sentence model learns from drafts labelled as a whole (issue 11, eleventh session: one copy of
 * the loop that the confidential layer and the staff-voice head each wrote for themselves). Which
 * sentence of a positive draft carries the label is not known, so `mode` says how that is handled:
 *
 * - `draft`: one example per draft, all its words;
 * - `sentence`: every sentence with its draft's label;
 * - `mil` (multiple instance): a draft model first, then every sentence of a negative draft as a
 *   negative and, of a positive draft, the `milTop` sentences the last model scores highest as
 *   positives (the rest left out); refitted `milRounds` times.
 *
 * Deterministic: the same drafts in the same order and the same options give the same weights.
 */
export interface LabelledDraft {
  readonly text: string;
  readonly label: 0 | 1;
  readonly weight: number;
}

export type SentenceTrainingOptions = Pick<ConfidentialOptions, 'buckets' | 'minGram' | 'maxGram' | 'bigrams' | 'maxWords' | 'minWords' | 'mode' | 'milTop' | 'milRounds' | 'nb' | 'epochs' | 'learningRate' | 'l2' | 'seed'>;

export function trainSentenceModel(drafts: readonly LabelledDraft[], options: SentenceTrainingOptions): LinearModel {
  // The feature helpers take the confidential options type but read only the fields picked above.
  const o = options as unknown as ConfidentialOptions;
  const fit = (features: Int32Array[], labels: number[], weights: number[]) =>
    trainLinear(features, labels, weights, options.buckets, { nb: options.nb, epochs: options.epochs, learningRate: options.learningRate, l2: options.l2, seed: options.seed });
  const draftModel = () => fit(drafts.map((d) => draftFeatures(d.text, o)), drafts.map((d) => d.label), drafts.map((d) => d.weight));
  if (options.mode === 'draft') return draftModel();
  const units = drafts.map((d) => sentenceUnits(d.text, o));
  const refit = (chosen: (d: LabelledDraft, i: number) => readonly { features: Int32Array }[]) => {
    const features: Int32Array[] = [];
    const labels: number[] = [];
    const weights: number[] = [];
    drafts.forEach((d, i) => {
      for (const u of chosen(d, i)) {
        features.push(u.features);
        labels.push(d.label);
        weights.push(d.weight);
      }
    });
    return fit(features, labels, weights);
  };
  if (options.mode === 'sentence') return refit((_, i) => units[i]!);
  let model = draftModel();
  for (let round = 0; round < options.milRounds; round++) {
    const last = model;
    model = refit((d, i) => {
      const us = units[i]!;
      if (d.label === 0) return us;
      return us
        .map((u, k) => ({ u, k, z: unitLogit(last, u.features) }))
        .sort((a, b) => b.z - a.z || a.k - b.k)
        .slice(0, options.milTop)
        .map((x) => x.u);
    });
  }
  return model;
}
