/**
 * Calendar arithmetic for the deadline grammar: ISO days, calendar points (a day, month, quarter,
 * half-year, year or academic year) and Excel serial dates. Plain integers only — no Date parsing,
 * so the results never depend on the machine's time zone.
 */

export interface DateInterval {
  /** ISO yyyy-mm-dd, inclusive. */
  from: string;
  /** ISO yyyy-mm-dd, inclusive. */
  to: string;
}

/** One calendar day as numbers (month 1–12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export type PointUnit = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'academic' | 'term';

/**
 * A calendar point as written. `year` may be missing («25 сентября», «II квартал») until a year
 * written later in the text, the other end of a range, or the plan period supplies it.
 * For `academic`, `year` is the year the academic year starts (1 September).
 */
export interface Point {
  unit: PointUnit;
  year?: number;
  /** Month 1–12 for `day` and `month`. */
  month?: number;
  /** Day of month for `day`. */
  day?: number;
  /** Quarter 1–4, half 1–2, or a school term's number. */
  index?: number;
  /** For `term`: a school year of four quarters («четверть»), three trimesters («триместр») or a college's two semesters («семестр»). */
  terms?: 2 | 3 | 4;
}

/**
 * A school term's months counted from January of the academic year's first year (9 = September,
 * 13 = January of the next): quarters September–October, November–December, January–March,
 * April–May; trimesters September–November, December–February, March–May; semesters
 * September–December and January–June (decision: the usual Russian school and college calendar;
 * holidays are not cut out).
 */
const TERM_MONTHS: Record<2 | 3 | 4, ReadonlyArray<readonly [number, number]>> = {
  4: [[9, 10], [11, 12], [13, 15], [16, 17]],
  3: [[9, 11], [12, 14], [15, 17]],
  2: [[9, 12], [13, 18]],
};

/**
 * The academic year a term written with a calendar year belongs to: the year it ends in.
 * «III четверть 2025» is in 2024/2025, «II триместр 2025» is December 2024 – February 2025.
 */
export function termAcademicYear(p: Point, calendarYear: number): number {
  const [, last] = TERM_MONTHS[p.terms ?? 4][(p.index ?? 1) - 1] ?? [9, 9];
  return last > 12 ? calendarYear - 1 : calendarYear;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function iso(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** dd.mm.yyyy, the way a Russian Excel shows a date cell. */
export function ruDate(day: Ymd): string {
  return `${pad(day.d)}.${pad(day.m)}.${pad(day.y, 4)}`;
}

/** The same day `years` later; 29 February falls back to the 28th in a common year. */
export function shiftYears(day: Ymd, years: number): Ymd {
  const y = day.y + years;
  return { y, m: day.m, d: Math.min(day.d, daysInMonth(y, day.m)) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The first month a point covers within its year: orders «декабрь» after «январь» in a range. */
export function startMonth(p: Point): number {
  switch (p.unit) {
    case 'day':
    case 'month':
      return p.month ?? 1;
    case 'quarter':
      return 3 * (p.index ?? 1) - 2;
    case 'half':
      return 6 * (p.index ?? 1) - 5;
    case 'academic':
    case 'term':
      // A term's year is its academic year's: terms order among themselves, not by calendar month.
      return 9;
    case 'year':
      return 1;
  }
}

/** The first and last day a point with a year covers. */
export function pointBounds(p: Point & { year: number }): { start: Ymd; end: Ymd } {
  const y = p.year;
  switch (p.unit) {
    case 'day': {
      const m = p.month ?? 1;
      const d = Math.min(Math.max(p.day ?? 1, 1), daysInMonth(y, m));
      return { start: { y, m, d }, end: { y, m, d } };
    }
    case 'month': {
      const m = p.month ?? 1;
      return { start: { y, m, d: 1 }, end: { y, m, d: daysInMonth(y, m) } };
    }
    case 'quarter':
    case 'half': {
      const span = p.unit === 'quarter' ? 3 : 6;
      const first = startMonth(p);
      const last = first + span - 1;
      return { start: { y, m: first, d: 1 }, end: { y, m: last, d: daysInMonth(y, last) } };
    }
    case 'year':
      return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 } };
    case 'academic':
      // docs/spec.md: an academic year runs 1 September to 31 August.
      return { start: { y, m: 9, d: 1 }, end: { y: y + 1, m: 8, d: 31 } };
    case 'term': {
      const [first, last] = TERM_MONTHS[p.terms ?? 4][(p.index ?? 1) - 1] ?? [9, 17];
      const at = (month: number): { y: number; m: number } => (month > 12 ? { y: y + 1, m: month - 12 } : { y, m: month });
      const s = at(first);
      const e = at(last);
      return { start: { ...s, d: 1 }, end: { ...e, d: daysInMonth(e.y, e.m) } };
    }
  }
}

export interface SerialDay {
  day: Ymd;
  /** What Excel displays; differs from `day` only for serial 60, Excel's fictitious 29.02.1900. */
  shown: Ymd;
}

/**
 * An Excel serial (1900 date system) as a calendar day. Excel counts 1900 as a leap year
 * (Lotus compatibility): serial 60 is the nonexistent 29 February 1900, so serials from 61 on
 * are one day ahead of a plain count. Serial 60 is reported on 28 February 1900.
 * Returns undefined outside 1 … 2958465 (31.12.9999).
 */
export function excelSerialToYmd(serial: number): SerialDay | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465) return undefined;
  if (whole === 60) return { day: { y: 1900, m: 2, d: 28 }, shown: { y: 1900, m: 2, d: 29 } };
  // Days since 1899-12-31 in the real calendar (serial 1 = 1900-01-01).
  const days = whole < 60 ? whole : whole - 1;
  const day = civilFromDays(days + DAYS_TO_1899_12_31);
  return { day, shown: day };
}

/** Days from 1970-01-01 to 1899-12-31 (negative). */
const DAYS_TO_1899_12_31 = -25568;

/** Howard Hinnant's days-to-civil algorithm: days since 1970-01-01 → proleptic Gregorian date. */
function civilFromDays(z: number): Ymd {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}
