/**
 * Area under the ROC curve: the chance a random positive scores above a random negative (ties count
 * half); 0 when either side is empty. Shared by the scripts that report how well a learned layer
 * separates a category (leave-one-writer-out, first contact on a training set).
 */
export function auc(pos: readonly number[], neg: readonly number[]): number {
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / Math.max(1, pos.length * neg.length);
}
