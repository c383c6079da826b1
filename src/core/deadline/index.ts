/**
 * Deadline grammar: judges a deadline cell missing, vague or concrete (docs/spec.md, «Deadline policy»)
 * and turns its concrete parts into calendar intervals.
 *
 * Decisions beyond the spec's words:
 * - «до X» ends at the end of X («до мая 2023» → 31.05.2023). It starts at the plan's start
 *   (1 January of planYears.from) when that is known and not after X, else at X's start. A yearly
 *   «до X» (yearless, or repeated by «далее ежегодно») starts on 1 January of each year.
 * - «с X» with no end runs from X's start to the plan's end (31 December of planYears.to) when
 *   known, else to X's end.
 * - «ежегодно» / «далее ежегодно» after a dated part with nothing concrete after it repeats the
 *   first dated interval each following year up to planYears.to (no copies without planYears.to).
 * - Yearless parts («ежегодно до 25 сентября», «Март-апрель ежегодно») give one interval per
 *   plan year when both planYears ends are known; `yearless` stays true.
 * - Periodicities («ежеквартально», «раз в месяц») are concrete, carry no year (yearless) and
 *   give no interval. Counts per year («4 раза в год», «не менее 2 раз в год») are vague: they
 *   say how often, not when.
 * - Offsets are not applied: «за 10 дней до 1 сентября» is concrete with the anchor's interval
 *   (up to 1 September); «в течение 3 дней», «за 10 дней до начала года» have no anchor: vague.
 * - A plain number cell is a year when it is a whole number 1950–2100, else vague (a serial
 *   that lost its date format is not guessed at). Serial 60, Excel's fictitious 29.02.1900, is
 *   shown as such and dated 28.02.1900. The 1904 date system is not seen by the grid: not handled.
 * - A bare «2023/2024» (slash, consecutive years) is an academic year; «2023-2024» is two years.
 * - Seasons are not in the spec's list of anchors: «летом» is vague; «осень 2023» is concrete by its
 *   year alone (interval: the whole of 2023).
 * - extraVague phrases are cut out of the text before parsing, so what they say cannot anchor
 *   («ежеквартально» in a profile's list makes «Ежеквартально» vague).
 */
import type { Cell } from '../grid';
import { cellText } from '../grid';
import { isBlankLike, normalize } from '../text';
import { compareYmd, excelSerialToYmd, iso, pointBounds, ruDate, shiftYears, type DateInterval, type Point, type Ymd } from './calendar';
import { isDateFormat } from './cell-format';
import { parseDeadline, fillRangeYears, type Part } from './parser';

export type { DateInterval } from './calendar';
export { isDateFormat } from './cell-format';

export type DeadlineClass = 'missing' | 'vague' | 'concrete';

export interface DeadlineAnalysis {
  class: DeadlineClass;
  /** The text judged (an Excel date cell rendered dd.mm.yyyy). */
  text: string;
  /** Concrete parts as calendar intervals, ascending; [] when none is anchored to a year. */
  intervals: DateInterval[];
  /** A concrete part has no year («ежегодно до 25 сентября», «Ежегодно, июнь-август», «Ежеквартально»). */
  yearless: boolean;
  /** The text says «ежегодно» («ежегодно …», «далее ежегодно», «Март-апрель ежегодно»). */
  repeatsYearly: boolean;
}

export interface DeadlineOptions {
  /** Profile phrases (normalised substring match) that are vague in addition to the spec's policy. */
  extraVague?: readonly string[];
  /** The plan period's years: expands yearless and yearly deadlines, starts «до X». */
  planYears?: { from: number | null; to: number | null };
}

/** Longest span of years a yearly deadline is expanded over (guards absurd plan periods). */
const MAX_EXPANSION_YEARS = 50;

export function analyzeDeadline(cell: Cell | undefined, options: DeadlineOptions = {}): DeadlineAnalysis {
  if (!cell || cell.error) return missing(cell?.error ?? '');
  const v = cell.value;
  if (typeof v === 'number') {
    if (isDateFormat(cell.format)) {
      const serial = excelSerialToYmd(v);
      if (serial) {
        const day = iso(serial.day);
        return { class: 'concrete', text: ruDate(serial.shown), intervals: [{ from: day, to: day }], yearless: false, repeatsYearly: false };
      }
      return vague(String(v));
    }
    if (Number.isInteger(v) && v >= 1950 && v <= 2100) {
      return { class: 'concrete', text: String(v), intervals: [{ from: `${v}-01-01`, to: `${v}-12-31` }], yearless: false, repeatsYearly: false };
    }
    return Number.isFinite(v) ? vague(String(v)) : vague(cellText(cell));
  }
  if (typeof v === 'boolean') return vague(cellText(cell));
  return analyzeDeadlineText(cellText(cell), options);
}

