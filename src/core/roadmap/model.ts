/**
 * The roadmap model: every row below the header classified (section, event, sub-row, fragment,
 * end) with each field's value resolved through merged cells and ditto marks, before any rule runs.
 */
import { cellText, type Cell, type CellRange, type Grid, type RowView } from '../grid';
import type { Field, PlanPeriod } from '../findings';
import { FIELDS } from '../findings';
import { isBlankLike, isDitto } from '../text';
import { isColumnNumberRow, type ColumnPart, type HeaderMatch } from './header';
import { isNoMark, periodText } from './plan-graph';
import type { MergeIndex } from './merges';

export type RowKind = 'section' | 'event' | 'sub-row' | 'fragment';

/** One cell of a field read from several columns (a deadline's start and end, a plan-graph's marked period). */
export interface FieldPart {
  col: number;
  cell: Cell | undefined;
  role: ColumnPart['role'];
  /** A plan-graph's marked period as the deadline grammar reads it («сентябрь 2024»). */
  period?: string;
}

export interface FieldValue {
  text: string;
  /** The cell the value comes from (the merge's top-left cell, the ditto's source). */
  cell: Cell | undefined;
  /** Where the value was read: 0-based row and column of the cell in this row. */
  row: number;
  col: number;
  via: 'own' | 'merge' | 'ditto';
  /** The cells of a field read from several columns, in column order (only filled ones; a plan-graph's marked ones). */
  parts?: FieldPart[];
}

export interface RoadmapRow {
  /** 0-based row index. */
  row: number;
  kind: RowKind;
  /** The row's own number text, trailing dots kept as typed ('' when none). */
  number: string;
  /** Each field's value after merges and ditto marks; absent when empty. */
  values: Partial<Record<Field, FieldValue>>;
  /** Field texts typed in this row itself. */
  own: Partial<Record<Field, string>>;
  /** Section rows: the text, and its leading number («3», «III» as 3) when it has one. */
  title?: string;
  sectionNumber?: number;
  /** A section row that is the second half of a title broken in two («4. и талантов у детей…»). */
  continuesPrevious?: boolean;
}

export interface RoadmapModel {
  sheet: string;
  header: HeaderMatch;
  planPeriod: PlanPeriod | null;
  rows: RoadmapRow[];
  /** 0-based row where the plan ends (a signature or prose), if one was found. */
  endRow: number | null;
}

const ROMAN = /^([IVXLC]{1,6}|[ІVХ]{1,6})\.?$/;
/** A section's number: «3. …», «III. …», «Раздел 1. …», «Задача 2 …», «Этап II …». */
const SECTION_PREFIX = /^(?:(?:раздел|задача|этап|блок|направление|глава|часть|модуль)\s+)?((\d{1,3})|([IVXLC]{1,6}))(?:[.):]\s*|\s+)\S/iu;
/** Where the plan ends: a signature («И.о. директора», «Исполнитель:»), a note or a footnote. */
const SIGNATURE =
  /^(и\.\s?о\.|врио(?!\p{L})|(директор|начальник|заместитель|руководитель|председатель|глава)(?!\p{L})|заведующ\p{L}*(?!\p{L})|исполнитель\s*:|исп\.|подпись|м\.\s?п\.|согласовано|утверждаю|тел\.|примечани|\*)/iu;
/** A totals row («Итого по программе:») is neither a section nor an event. */
const TOTALS = /^(итого|всего)(?!\p{L})/iu;

