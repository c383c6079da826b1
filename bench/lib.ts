/**
 * What every scenario shares: timing (wall clock and the process's CPU time), medians, a full
 * garbage collection between measured runs, and the one line of JSON a scenario hands back to
 * the runner (bench/run.ts), which starts each scenario in a process of its own.
 */

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** How many measured runs, from BENCH_RUNS (the runner sets it), else `fallback`. */
export function runs(fallback: number): number {
  const n = Number(process.env.BENCH_RUNS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function quick(): boolean {
  return process.env.BENCH_QUICK === '1';
}

/** A full collection, when node runs with --expose-gc (the runner passes it): runs start from the same heap. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Sample {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (user + system, every thread: JavaScript, GC helpers, zlib). */
  cpu: number;
}

export function measure<T>(work: () => T): { value: T; sample: Sample } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, sample: { wall, cpu: (cpu.user + cpu.system) / 1000 } };
}

export async function measureAsync<T>(work: () => Promise<T>): Promise<{ value: T; sample: Sample }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, sample: { wall, cpu: (cpu.user + cpu.system) / 1000 } };
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stat(values: readonly number[]): Stat {
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length };
}

/** Medians of wall and CPU time over samples. */
export function stats(samples: readonly Sample[]): { wall: Stat; cpu: Stat } {
  return { wall: stat(samples.map((s) => s.wall)), cpu: stat(samples.map((s) => s.cpu)) };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * The ratio of two sets of paired runs: the median of the per-run ratios (a and b measured back
 * to back, so a slow moment of a busy machine slows both), next to the ratio of the medians.
 */
export function ratio(a: readonly number[], b: readonly number[]): { pairedMedian: number; ofMedians: number } {
  const pairs = a.map((x, i) => x / b[i]);
  return { pairedMedian: round(median(pairs), 3), ofMedians: round(median(a) / median(b), 3) };
}

/** Hands the scenario's result to the runner (the last line of stdout). */
export function report(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

export function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Peak resident set size of this process so far, in MB (the kernel's high-water mark). */
export function peakRssMb(): number {
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

export function mb(bytes: number): number {
  return round(bytes / (1024 * 1024), 1);
}
