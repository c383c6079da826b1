/**
 * A plan-graph: the deadline given as period columns — months, quarters, school terms, half-years or years under a
 * merged «Сроки» / «График» — with a mark («х», «+», «✓») where the event happens. Each period
 * column's header becomes a text the deadline grammar reads («сентябрь 2024», «II квартал 2025»),
 * so a marked cell is an interval like any other deadline.
 */
import type { PlanPeriod } from '../findings';
import { normalize } from '../text';

export type PeriodHeader =
  | { kind: 'month'; month: number; year?: number }
  | { kind: 'quarter'; quarter: number; year?: number }
  | { kind: 'half'; half: number; year?: number }
  | { kind: 'term'; term: number; terms: 2 | 3 | 4; year?: number }
  | { kind: 'year'; year: number };

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH_ABBREVIATIONS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const MONTH_NAMES = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
const ORDINAL_WORDS: Record<string, number> = { перв: 1, втор: 2, трет: 3, четверт: 4 };

function yearIn(t: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(t);
  return m ? Number(m[1]) : undefined;
}

function ordinalIn(t: string): number | undefined {
  const roman = /(?:^|[^a-zа-я])(iv|i{1,3})(?![a-zа-я])/.exec(t.replace(/[іі]/g, 'i').replace(/х/g, 'x'));
  if (roman) return ROMAN[roman[1]];
  const digit = /(?:^|\D)([1-4])(?:\s*-?\s*(?:й|ое|ая|ый))?(?:\s|$|\.)/.exec(t);
  if (digit) return Number(digit[1]);
  for (const [stem, n] of Object.entries(ORDINAL_WORDS)) if (t.includes(stem)) return n;
  return undefined;
}

/**
 * The period a column's own header names, or null: «сентябрь», «сент.», «IX» (a Roman month, when
 * `romanMonths`), «I кв.», «1 квартал», «II полугодие», «I четверть», «2 триместр», «2025», «2025 г.».
 */
export function periodHeader(text: string, romanMonths = false): PeriodHeader | null {
  const t = normalize(text).replace(/ё/g, 'е');
  if (!t || t.length > 40) return null;
  const year = yearIn(t);
  if (/кв/.test(t)) {
    const quarter = ordinalIn(t.replace(/(?:19|20)\d\d/, ' '));
    return quarter ? { kind: 'quarter', quarter, year } : null;
  }
  if (/четверт|триместр/.test(t)) {
    const terms = /триместр/.test(t) ? 3 : 4;
    const term = ordinalIn(t.replace(/(?:19|20)\d\d/, ' ').replace(/четверт(?:ь|и)(?![а-я])/, ' '));
    return term && term <= terms ? { kind: 'term', term, terms, year } : null;
  }
  if (/полугод/.test(t)) {
    const half = ordinalIn(t.replace(/(?:19|20)\d\d/, ' '));
    return half && half <= 2 ? { kind: 'half', half, year } : null;
  }
  const word = t.replace(/[^а-я]/g, '');
  if (word) {
    if (/^ма[йяе]?$/.test(word)) return { kind: 'month', month: 5, year };
    const full = MONTHS.findIndex((stem) => stem !== 'ма' && word.startsWith(stem));
    if (full >= 0) return { kind: 'month', month: full + 1, year };
    const short = MONTH_ABBREVIATIONS.findIndex((stem) => word === stem || (word.length <= 5 && word.startsWith(stem)));
    if (short >= 0 && word.length <= 5) return { kind: 'month', month: short + 1, year };
    if (/^(год|года|г|гг)$/.test(word) && year) return { kind: 'year', year };
    return null;
  }
  if (year && /^\s*(?:19|20)\d\d\s*$/.test(t.replace(/[^\d\s]/g, ''))) return { kind: 'year', year };
  const roman = /^(x{0,1}(?:ix|iv|v?i{0,3}))\.?$/.exec(t.replace(/[іі]/g, 'i').replace(/х/g, 'x').trim());
  if (roman && roman[1] && ROMAN[roman[1]]) return romanMonths ? { kind: 'month', month: ROMAN[roman[1]] } : { kind: 'quarter', quarter: ROMAN[roman[1]] };
  return null;
}

/** Whether a row of sub-headers with Roman numerals counts months (IX … V) rather than quarters (I … IV). */
export function romanCountsMonths(texts: readonly string[]): boolean {
  return texts.some((t) => {
    const n = ROMAN[normalize(t).replace(/[іі]/g, 'i').replace(/х/g, 'x').replace(/\.$/, '').trim()];
    return n !== undefined && n > 4;
  }) || texts.filter((t) => ROMAN[normalize(t).replace(/\.$/, '').trim()] !== undefined).length > 4;
}

/**
 * The text the deadline grammar reads for a period column. A month without a year takes it from
 * the plan: an academic-year plan puts September–December in its first year, January–August in its
 * second; a plan of one year gives that year. Otherwise the period stays yearless (still concrete).
 */
export function periodText(period: PeriodHeader, plan: PlanPeriod | null): string {
  const from = plan?.from ? Number(plan.from.slice(0, 4)) : undefined;
  const to = plan?.to ? Number(plan.to.slice(0, 4)) : undefined;
  const academic = plan?.from?.slice(5) === '09-01' && to === (from ?? 0) + 1;
  const single = from !== undefined && from === to ? from : undefined;
  switch (period.kind) {
    case 'year':
      return `${period.year} год`;
    case 'month': {
      const year = period.year ?? (academic && from !== undefined ? (period.month >= 9 ? from : from + 1) : single);
      return year ? `${MONTH_NAMES[period.month - 1]} ${year}` : MONTH_NAMES[period.month - 1];
    }
    case 'quarter': {
      const year = period.year ?? single;
      return `${['I', 'II', 'III', 'IV'][period.quarter - 1]} квартал${year ? ` ${year}` : ''}`;
    }
    case 'half': {
      const year = period.year ?? single;
      return `${period.half === 1 ? 'первое' : 'второе'} полугодие${year ? ` ${year}` : ''}`;
    }
    case 'term': {
      const name = `${['I', 'II', 'III', 'IV'][period.term - 1]} ${period.terms === 4 ? 'четверть' : 'триместр'}`;
      if (period.year) return `${name} ${period.year}`;
      return academic && from !== undefined ? `${name} ${from}/${from + 1} учебного года` : name;
    }
  }
}

/**
 * A period cell that says «not in this period»: 0, «-», «нет». A plan-graph filled with 1 and 0
 * (or «+» and «-») marks only the ones; any other text (a mark, a number of times, a date) marks.
 */
export function isNoMark(text: string): boolean {
  return /^(?:0+(?:[.,]0+)?|[-–—‐]+|нет|no)$/i.test(text.trim());
}