export function romanToNumber(roman: string): number | null {
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const s = roman.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X');
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = map[s[i]];
    if (!v) return null;
    const next = map[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

/** «1.2.» → [1, 2]; «III» → [3]; null when the text is not a number. */
export function numberParts(text: string): number[] | null {
  const t = text.trim();
  const parts = numberingParts(t);
  if (parts) return parts;
  const r = ROMAN.exec(t);
  if (r) {
    const n = romanToNumber(r[1]);
    return n ? [n] : null;
  }
  return null;
}

/** A number «1», «1.2», «1.2.» (/^(\d{1,3}(\.\d{1,3})*)\.?$/) as its parts, read in one pass: this runs for every row. */
function numberingParts(t: string): number[] | null {
  const parts: number[] = [];
  const n = t.length;
  let i = 0;
  for (;;) {
    let value = 0;
    const start = i;
    for (; i < n; i++) {
      const code = t.charCodeAt(i);
      if (code < 48 || code > 57) break;
      value = value * 10 + code - 48;
    }
    if (i === start || i - start > 3) return null;
    parts.push(value);
    if (i === n) return parts;
    if (t.charCodeAt(i) !== 46) return null; // «.»
    if (++i === n) return parts;
  }
}

function sectionNumberOf(title: string): number | undefined {
  const m = SECTION_PREFIX.exec(title.trim());
  if (!m) return undefined;
  return m[2] ? Number(m[2]) : romanToNumber(m[3]) ?? undefined;
}

/** A section title without its leading number: «4. и талантов» → «и талантов». */
function titleBody(title: string): string {
  return title.trim().replace(/^((?:(?:раздел|задача|этап|блок|направление|глава|часть|модуль)\s+)?(\d{1,3}|[IVXLC]{1,6})[.):]?\s+)/iu, '');
}

/** An item of a list inside an event or under a heading: «а)», «б)», «1)», «–», «•». */
const LIST_ITEM = /^\s*(\p{Ll}\)|\d{1,2}\)|[-–—•])\s*\S/u;

/** A name that is an item of a list is a row of its own, whatever its case: no piece of the row above. */
function continuesName(text: string): boolean {
  return startsLowercase(text) && !LIST_ITEM.test(text);
}

function startsLowercase(text: string): boolean {
  return /^[\p{Ll},;)]/u.test(text.trim());
}

/**
 * A text cut off by a page break: it ends on a comma, a hyphen, an opening bracket or quote, or
 * leaves a bracket or quote open («… помещений (группы «Пчёлки»,»). What follows continues it.
 */
function breaksOff(text: string | undefined): boolean {
  if (!text) return false;
  const t = text.trim();
  if (/[,\-–(«:]$/.test(t)) return true;
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/\(/g) > count(/\)/g) || count(/«/g) > count(/»/g);
}

/** What a row has in a field's own columns: its text, the first cell, and the parts of a field read from several columns. */
export interface OwnValue {
  text: string;
  cell: Cell | undefined;
  col: number;
  parts?: FieldPart[];
}

export class RowResolver {
  /** The columns each field is read from: a duplicate column (column-duplicate) is reported, not read. */
  private readonly readColumns = new Map<Field, readonly ColumnPart[]>();
  /** Every column mapped to a field, once per field that maps it (what mappedColumnsIn counts). */
  private readonly mapped: number[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly merges: MergeIndex,
    private readonly header: HeaderMatch,
    private readonly planPeriod: PlanPeriod | null,
  ) {
    for (const [field, all] of header.columns) {
      this.readColumns.set(field, header.parts.get(field) ?? [{ col: all[0], role: 'part' }]);
      this.mapped.push(...all);
    }
  }

  /**
   * What the row holds in the field's own columns. A field read from several columns keeps each
   * filled cell as a part: a start and an end are joined with « – », a name and a post with «, »; a plan-graph's marked periods
   * are named («сентябрь 2024») and joined with «; ».
   */
  own(row: RowView | undefined, field: Field): OwnValue | null {
    const cols = this.readColumns.get(field);
    if (!cols || !row) return null;
    if (cols.length === 1) {
      // The usual field, one column: its cell's text, with nothing to join.
      const k = row.cols.indexOf(cols[0].col);
      const cell = k < 0 ? undefined : row.cells[k];
      const text = cellText(cell);
      return text ? { text, cell, col: cols[0].col } : null;
    }
    const parts: FieldPart[] = [];
    const texts: string[] = [];
    let dash: OwnValue | null = null;
    for (const part of cols) {
      // A roadmap row holds a handful of cells: a scan finds the column.
      const k = row.cols.indexOf(part.col);
      const cell = k < 0 ? undefined : row.cells[k];
      const text = cellText(cell);
      if (!text || (part.period && isNoMark(text))) continue;
      // A dash in one part is no value of it («—» under ФИО, a post under должность); with dashes
      // alone the field is the first dash, as written.
      if (isBlankLike(text)) {
        dash ??= { text, cell, col: part.col };
        continue;
      }
      const period = part.period && periodText(part.period, this.planPeriod);
      parts.push(period ? { col: part.col, cell, role: part.role, period } : { col: part.col, cell, role: part.role });
      // Two weeks of one month are one month to the grammar: said once.
      if (!period || !texts.includes(period)) texts.push(period ?? text);
    }
    if (parts.length === 0) return dash;
    const first = parts[0];
    const joint = cols[0].role === 'period' ? '; ' : field === 'responsible' ? ', ' : ' – ';
    return { text: texts.join(joint), cell: first.cell, col: first.col, parts };
  }

