/**
 * A small builder for regression sheets: cells, merges and — for roadmap sheets — the truth of
 * every event row, derived from what was written (merges and ditto marks resolved the way docs/spec.md
 * says: a merged value belongs to every row it spans, a ditto mark means the value above) and
 * labelled by the phrase table in ./phrases (the spec's deadline policy), never by the engine.
 */
import * as XLSX from '@e965/xlsx';
import { DITTO, deadlineLabel, responsibleLabel, type DeadlineLabel } from './phrases';

export interface DateCell {
  date: string;
  /** The number format; dd.mm.yyyy unless given («mmmm yyyy» shows «сентябрь 2025»). */
  z?: string;
}
/** A cell value: text, a number, a real date cell (ISO date, written as a serial with dd.mm.yyyy), or nothing. */
export type V = string | number | DateCell | null | undefined;

export const d = (iso: string, z?: string): DateCell => (z ? { date: iso, z } : { date: iso });

export type Field = 'number' | 'name' | 'deadline' | 'responsible' | 'result';

export interface RegressionEvent {
  row: number;
  number: string;
  deadlineText: string;
  deadlineClass: DeadlineLabel;
  responsibleText: string;
  /** null: the spec leaves it open, the row is left out of the responsible-missing score. */
  responsibleMissing: boolean | null;
  /** A sub-row sharing the merged cells of the event above (scored as in the corpus test: left out). */
  mergedWithAbove: boolean;
}

export interface RegressionRoadmapTruth {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Field, string>>;
  planPeriod: [number | null, number | null];
  sections: number;
  events: RegressionEvent[];
  /** What a user would have typed: shown in failure messages. */
  about: string;
}

interface Range {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const col = (letter: string): number => XLSX.utils.decode_col(letter);

/** Any sheet: cells addressed by 1-based row and column letter, merges by A1 range. */
export class SheetBuilder {
  readonly cells = new Map<string, V>();
  readonly merges: Range[] = [];
  /** The next row `line` writes, 1-based. */
  row = 1;
  widths: number[] = [];

  constructor(readonly name: string) {}

  put(row: number, letter: string | number, value: V): this {
    const c = typeof letter === 'number' ? letter : col(letter);
    if (value === null || value === undefined || value === '') this.cells.delete(`${row}:${c}`);
    else this.cells.set(`${row}:${c}`, value);
    return this;
  }

  get(row: number, c: number): V {
    return this.cells.get(`${row}:${c}`);
  }

  /** Merges an A1 range («A1:E1») or 1-based rows and 0-based columns. */
  merge(range: string): this;
  merge(r1: number, c1: number, r2: number, c2: number): this;
  merge(a: string | number, c1?: number, r2?: number, c2?: number): this {
    if (typeof a === 'string') {
      const r = XLSX.utils.decode_range(a);
      this.merges.push({ r1: r.s.r + 1, c1: r.s.c, r2: r.e.r + 1, c2: r.e.c });
    } else {
      if (a === r2 && c1 === c2) return this;
      this.merges.push({ r1: a, c1: c1!, r2: r2!, c2: c2! });
    }
    return this;
  }

  /** Writes values from column `start` on, at the current row, and moves down. */
  line(values: V[], start = 0): number {
    const r = this.row;
    values.forEach((v, i) => this.put(r, start + i, v));
    this.row += 1;
    return r;
  }

  /** A text merged across columns c1..c2 at the current row. */
  spanned(text: string, c1: number, c2: number): number {
    const r = this.row;
    this.put(r, c1, text);
    this.merge(r, c1, r, c2);
    this.row += 1;
    return r;
  }

  skip(n = 1): this {
    this.row += n;
    return this;
  }

  /** The value shown in a cell: a merged cell shows its range's top-left value. */
  shown(row: number, c: number): V {
    const m = this.merges.find((x) => row >= x.r1 && row <= x.r2 && c >= x.c1 && c <= x.c2);
    return m ? this.get(m.r1, m.c1) : this.get(row, c);
  }

  mergeAt(row: number, c: number): Range | undefined {
    return this.merges.find((x) => row >= x.r1 && row <= x.r2 && c >= x.c1 && c <= x.c2);
  }

  toWorksheet(): XLSX.WorkSheet {
    const ws: XLSX.WorkSheet = {};
    let maxR = 0;
    let maxC = 0;
    for (const [key, v] of this.cells) {
      const [r, c] = key.split(':').map(Number);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
      const addr = XLSX.utils.encode_cell({ r: r - 1, c });
      if (typeof v === 'string') ws[addr] = { t: 's', v };
      else if (typeof v === 'number') ws[addr] = { t: 'n', v };
      else if (v && typeof v === 'object') ws[addr] = { t: 'n', v: excelSerial(v.date), z: v.z ?? 'dd.mm.yyyy' };
    }
    for (const m of this.merges) {
      maxR = Math.max(maxR, m.r2);
      maxC = Math.max(maxC, m.c2);
    }
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, maxR - 1), c: maxC } });
    ws['!merges'] = this.merges.map((m) => ({ s: { r: m.r1 - 1, c: m.c1 }, e: { r: m.r2 - 1, c: m.c2 } }));
    if (this.widths.length) ws['!cols'] = this.widths.map((wch) => ({ wch }));
    return ws;
  }
}