export function analyzeDeadlineText(text: string, options: DeadlineOptions = {}): DeadlineAnalysis {
  const judged = text.trim();
  if (isBlankLike(judged)) return missing(judged);
  const parsed = parseDeadline(cutPhrases(judged, options.extraVague));
  const spans = parsed.parts.filter((p): p is Part & { kind: 'span' } => p.kind === 'span');
  const plan = planRange(options.planYears);

  const intervals: Ymd[][] = [];
  let yearless = parsed.parts.some((p) => p.kind === 'periodic');
  let first: { from: Ymd; to: Ymd; until: boolean } | undefined;
  for (const span of spans) {
    if (span.from.year === undefined || span.to.year === undefined) {
      yearless = true;
      if (plan.from !== undefined && plan.to !== undefined) {
        for (let y = plan.from; y <= plan.to; y++) intervals.push(resolve(span, plan, y));
      }
      continue;
    }
    const [from, to] = resolve(span, plan);
    intervals.push([from, to]);
    first ??= { from, to, until: span.mode === 'until' };
  }

  if (parsed.repeatFirst && first && plan.to !== undefined) {
    for (let k = 1; k <= MAX_EXPANSION_YEARS; k++) {
      const to = shiftYears(first.to, k);
      const from = first.until ? { y: to.y, m: 1, d: 1 } : shiftYears(first.from, k);
      if (from.y > plan.to) break;
      intervals.push([from, to]);
    }
  }

  const concrete = parsed.parts.length > 0;
  return {
    class: concrete ? 'concrete' : 'vague',
    text: judged,
    intervals: concrete ? sortUnique(intervals) : [],
    yearless: concrete && yearless,
    repeatsYearly: parsed.yearly,
  };
}

function missing(text: string): DeadlineAnalysis {
  return { class: 'missing', text, intervals: [], yearless: false, repeatsYearly: false };
}

function vague(text: string): DeadlineAnalysis {
  return { class: 'vague', text, intervals: [], yearless: false, repeatsYearly: false };
}

/** Blanks out the profile's vague phrases (normalised, as substrings) so they cannot anchor. */
function cutPhrases(text: string, phrases: readonly string[] | undefined): string {
  let t = normalize(text);
  for (const phrase of phrases ?? []) {
    const p = normalize(phrase);
    if (p) t = t.split(p).join(' ; ');
  }
  return t;
}

interface PlanRange {
  from?: number;
  to?: number;
}

/** The plan's years when usable: whole numbers, in order, within MAX_EXPANSION_YEARS for expansion. */
function planRange(years: DeadlineOptions['planYears']): PlanRange {
  const ok = (y: number | null | undefined): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 1000 && y <= 9999;
  const from = ok(years?.from) ? years.from : undefined;
  let to = ok(years?.to) ? years.to : undefined;
  if (from !== undefined && to !== undefined) {
    if (to < from) return {};
    to = Math.min(to, from + MAX_EXPANSION_YEARS - 1);
  }
  return { from, to };
}

/**
 * A span's first and last day. `year` dates a yearless span from that year (its start in it).
 * «до X» and open «с X» take their other end from the plan (see the module comment).
 */
function resolve(span: Part & { kind: 'span' }, plan: PlanRange, year?: number): [Ymd, Ymd] {
  let fromP: Point = span.from;
  let toP: Point = span.to;
  if (year !== undefined) {
    fromP = { ...span.from, year };
    toP = span.from === span.to ? fromP : { ...span.to, year: undefined };
    fillRangeYears(fromP, toP);
  }
  const start = pointBounds(fromP as Point & { year: number }).start;
  const end = pointBounds(toP as Point & { year: number }).end;
  let from = start;
  let to = end;
  if (span.mode === 'until') {
    if (year !== undefined) from = { y: end.y, m: 1, d: 1 };
    else if (plan.from !== undefined && plan.from <= start.y) from = { y: plan.from, m: 1, d: 1 };
  } else if (span.mode === 'since' && span.from === span.to) {
    if (year !== undefined) to = { y: start.y, m: 12, d: 31 };
    else if (plan.to !== undefined && plan.to >= end.y) to = { y: plan.to, m: 12, d: 31 };
  }
  return compareYmd(from, to) <= 0 ? [from, to] : [to, from];
}

function sortUnique(list: Ymd[][]): DateInterval[] {
  const seen = new Set<string>();
  const out: DateInterval[] = [];
  for (const [a, b] of [...list].sort((x, y) => compareYmd(x[0], y[0]) || compareYmd(x[1], y[1]))) {
    const item = { from: iso(a), to: iso(b) };
    const key = `${item.from}/${item.to}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/**
 * One deadline given in several cells: a start and an end («Срок»: начало / окончание), or a
 * plan-graph's marked periods. Concrete when any part is, else vague when any part is, else
 * missing. A start and an end make one interval from the first day of the one to the last of the
 * other; periods keep theirs.
 */
export function combineDeadlines(parts: readonly DeadlineAnalysis[], kind: 'range' | 'periods'): DeadlineAnalysis {
  const given = parts.filter((p) => p.class !== 'missing');
  const text = given.map((p) => p.text).join(kind === 'range' ? ' – ' : '; ');
  if (given.length === 0) return missing(parts.map((p) => p.text).filter(Boolean).join(' – '));
  const concrete = given.filter((p) => p.class === 'concrete');
  if (concrete.length === 0) return vague(text);
  const all = concrete.flatMap((p) => p.intervals);
  let intervals = all;
  if (kind === 'range' && concrete.length === parts.length && concrete.length > 1 && all.length > 0) {
    const from = all.reduce((a, iv) => (iv.from < a ? iv.from : a), all[0].from);
    const to = all.reduce((a, iv) => (iv.to > a ? iv.to : a), all[0].to);
    intervals = [{ from, to }];
  }
  const seen = new Set<string>();
  intervals = [...intervals].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)).filter((iv) => !seen.has(`${iv.from}/${iv.to}`) && seen.add(`${iv.from}/${iv.to}`));
  return {
    class: 'concrete',
    text,
    intervals,
    yearless: concrete.some((p) => p.yearless),
    repeatsYearly: concrete.some((p) => p.repeatsYearly),
  };
}
