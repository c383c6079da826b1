/**
 * Reading one value cell: a number; a number written as text, with or without a unit
 * («176», «176 чел.», «1 234,5», «45 %»); a fraction in a percent-formatted cell (0.47 shown as
 * 47% is 47); a formula's cached result (the reader keeps it as the cell's value). An empty cell
 * or a dash has no value; any other text is not a number.
 */
import { cellText, type Cell } from '../grid';
import { isBlankLike, normalize } from '../text';
import type { ReadValue } from './types';

/** Whether a number format shows the value as a percentage («0%», «0.0%», but not a literal "%"). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}

/** Whether a number format shows a date («dd.mm.yyyy», «d mmm yy»), not a quantity. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dy]/i.test(f) || /h.*m|m.*s/i.test(f);
}

/** An Excel date serial as dd.mm.yyyy. */
export function excelDateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400 * 1000));
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${d.getUTCFullYear()}`;
}

/** x × 100 without binary noise: 0.17 → 17, not 17.000000000000004. */
export function timesHundred(x: number): number {
  return Number((x * 100).toPrecision(15));
}

// A number as people type it: sign, digit groups split by spaces (incl. NBSP / thin space),
// a comma or a dot for decimals; then an optional unit of letters, dots and %.
const NUMBER_WITH_UNIT = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:[.,](\d+))?\s*(%|[\p{L}][\p{L}.\s]*\.?)?$/u;

/** Parses «176», «176 чел.», «1 234,5», «-3», «45%» into a number and its unit; null otherwise. */
export function parseNumberText(text: string): { value: number; unit: string } | null {
  const t = normalize(text).replace(/^[\u2212]/, '-');
  const m = NUMBER_WITH_UNIT.exec(t);
  if (!m) return null;
  const digits = m[2].replace(/[ \u00a0\u202f\u2009]/g, '');
  const value = Number(`${m[1]}${digits}${m[3] ? `.${m[3]}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, unit: (m[4] ?? '').trim() };
}

/**
 * A value cell as the consolidation reads it. `untyped`: the cell comes from a CSV, where every
 * cell is text — a plain number («176», «1 234,5») or a percentage («45%», as Excel writes a
 * percent cell to CSV) there is the number itself, not a number written as text; «176 чел.» still is.
 */
export function readValue(cell: Cell | undefined, untyped = false): ReadValue {
  if (!cell) return { kind: 'empty', text: '' };
  const text = cellText(cell);
  if (cell.error) return { kind: 'text', text };
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'text', text };
    // A date typed where a quantity belongs is not a number of anything.
    if (isDateFormat(cell.format)) return { kind: 'text', text: excelDateText(v) };
    if (isPercentFormat(cell.format)) {
      const percent = timesHundred(v);
      // 1e307 shown as a percent is no number of anything (×100 it is not even finite).
      if (!Number.isFinite(percent)) return { kind: 'text', text };
      return { kind: 'number', value: percent, text, asText: false, unitText: '%', percentFormatted: true };
    }
    return { kind: 'number', value: v, text, asText: false, unitText: '', percentFormatted: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text };
  if (v === null || isBlankLike(text)) return { kind: 'empty', text };
  const parsed = parseNumberText(text);
  if (parsed && untyped && (parsed.unit === '' || parsed.unit === '%')) {
    return { kind: 'number', value: parsed.value, text, asText: false, unitText: parsed.unit, percentFormatted: false };
  }
  if (parsed) return { kind: 'number', value: parsed.value, text, asText: true, unitText: parsed.unit, percentFormatted: false };
  return { kind: 'text', text };
}
