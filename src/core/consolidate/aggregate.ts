/**
 * Aggregating one indicator's column over the schools that gave a value: the sum, or the mean for
 * percentages and shares. A school without a value is left out (never a zero), and n says how many
 * schools gave one. Sums of decimals are rounded to the inputs' decimals, so 0.1 + 0.2 is 0.3.
 */
import type { Aggregate, Total } from './types';

/** Decimal places of a number as JavaScript writes it (1e-7 → 7, 0.25 → 2). */
export function decimalPlaces(x: number): number {
  // Most values are counts: no string to write (a region's result() reads hundreds of thousands).
  if (Number.isInteger(x)) return 0;
  const s = String(Math.abs(x));
  const exp = /e([+-]\d+)$/.exec(s);
  const mantissa = exp ? s.slice(0, exp.index) : s;
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - (exp ? Number(exp[1]) : 0));
}

/** Neumaier's compensated sum, rounded to the inputs' decimals when those are few. */
export function exactSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  let places = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    places = Math.max(places, decimalPlaces(v));
  }
  const total = sum + compensation;
  if (places === 0 || places > 10) return total;
  const factor = 10 ** places;
  const rounded = Math.round(total * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function aggregate(values: readonly number[], how: Aggregate): Total {
  const n = values.length;
  if (!n) return { value: null, n: 0 };
  const sum = exactSum(values);
  return { value: how === 'sum' ? sum : sum / n, n };
}