  /** The value a vertical merge brings down from a row above into column c (a field's main column), given the merges spanning row r. */
  mergedFrom(rowMerges: readonly CellRange[], r: number, c: number | undefined): FieldValue | null {
    if (c === undefined) return null;
    let m: CellRange | undefined;
    for (let i = 0; i < rowMerges.length; i++) {
      if (c >= rowMerges[i].c1 && c <= rowMerges[i].c2) {
        m = rowMerges[i];
        break;
      }
    }
    if (!m || m.r1 >= r) return null;
    // A section title merged across the table is not a value of the rows under it.
    if (this.mappedColumnsIn(m.c1, m.c2) >= 3) return null;
    const cell = this.grid.get(m.r1, m.c1);
    const text = cellText(cell);
    return text ? { text, cell, row: r, col: c, via: 'merge' } : null;
  }

  mappedColumnsIn(c1: number, c2: number): number {
    let n = 0;
    for (let i = 0; i < this.mapped.length; i++) if (this.mapped[i] >= c1 && this.mapped[i] <= c2) n++;
    return n;
  }

  /** A merge starting in this row and spanning most of the table: a section title. */
  fullWidthMergeAt(r: number): boolean {
    const starting = this.merges.startingAt(r);
    return starting.length > 0 && starting.some((m) => this.mappedColumnsIn(m.c1, m.c2) >= Math.min(3, this.header.columns.size));
  }

}

/**
 * The plan's rows under its header, up to its end: a signature, or another table's header below a
 * blank row (targets under the plan, a second plan on the same sheet). `fieldsNamedAt` counts the
 * fields a row's short cells name, as a header's would.
 */