function excelSerial(iso: string): number {
  const [y, m, day] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, day) / 86_400_000 + 25_569;
}

export interface Layout {
  number?: string;
  name: string;
  deadline: string;
  /** A second deadline column under the same header (a merged «Сроки» over «начало» / «окончание»). */
  deadlineEnd?: string;
  responsible: string;
  /** A second responsible column under the same header («Исполнители» over «ответственный» / «соисполнители»). */
  responsibleExtra?: string;
  result?: string;
  /** First and last column of the table (sections and titles merge across them). */
  first: string;
  last: string;
}

export interface EventInput {
  no?: V;
  name: V;
  dl?: V;
  dl2?: V;
  resp?: V;
  resp2?: V;
  res?: V;
  /** Other cells of the row, by column letter («Примечание»). */
  extra?: Record<string, V>;
}

/** A roadmap sheet: the layout's columns, the header row, sections, events and the truth. */
export class RoadmapBuilder extends SheetBuilder {
  headerRow = 0;
  private sectionRows: number[] = [];
  private eventRows: Array<{ row: number; sub: boolean }> = [];

  constructor(
    name: string,
    readonly layout: Layout,
    readonly planPeriod: [number | null, number | null],
    readonly about: string,
  ) {
    super(name);
  }

  get c(): Record<'first' | 'last' | Field, number> {
    const l = this.layout;
    return {
      first: col(l.first),
      last: col(l.last),
      number: l.number ? col(l.number) : -1,
      name: col(l.name),
      deadline: col(l.deadline),
      responsible: col(l.responsible),
      result: l.result ? col(l.result) : -1,
    };
  }

  /** A title merged across the table. */
  title(text: string): number {
    return this.spanned(text, this.c.first, this.c.last);
  }

  /** Marks the current row as the (first) header row; the caller writes its cells. */
  markHeader(): number {
    this.headerRow = this.row;
    return this.row;
  }

  /** A one-row header given by field (and extra columns by letter). */
  header(words: Partial<Record<Field, string>> & { extra?: Record<string, string>; deadlineEnd?: string; responsibleExtra?: string }): number {
    const r = this.markHeader();
    const l = this.layout;
    for (const f of ['number', 'name', 'deadline', 'responsible', 'result'] as const) {
      const letter = l[f];
      if (letter && words[f]) this.put(r, letter, words[f]);
    }
    for (const [letter, text] of Object.entries(words.extra ?? {})) this.put(r, letter, text);
    this.row += 1;
    return r;
  }

  /** The row of column numbers 1 2 3 … under the header. */
  columnNumbers(asText = false): number {
    const r = this.row;
    for (let c = this.c.first, i = 1; c <= this.c.last; c += 1, i += 1) this.put(r, c, asText ? String(i) : i);
    this.row += 1;
    return r;
  }

  /**
   * A section row: `merged` — one text merged across the table; `name` — the text in the name
   * column alone; `numbered` — a number in the number column and the text in the name column;
   * `first` — the text in the table's first cell, not merged (it spills over the empty cells).
   */
  section(text: string, style: 'merged' | 'name' | 'numbered' | 'first' = 'merged', number?: V): number {
    const r = this.row;
    if (style === 'merged') this.spanned(text, this.c.first, this.c.last);
    else if (style === 'first') {
      this.put(r, this.c.first, text);
      this.row += 1;
    } else {
      if (style === 'numbered') this.put(r, this.c.number, number ?? null);
      this.put(r, this.c.name, text);
      this.row += 1;
    }
    this.sectionRows.push(r);
    return r;
  }

  event(e: EventInput, sub = false): number {
    const r = this.row;
    const l = this.layout;
    if (l.number) this.put(r, l.number, e.no ?? null);
    this.put(r, l.name, e.name);
    this.put(r, l.deadline, e.dl ?? null);
    if (l.deadlineEnd) this.put(r, l.deadlineEnd, e.dl2 ?? null);
    this.put(r, l.responsible, e.resp ?? null);
    if (l.responsibleExtra) this.put(r, l.responsibleExtra, e.resp2 ?? null);
    if (l.result) this.put(r, l.result, e.res ?? null);
    for (const [letter, v] of Object.entries(e.extra ?? {})) this.put(r, letter, v);
    this.eventRows.push({ row: r, sub });
    this.row += 1;
    return r;
  }

