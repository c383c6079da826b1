/**
 * The plan period stated in the title: «на 2021-2023 годы», «на 2021-2022 уч. год», «на 2023/2024 и
 * 2024/2025 учебные годы», «до июня 2026», «в 2023 - 2027 гг.».
 */
import type { PlanPeriod } from '../findings';
import { normalize } from '../text';

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(word: string): number | null {
  // «мая» and «май» share only «ма»: test the longer stems first.
  if (/^ма[йяе]/.test(word)) return 5;
  const i = MONTH_STEMS.findIndex((stem) => stem !== 'ма' && word.startsWith(stem));
  return i >= 0 ? i + 1 : null;
}

const YEAR = '(20\\d\\d)';
const DASH = '\\s*(?:-|по|/)\\s*';
/** The end of an abbreviation «г.» or «г»: JavaScript's \\b does not see Cyrillic letters. */
const END = '(?:\\.|(?!\\p{L}))';

export function parsePlanPeriod(title: string): PlanPeriod | null {
  const t = normalize(title);
  // «на 2023/2024 и 2024/2025 учебные годы»: from the first academic year's start to the last one's end.
  let m = new RegExp(`${YEAR}${DASH}20\\d\\d(?:\\s*(?:,|и)\\s*20\\d\\d${DASH}${YEAR})+\\s*(?:уч|учебн)`, 'u').exec(t);
  if (m && Number(m[2]) > Number(m[1])) return { from: iso(Number(m[1]), 9, 1), to: iso(Number(m[2]), 8, 31) };
  m = new RegExp(`${YEAR}${DASH}${YEAR}\\s*(?:уч|учебн)`, 'u').exec(t);
  if (m) return { from: iso(Number(m[1]), 9, 1), to: iso(Number(m[2]), 8, 31) };
  m = new RegExp(`${YEAR}${DASH}${YEAR}\\s*(?:год|гг|г${END}|$|\\)|,)`, 'u').exec(t) ?? new RegExp(`(?:на|в|период|с)\\s+${YEAR}${DASH}${YEAR}`, 'u').exec(t);
  if (m && Number(m[2]) >= Number(m[1])) return { from: iso(Number(m[1]), 1, 1), to: iso(Number(m[2]), 12, 31) };
  m = new RegExp(`(?:^|\\s)до\\s+(?:(\\p{L}+)\\s+)?${YEAR}`, 'u').exec(t);
  if (m) {
    const year = Number(m[2]);
    const month = m[1] ? monthOf(m[1]) : null;
    return { from: null, to: month ? iso(year, month, lastDay(year, month)) : iso(year, 12, 31) };
  }
  m = new RegExp(`(?:^|\\s)(?:на|в)\\s+${YEAR}\\s*(?:год|г${END})`, 'u').exec(t);
  if (m) return { from: iso(Number(m[1]), 1, 1), to: iso(Number(m[1]), 12, 31) };
  return null;
}

/** The period's years, for the deadline grammar and for comparing with the truth files. */
export function periodYears(period: PlanPeriod | null): { from: number | null; to: number | null } | undefined {
  if (!period) return undefined;
  return { from: period.from ? Number(period.from.slice(0, 4)) : null, to: period.to ? Number(period.to.slice(0, 4)) : null };
}