export function buildRows(
  grid: Grid,
  merges: MergeIndex,
  header: HeaderMatch,
  planPeriod: PlanPeriod | null = null,
  fieldsNamedAt: (r: number) => number = () => 0,
): { rows: RoadmapRow[]; endRow: number | null } {
  const resolver = new RowResolver(grid, merges, header, planPeriod);
  // The header's texts row by row, words only (a row of column numbers is no header to repeat).
  const headerLines: Array<Map<number, string>> = [];
  for (let hr = header.row; hr <= header.lastRow; hr++) {
    const line = new Map<number, string>();
    for (const [c, cell] of grid.rowCells(hr)) if (/\p{L}/u.test(cellText(cell))) line.set(c, cellText(cell));
    headerLines.push(line);
  }
  const rows: RoadmapRow[] = [];
  const dataRows = grid.rowIndices().filter((r) => r > header.lastRow);
  const { firstCol, lastCol } = header;
  const mainCols = FIELDS.map((f) => header.columns.get(f)?.[0]);
  let lastData: RoadmapRow | null = null;
  /** The last event row (not a sub-row): the head a sub-row belongs to. */
  let lastEvent: RoadmapRow | null = null;
  let endRow: number | null = null;

  /**
   * Another table's header: a row of short cells naming two fields, standing after a blank row
   * since the last event; our own header repeated needs a title between too (a page break
   * repeats the header, a second plan has its own title).
   */
  const startsAnotherTable = (r: number, texts: readonly string[], repeated: boolean, rowsBetween: number): boolean => {
    if (!blankSinceData || texts.some((t) => t.length > 60) || numberParts(texts[0]) !== null) return false;
    if (repeated) return rowsBetween > 0;
    return fieldsNamedAt(r) >= 2;
  };
  /** Where the last event stands in dataRows, and whether a blank row has come since. */
  let lastDataAt = -1;
  /** The last event's name with the pieces that went on it: whether it is still cut off. */
  let nameSoFar = '';
  let blankSinceData = false;
  const nameOrNumberCols = new Set([...(header.columns.get('name') ?? []), ...(header.columns.get('number') ?? [])]);

  for (let i = 0; i < dataRows.length; i++) {
    const r = dataRows[i];
    if (lastData && i > 0 && r - dataRows[i - 1] > 1) blankSinceData = true;
    const view = grid.rowView(r);
    if (!view) continue;
    // Texts in the table's columns, left to right, and how many stand beside the name and number
    // under the header (the participants or a link in a column the standard lacks count too).
    const texts: string[] = [];
    let besideName = 0;
    for (let k = 0; k < view.cols.length; k++) {
      const text = cellText(view.cells[k]);
      const col = view.cols[k];
      if (!text) continue;
      const inTable = col >= firstCol && col <= lastCol;
      if (inTable) texts.push(text);
      if ((inTable || header.headerText.has(col)) && !nameOrNumberCols.has(col)) besideName++;
    }
    if (texts.length === 0) continue;
    const repeated = repeatsHeader(view, headerLines);
    if (lastData && startsAnotherTable(r, texts, repeated, i - lastDataAt - 1)) {
      // What came after the last event (the next table's title) belongs to that table.
      while (rows.length && rows[rows.length - 1].row > lastData.row) rows.pop();
      endRow = dataRows.find((row) => row > lastData!.row) ?? r;
      break;
    }
    // A header repeated mid-table (a plan pasted page by page from a PDF), and its row of column numbers, are no rows of the plan.
    if (repeated || (texts[0] === '1' && texts.length >= 3 && isColumnNumberRow(grid, r))) continue;

    const rowMerges = merges.onRow(r);
    const own: Partial<Record<Field, string>> = {};
    const values: Partial<Record<Field, FieldValue>> = {};
    for (let f = 0; f < FIELDS.length; f++) {
      const field = FIELDS[f];
      const typed = resolver.own(view, field);
      if (typed) {
        own[field] = typed.text;
        const above = field !== 'number' && lastData ? lastData.values[field] : undefined;
        if (above && isDitto(typed.text)) {
          values[field] = { ...above, row: r, col: typed.col, via: 'ditto' };
        } else {
          const value: FieldValue = { text: typed.text, cell: typed.cell, row: r, col: typed.col, via: 'own' };
          if (typed.parts) value.parts = typed.parts;
          values[field] = value;
        }
      } else if (field !== 'number' && rowMerges.length > 0) {
        const merged = resolver.mergedFrom(rowMerges, r, mainCols[f]);
        if (merged) values[field] = merged;
      }
    }
    const number = own.number ?? '';
    const isNumbered = numberParts(number) !== null;

    if (!isNumbered && lastData && (SIGNATURE.test(texts[0]) || hasSignatureLine(texts) || isSignedPost(texts))) {
      endRow = r;
      break;
    }
    if (!isNumbered && TOTALS.test(texts[0])) continue;

    const hasPayload = Boolean(values.deadline || values.responsible || values.result);
    const row: RoadmapRow = { row: r, kind: 'event', number, values, own };

    if (resolver.fullWidthMergeAt(r)) {
      row.kind = 'section';
    } else if (!hasPayload && !isNumbered) {
      // Text in the name or number column alone: a section title, or a piece of the row above. A
      // name with the participants or classes beside it is an event that says nothing of when or who.
      if (lastData && !own.number && own.name && (continuesName(own.name) || breaksOff(nameSoFar))) row.kind = 'fragment';
      else if (!(own.name && besideName > 0)) row.kind = 'section';
    } else if (!hasPayload && isNumbered && own.name && (ROMAN.test(number.trim()) || isTopLevelWithChildren(number, dataRows, i, grid, resolver))) {
      // «I. Ремонтные работы» with nothing else: plans number their sections, not events, in Roman numerals.
      row.kind = 'section';
    } else if (!isNumbered && !own.number) {
      const mergedPayload = values.deadline?.via === 'merge' || values.responsible?.via === 'merge';
      const ownPayload = (own.deadline ? 1 : 0) + (own.responsible ? 1 : 0) + (own.result ? 1 : 0);
      // A sub-row is an unnumbered part of a numbered event, sharing its merged cells. Where events
      // carry no numbers, a deadline merged down («Октябрь» over a month's events) only shares the
      // deadline: each row is an event of its own.
      if (own.name && mergedPayload && !own.deadline && !own.responsible && lastEvent?.number) row.kind = 'sub-row';
      else if (lastData && (!own.name ? ownPayload < 2 : continuesName(own.name) || breaksOff(nameSoFar))) row.kind = 'fragment';
    }

    if (row.kind === 'section') {
      row.title = texts.join(' ');
      const previous = rows[rows.length - 1];
      if (previous?.kind === 'section' && previous.row === dataRows[i - 1] && startsLowercase(titleBody(row.title))) {
        row.continuesPrevious = true;
      } else {
        row.sectionNumber = sectionNumberOf(texts[texts.length - 1]) ?? sectionNumberOf(texts[0]) ?? numberParts(number)?.[0];
      }
    } else if (row.kind === 'fragment') {
      nameSoFar += ` ${own.name ?? ''}`;
    } else if (row.kind === 'event' || row.kind === 'sub-row') {
      lastData = row;
      lastDataAt = i;
      nameSoFar = own.name ?? '';
      blankSinceData = false;
      if (row.kind === 'event') lastEvent = row;
    }
    rows.push(row);
  }
  return { rows, endRow };
}