  /**
   * An event and its sub-rows (no number, a name): the deadline, responsible and result cells of
   * the event are merged down over the sub-rows.
   */
  group(e: EventInput, subs: string[], fields: Field[] = ['deadline', 'responsible', 'result']): number {
    const r = this.event(e);
    for (const name of subs) this.event({ name }, true);
    const last = this.row - 1;
    for (const f of fields) {
      const c = this.c[f];
      if (c >= 0) this.merge(r, c, last, c);
    }
    if (fields.includes('deadline') && this.layout.deadlineEnd) this.merge(r, col(this.layout.deadlineEnd), last, col(this.layout.deadlineEnd));
    return r;
  }

  /** A piece of the row above broken by a page break: not an event. */
  fragment(cells: Partial<Record<Field, string>>): number {
    const r = this.row;
    for (const [f, v] of Object.entries(cells)) this.put(r, this.c[f as Field], v);
    this.row += 1;
    return r;
  }

  /** Merges one field's column from row r1 to r2 (a responsible merged down a run of events). */
  mergeDown(field: Field, r1: number, r2: number): this {
    return this.merge(r1, this.c[field], r2, this.c[field]);
  }

  private effective(row: number, c: number, seen = 0): V {
    const v = this.shown(row, c);
    if (typeof v === 'string' && DITTO.test(v.trim())) {
      if (seen > 50) throw new Error('ditto loop');
      const above = [...this.eventRows].reverse().find((e) => e.row < row);
      if (!above) throw new Error(`ditto without a row above at ${this.name}!${row}`);
      return this.effective(above.row, c, seen + 1);
    }
    return v;
  }

  private deadlineOf(row: number): { text: string; label: DeadlineLabel } {
    const l = this.layout;
    const parts = [this.effective(row, col(l.deadline))];
    if (l.deadlineEnd) parts.push(this.effective(row, col(l.deadlineEnd)));
    const labels = parts.map((v): DeadlineLabel => {
      if (v === null || v === undefined) return 'missing';
      if (typeof v === 'object') return 'concrete';
      if (typeof v === 'number') throw new Error('a bare number in a deadline cell is not used in the regression set');
      return deadlineLabel(v);
    });
    const text = parts.map((v) => (v && typeof v === 'object' ? v.date : (v ?? ''))).filter((t) => t !== '').join(' / ');
    // Any concrete part makes the cell concrete; an open part keeps it open; vague before missing.
    const label: DeadlineLabel = labels.includes('concrete')
      ? 'concrete'
      : labels.includes('unlabelled')
        ? 'unlabelled'
        : labels.includes('vague')
          ? 'vague'
          : 'missing';
    return { text, label };
  }

  private responsibleOf(row: number): { text: string; missing: boolean | null } {
    const l = this.layout;
    const parts = [this.effective(row, col(l.responsible))];
    if (l.responsibleExtra) parts.push(this.effective(row, col(l.responsibleExtra)));
    const texts = parts.map((v) => (v === null || v === undefined ? '' : String(typeof v === 'object' ? v.date : v)));
    const labels = texts.map(responsibleLabel);
    const text = texts.filter((t) => t !== '').join(' / ');
    // The first column is the responsible; a co-executor alone («соисполнители» filled, «ответственный»
    // empty) is a case the spec does not settle: left out of the score.
    const missing = labels[0] === false ? false : labels.every((x) => x === true) ? true : null;
    return { text, missing };
  }

  truth(): RegressionRoadmapTruth {
    if (!this.headerRow) throw new Error(`${this.name}: no header row marked`);
    const l = this.layout;
    const columns: Partial<Record<Field, string>> = {};
    for (const f of ['number', 'name', 'deadline', 'responsible', 'result'] as const) if (l[f]) columns[f] = l[f];
    const events = this.eventRows.map(({ row, sub }): RegressionEvent => {
      const dl = this.deadlineOf(row);
      const resp = this.responsibleOf(row);
      const no = l.number ? this.get(row, col(l.number)) : undefined;
      return {
        row,
        number: no === undefined || no === null ? '' : String(no),
        deadlineText: dl.text,
        deadlineClass: dl.label,
        responsibleText: resp.text,
        responsibleMissing: resp.missing,
        mergedWithAbove: sub,
      };
    });
    return {
      sheet: this.name,
      headerRow: this.headerRow,
      columns,
      planPeriod: this.planPeriod,
      sections: this.sectionRows.length,
      events,
      about: this.about,
    };
  }
}

export interface RegressionWorkbook {
  file: string;
  sheets: SheetBuilder[];
  /** Sheets that must not be taken for roadmaps and must raise nothing. */
  nonRoadmapSheets: string[];
}

export function roadmapsOf(book: RegressionWorkbook): RoadmapBuilder[] {
  return book.sheets.filter((s): s is RoadmapBuilder => s instanceof RoadmapBuilder);
}

export function toXlsx(book: RegressionWorkbook): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of book.sheets) XLSX.utils.book_append_sheet(wb, s.toWorksheet(), s.name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
