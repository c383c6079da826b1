/**
 * Finding the header row: anywhere in the first rows, fields recognised by meaning in any order,
 * two-row headers (a merged «Срок» over «начало» / «окончание»), PDF-broken words
 * («Сроки исполнени я»), and a row of column numbers under it.
 */
import { cellText, type Grid } from '../grid';
import type { Field } from '../findings';
import type { Profile } from '../profile/schema';
import { compact, normalize } from '../text';
import type { MergeIndex } from './merges';

/** Rows searched for a header, from the top of the sheet. */
export const HEADER_SEARCH_ROWS = 30;
/** Longer cells are prose (an order's preamble), not column headers. */
const MAX_HEADER_LENGTH = 120;

/**
 * Word stems that mark each field, compared against the header's letters with spaces and
 * punctuation removed, so «ответственн ый» and «Сроки исполнени я» still match.
 */
const FIELD_STEMS: Record<Exclude<Field, 'number'>, string[]> = {
  name: ['наименован', 'мероприят', 'содержан', 'перечень', 'названи', 'видработ'],
  deadline: ['срок', 'датапровед', 'датаисполн', 'датавыполн', 'дата', 'период', 'времяпровед'],
  responsible: ['ответствен', 'исполнител', 'соисполнител'],
  result: ['результат', 'информацияобисполн', 'итогов', 'формазаверш', 'показател', 'продукт', 'отчетн', 'выходн'],
};

const NUMBER_HEADER = /^(№|n|no|nn|№№|н)?(п\/?п|пп|п\.п\.?)?$/;

/** The stems each field is recognised by — the built-in ones and the profile's header words, compacted — made once per check. */
export interface HeaderWords {
  stems: ReadonlyArray<readonly [Exclude<Field, 'number'>, readonly string[]]>;
  /** The profile's header words of the number field (a region's «Код»), compacted: whole headers only. */
  numberWords: readonly string[];
}

export function headerWordsOf(profile: Profile): HeaderWords {
  return {
    stems: (['name', 'deadline', 'responsible', 'result'] as const).map((field) => [field, [...FIELD_STEMS[field], ...profile.fields[field].headers.map(compact)].filter(Boolean)] as const),
    numberWords: profile.fields.number.headers.map(compact).filter(Boolean),
  };
}

/** The field a header cell names, or null. Earliest stem wins: «Наименование показателя» is a name. */
export function fieldOfHeader(text: string, words: HeaderWords): Field | null {
  const raw = normalize(text);
  if (!raw || raw.length > MAX_HEADER_LENGTH) return null;
  const squeezed = raw.replace(/[\s.:]/g, '');
  if (squeezed && NUMBER_HEADER.test(squeezed) && squeezed !== 'н') return 'number';
  if (/^номер/.test(raw)) return 'number';
  const letters = compact(raw);
  if (!letters) return null;
  let best: { field: Field; pos: number } | null = null;
  for (const [field, stems] of words.stems) {
    for (const stem of stems) {
      const pos = letters.indexOf(stem);
      if (pos >= 0 && (!best || pos < best.pos)) best = { field, pos };
    }
  }
  // Profile words of the number field (e.g. a region's «Код») count only as whole headers.
  if (!best && words.numberWords.includes(letters)) return 'number';
  return best?.field ?? null;
}

export interface HeaderMatch {
  /** First header row (0-based). */
  row: number;
  /** Last row that belongs to the header: a sub-header row or the column-number row. */
  lastRow: number;
  /** Columns of each field, ascending; the first is the field's main column. */
  columns: Map<Field, number[]>;
  /** The header text above each mapped column. */
  headerText: Map<number, string>;
  /** Columns mapped to a field because they sit under one merged header («Срок» over «начало»/«окончание»). */
  subColumns: Set<number>;
  firstCol: number;
  lastCol: number;
}

interface RowFields {
  fields: Map<number, Field>;
  text: Map<number, string>;
  subColumns: Set<number>;
  usesNextRow: boolean;
  /** The last row a header cell is merged down to (a two-row header whose group is no field, say). */
  mergedDownTo: number;
}

