/** Offensive-class figures at a threshold, and the best F1 allowed by a false-alarm budget. */
export interface Figures {
  threshold: number;
  f1: number;
  precision: number;
  recall: number;
  falseAlarmRate: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function figuresAt(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): Figures {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < scores.length; i++) {
    const flagged = scores[i]! >= threshold;
    if (labels[i] === 1) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, f1, precision, recall, falseAlarmRate: fp + tn === 0 ? 0 : fp / (fp + tn), tp, fp, fn, tn };
}

/** Every distinct score is a candidate threshold; keep the best F1 whose false-alarm rate fits. */
export function bestF1Within(scores: ArrayLike<number>, labels: ArrayLike<number>, maxFalseAlarms: number): Figures {
  const candidates = [...new Set(Array.from(scores))].sort((a, b) => a - b);
  let best = figuresAt(scores, labels, Number.POSITIVE_INFINITY);
  for (const t of candidates) {
    const f = figuresAt(scores, labels, t);
    if (f.falseAlarmRate <= maxFalseAlarms && f.f1 > best.f1) best = f;
  }
  return best;
}

export function rate(scores: ArrayLike<number>, threshold: number): number {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) n++;
  return scores.length === 0 ? 0 : n / scores.length;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}