/**
 * Two or more cells of the row say exactly what a row of the header says above them (a page's
 * header, copied as it was, one line or two).
 */
function repeatsHeader(view: RowView, headerLines: ReadonlyArray<ReadonlyMap<number, string>>): boolean {
  for (const line of headerLines) {
    let same = 0;
    for (let k = 0; k < view.cols.length; k++) {
      const header = line.get(view.cols[k]);
      if (header !== undefined && header === cellText(view.cells[k]) && ++same >= 2) return true;
    }
  }
  return false;
}

/** A signature line «___________» (/_{4,}/) in any of the texts. */
function hasSignatureLine(texts: readonly string[]): boolean {
  for (let i = 0; i < texts.length; i++) if (texts[i].includes('____')) return true;
  return false;
}

/** «1.» (or «1.2.») with a name and nothing else is a heading when the next numbered row is one level below it, or the row right under it is an item «а)». */
function isTopLevelWithChildren(number: string, dataRows: readonly number[], i: number, grid: Grid, resolver: RowResolver): boolean {
  const parts = numberParts(number);
  if (!parts) return false;
  for (let j = i + 1; j < dataRows.length && j <= i + 3; j++) {
    const view = grid.rowView(dataRows[j]);
    const next = resolver.own(view, 'number')?.text;
    // «2.2 Организация отдыха:» over «а) походы», «б) площадки»: a heading over its items.
    if (!next) {
      if (j === i + 1 && LIST_ITEM.test(resolver.own(view, 'name')?.text ?? '')) return true;
      continue;
    }
    const nextParts = numberParts(next);
    return Boolean(nextParts && nextParts.length === parts.length + 1 && parts.every((p, k) => nextParts[k] === p));
  }
  return false;
}

/**
 * A post and a person's initials with nothing else («Ответственный за профилактику ДДТТ …
 * Колесников В.И.»): how a plan is signed. An event names what is done, and has a deadline.
 */
function isSignedPost(texts: readonly string[]): boolean {
  return texts.length <= 3 && /^ответственн\p{L}*\s+за\s/iu.test(texts[0]) && texts.slice(1).some((t) => /^[\p{Lu}]\.\s?[\p{Lu}]\.\s?\p{Lu}\p{Ll}+$|^\p{Lu}\p{Ll}+\s+[\p{Lu}]\.\s?[\p{Lu}]\.$/u.test(t));
}
