/** Precision and recall of a rule against labelled rows. */

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(expected: ReadonlySet<string>, predicted: ReadonlySet<string>): Score {
  let tp = 0;
  for (const key of predicted) if (expected.has(key)) tp += 1;
  const fp = predicted.size - tp;
  const fn = expected.size - tp;
  return {
    tp,
    fp,
    fn,
    precision: predicted.size === 0 ? 1 : tp / predicted.size,
    recall: expected.size === 0 ? 1 : tp / expected.size,
  };
}

export function formatScore(label: string, s: Score): string {
  return `${label.padEnd(34)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}