function readHeaderRow(grid: Grid, merges: MergeIndex, r: number, words: HeaderWords): RowFields {
  const fields = new Map<number, Field>();
  const text = new Map<number, string>();
  const subColumns = new Set<number>();
  let usesNextRow = false;
  let mergedDownTo = r;
  for (const [c, cell] of grid.rowCells(r)) {
    const t = cellText(cell);
    const field = fieldOfHeader(t, words);
    if (!field) continue;
    const merge = merges.at(r, c);
    if (merge && merge.r1 === r && merge.r2 > r && merge.r2 - r <= 2) mergedDownTo = Math.max(mergedDownTo, merge.r2);
    // A header merged across columns with sub-headers below it: every column under it is the field's.
    if (merge && merge.r1 === r && merge.c2 > merge.c1 && merge.r2 === r && grid.rowCells(r + 1).some(([cc]) => cc >= merge.c1 && cc <= merge.c2)) {
      for (let cc = merge.c1; cc <= merge.c2; cc++) {
        fields.set(cc, field);
        text.set(cc, `${t} ${cellText(grid.get(r + 1, cc))}`.trim());
        if (cc > merge.c1) subColumns.add(cc);
      }
      usesNextRow = true;
    } else {
      fields.set(c, field);
      text.set(c, t);
    }
  }
  // In a two-row header, fields standing only in the lower row (the others merged down) join in.
  if (usesNextRow) {
    for (const [c, cell] of grid.rowCells(r + 1)) {
      if (fields.has(c)) continue;
      const field = fieldOfHeader(cellText(cell), words);
      if (field) {
        fields.set(c, field);
        text.set(c, cellText(cell));
      }
    }
  }
  return { fields, text, subColumns, usesNextRow, mergedDownTo };
}

function distinctFields(fields: Map<number, Field>): Set<Field> {
  return new Set(fields.values());
}

/** A header candidate needs three fields, two of them among name, deadline and responsible. */
function isHeaderLike(found: Set<Field>): boolean {
  const core = ['name', 'deadline', 'responsible'].filter((f) => found.has(f as Field)).length;
  return found.size >= 3 && core >= 2;
}

/** The most fields seen in any row of the search window: 2 means «looks like a plan, header broken». */
export function bestPartialHeader(grid: Grid, merges: MergeIndex, profile: Profile): number {
  const words = headerWordsOf(profile);
  let best = 0;
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    best = Math.max(best, distinctFields(readHeaderRow(grid, merges, r, words).fields).size);
  }
  return best;
}

function isColumnNumberRow(grid: Grid, r: number, columns: number[]): boolean {
  const cells = grid.rowCells(r);
  if (cells.length < 3) return false;
  const numbers = cells.map(([, cell]) => Number(cellText(cell)));
  if (numbers.some((n) => !Number.isInteger(n))) return false;
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[0] === 1 && sorted.every((n, i) => n === i + 1) && cells.every(([c]) => c >= Math.min(...columns) - 1);
}

export function findHeader(grid: Grid, merges: MergeIndex, profile: Profile): HeaderMatch | null {
  const words = headerWordsOf(profile);
  let best: { r: number; row: RowFields; score: number } | null = null;
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    const row = readHeaderRow(grid, merges, r, words);
    const found = distinctFields(row.fields);
    if (!isHeaderLike(found)) continue;
    if (!best || found.size > best.score) best = { r, row, score: found.size };
  }
  if (!best) return null;
  const columns = new Map<Field, number[]>();
  for (const [c, field] of [...best.row.fields.entries()].sort((a, b) => a[0] - b[0])) {
    const list = columns.get(field);
    if (list) list.push(c);
    else columns.set(field, [c]);
  }
  const mapped = [...best.row.fields.keys()];
  let lastRow = Math.max(best.row.usesNextRow ? best.r + 1 : best.r, best.row.mergedDownTo);
  if (isColumnNumberRow(grid, lastRow + 1, mapped)) lastRow += 1;
  return {
    row: best.r,
    lastRow,
    columns,
    headerText: best.row.text,
    subColumns: best.row.subColumns,
    firstCol: Math.min(...mapped),
    lastCol: Math.max(...mapped),
  };
}
