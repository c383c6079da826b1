/**
 * A worksheet part, edited in place: the `s` (format) attribute of flagged cells, cells and rows
 * inserted where a flagged cell does not exist yet, the dimension widened to them, and a
 * `<legacyDrawing>` for the notes. The sheet is scanned, not parsed into a tree: a value,
 * formula, merge, rich text or anything else is never read or rewritten, so it cannot change.
 */
import { WorkbookReadError } from '../read-errors';
import { columnLetters, parseA1 } from './a1';
import { NS } from './opc';
import { attributes, ensureNamespacePrefix, getAttribute, localName, qualify, rootElement, setAttribute, startTagPattern, topLevelChildren, removeAttribute, type ElementSpan } from './xml';

/** A cell by 0-based row and column. */
export interface CellRef {
  row: number;
  col: number;
}

const key = (row: number, col: number) => `${row}:${col}`;

/** Top-level elements that come after <legacyDrawing> in CT_Worksheet (and AlternateContent, which wraps controls and objects there). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

interface FoundCell {
  /** Offset and text of the cell's start tag. */
  start: number;
  tag: string;
}

interface Insertion {
  /** Where new markup goes; for a self-closing row the row's own tag is rewritten. */
  at: number;
  cells: CellRef[];
}

interface RowInfo {
  tagStart: number;
  tag: string;
  selfClosing: boolean;
}

export class WorksheetEditor {
  readonly prefix: string;
  private readonly children: ElementSpan[];
  private readonly sheetData: ElementSpan;
  /** Column default formats from <cols>, by 0-based column. */
  private readonly columnStyles: Array<{ min: number; max: number; style: number }> = [];
  private readonly found = new Map<string, FoundCell>();
  private readonly baseFormats = new Map<string, number>();
  /** New cells in existing rows, by the row's tag offset. */
  private readonly cellInsertions = new Map<number, Insertion & { row: RowInfo }>();
  /** New rows, by insertion offset. */
  private readonly rowInsertions = new Map<number, Map<number, CellRef[]>>();
  private located = false;

  constructor(private readonly xml: string) {
    const root = rootElement(xml);
    this.prefix = root.prefix;
    this.children = topLevelChildren(xml);
    const sheetData = this.child('sheetData');
    if (!sheetData) throw new WorkbookReadError('file-corrupt', 'a worksheet without sheetData');
    this.sheetData = sheetData;
    const cols = this.child('cols');
    if (cols) {
      for (const m of xml.slice(cols.contentStart, cols.contentEnd).matchAll(startTagPattern(this.q('col')))) {
        const a = attributes(m[0]);
        const style = Number(a.get('style') ?? 0);
        if (style) this.columnStyles.push({ min: Number(a.get('min')) - 1, max: Number(a.get('max')) - 1, style });
      }
    }
  }

  private q(name: string): string {
    return qualify(this.prefix, name);
  }

  private child(name: string): ElementSpan | undefined {
    return this.children.find((c) => localName(c.name) === name);
  }

  /**
   * Finds the flagged cells: each one's current format (its own `s`; for a cell not written yet,
   * its row's or column's format, as Excel shows an empty cell) and where it is, or where it goes.
   */
  locate(targets: readonly CellRef[]): Map<string, number> {
    if (this.located) throw new Error('locate once');
    this.located = true;
    const byRow = new Map<number, CellRef[]>();
    for (const t of targets) {
      const list = byRow.get(t.row);
      if (!list) byRow.set(t.row, [t]);
      else if (!list.some((c) => c.col === t.col)) list.push(t);
    }
    const pendingRows = [...byRow.keys()].sort((a, b) => a - b);
    let nextPending = 0;
    const xml = this.xml;
    const rowPattern = startTagPattern(this.q('row'));
    const rowClose = `</${this.q('row')}`;
    rowPattern.lastIndex = this.sheetData.contentStart;
    let lastRow = -1;
    for (let m = rowPattern.exec(xml); m && m.index < this.sheetData.contentEnd; m = rowPattern.exec(xml)) {
      const r = getAttribute(m[0], 'r');
      const row = r ? Number(r) - 1 : lastRow + 1;
      lastRow = row;
      const selfClosing = m[1] === '/';
      const contentStart = m.index + m[0].length;
      const contentEnd = selfClosing ? contentStart : xml.indexOf(rowClose, contentStart);
      if (contentEnd < 0) throw new WorkbookReadError('file-corrupt', 'an unclosed row');
      rowPattern.lastIndex = selfClosing ? contentStart : contentEnd;
      // Rows not written yet that come before this one go just before it.
      while (nextPending < pendingRows.length && pendingRows[nextPending] < row) this.newRow(m.index, pendingRows[nextPending++], byRow);
      if (nextPending < pendingRows.length && pendingRows[nextPending] === row) {
        nextPending++;
        this.locateInRow({ tagStart: m.index, tag: m[0], selfClosing }, row, contentStart, contentEnd, byRow.get(row)!);
      }
    }
    while (nextPending < pendingRows.length) this.newRow(this.sheetData.contentEnd, pendingRows[nextPending++], byRow);
    return this.baseFormats;
  }

  private newRow(at: number, row: number, byRow: Map<number, CellRef[]>): void {
    let rows = this.rowInsertions.get(at);
    if (!rows) this.rowInsertions.set(at, (rows = new Map()));
    const cells = [...byRow.get(row)!].sort((a, b) => a.col - b.col);
    rows.set(row, cells);
    for (const c of cells) this.baseFormats.set(key(c.row, c.col), this.columnStyle(c.col));
  }

  private columnStyle(col: number): number {
    return this.columnStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  private locateInRow(row: RowInfo, rowIndex: number, from: number, to: number, targets: CellRef[]): void {
    const xml = this.xml;
    const wanted = new Map(targets.map((t) => [t.col, t]));
    const cellPattern = startTagPattern(this.q('c'));
    const cellClose = `</${this.q('c')}`;
    cellPattern.lastIndex = from;
    let lastCol = -1;
    const missing = [...targets].sort((a, b) => a.col - b.col);
    let nextMissing = 0;
    const absent: Array<{ at: number; cell: CellRef }> = [];
    for (let m = cellPattern.exec(xml); m && m.index < to; m = cellPattern.exec(xml)) {
      const r = getAttribute(m[0], 'r');
      const col = r ? (parseA1(r)?.col ?? lastCol + 1) : lastCol + 1;
      lastCol = col;
      if (m[1] !== '/') {
        const close = xml.indexOf(cellClose, m.index + m[0].length);
        if (close < 0 || close > to) throw new WorkbookReadError('file-corrupt', 'an unclosed cell');
        cellPattern.lastIndex = close;
      }
      while (nextMissing < missing.length && missing[nextMissing].col < col) {
        const cell = missing[nextMissing++];
        if (!this.found.has(key(cell.row, cell.col))) absent.push({ at: m.index, cell });
      }
      const target = wanted.get(col);
      if (target) {
        this.found.set(key(rowIndex, col), { start: m.index, tag: m[0] });
        this.baseFormats.set(key(rowIndex, col), Number(getAttribute(m[0], 's') ?? 0));
        if (missing[nextMissing]?.col === col) nextMissing++;
      }
    }
    while (nextMissing < missing.length) absent.push({ at: to, cell: missing[nextMissing++] });
    if (!absent.length) return;
    const customFormat = getAttribute(row.tag, 'customFormat');
    const rowStyle = customFormat === '1' || customFormat === 'true' ? Number(getAttribute(row.tag, 's') ?? 0) : undefined;
    for (const { at, cell } of absent) {
      this.baseFormats.set(key(cell.row, cell.col), rowStyle ?? this.columnStyle(cell.col));
      let insertion = this.cellInsertions.get(at);
      if (!insertion) this.cellInsertions.set(at, (insertion = { at, cells: [], row }));
      insertion.cells.push(cell);
    }
  }

  /**
   * The sheet with each flagged cell's format set, new cells and rows written in row and column
   * order, the dimension widened to them, and (when given) a legacyDrawing relationship id.
   */
  toXml(formats: ReadonlyMap<string, number>, legacyDrawingRelId?: string): string {
    const xml = this.xml;
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const cellMarkup = (c: CellRef) => `<${this.q('c')} r="${columnLetters(c.col)}${c.row + 1}" s="${this.format(formats, c)}"/>`;
    for (const [k, cell] of this.found) {
      edits.push({ start: cell.start, end: cell.start + cell.tag.length, text: setAttribute(cell.tag, 's', String(formats.get(k))) });
    }
    const rowCols = new Map<number, { row: RowInfo; cols: number[] }>();
    for (const insertion of this.cellInsertions.values()) {
      const cells = insertion.cells.sort((a, b) => a.col - b.col);
      const entry = rowCols.get(insertion.row.tagStart) ?? { row: insertion.row, cols: [] };
      entry.cols.push(...cells.map((c) => c.col));
      rowCols.set(insertion.row.tagStart, entry);
      // A self-closing row (<row r="5"/>) is opened: its new cells, then its closing tag, go after its tag.
      const close = insertion.row.selfClosing ? `</${this.q('row')}>` : '';
      edits.push({ start: insertion.at, end: insertion.at, text: cells.map(cellMarkup).join('') + close });
    }
    for (const { row, cols } of rowCols.values()) {
      let tag = widenSpans(row.tag, cols);
      if (row.selfClosing) tag = tag.replace(/\s*\/>$/, '>');
      if (tag !== row.tag) edits.push({ start: row.tagStart, end: row.tagStart + row.tag.length, text: tag });
    }
    for (const [at, rows] of this.rowInsertions) {
      const markup = [...rows.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([row, cells]) => `<${this.q('row')} r="${row + 1}">${cells.map(cellMarkup).join('')}</${this.q('row')}>`)
        .join('');
      edits.push({ start: at, end: at, text: markup });
    }
    if (this.sheetData.tag.endsWith('/>') && this.rowInsertions.size) {
      // <sheetData/> is opened; the new rows (pushed above, at its end) come before its closing tag.
      const { start, end, tag } = this.sheetData;
      edits.push({ start, end, text: tag.replace(/\s*\/>$/, '>') }, { start: end, end, text: `</${this.q('sheetData')}>` });
    }
    const dimension = this.child('dimension');
    const added = [...this.cellInsertions.values()].flatMap((i) => i.cells).concat([...this.rowInsertions.values()].flatMap((rows) => [...rows.values()].flat()));
    if (dimension && added.length) {
      const ref = getAttribute(dimension.tag, 'ref');
      const widened = ref ? widenRange(ref, added) : null;
      if (widened && widened !== ref) edits.push({ start: dimension.start, end: dimension.start + dimension.tag.length, text: setAttribute(dimension.tag, 'ref', widened) });
    }
    let out = applyEdits(xml, edits);
    if (legacyDrawingRelId) out = addLegacyDrawing(out, this.prefix, legacyDrawingRelId);
    return out;
  }

  private format(formats: ReadonlyMap<string, number>, c: CellRef): number {
    const f = formats.get(key(c.row, c.col));
    if (f === undefined) throw new Error(`no format for ${columnLetters(c.col)}${c.row + 1}`);
    return f;
  }

  /** The relationship id of the sheet's existing <legacyDrawing>, if it has one. */
  legacyDrawingRelId(): string | undefined {
    const span = this.child('legacyDrawing');
    if (!span) return undefined;
    for (const [name, value] of attributes(span.tag)) if (localName(name) === 'id') return value;
    return undefined;
  }
}

export function cellKey(row: number, col: number): string {
  return key(row, col);
}

function applyEdits(xml: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits');
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts.join('');
}

/** A row's `spans` hint widened to new columns: kept when it has one range, dropped when it has several. */
function widenSpans(tag: string, cols: number[]): string {
  const spans = getAttribute(tag, 'spans');
  if (spans === undefined) return tag;
  const m = /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return removeAttribute(tag, 'spans');
  const min = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const max = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  return setAttribute(tag, 'spans', `${min}:${max}`);
}

/** An A1 range («A1:E30» or «A1») widened to cover the cells. */
function widenRange(ref: string, cells: readonly CellRef[]): string | null {
  const [a, b = a] = ref.split(':');
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) return null;
  let r1 = Math.min(from.row, to.row);
  let c1 = Math.min(from.col, to.col);
  let r2 = Math.max(from.row, to.row);
  let c2 = Math.max(from.col, to.col);
  for (const c of cells) {
    r1 = Math.min(r1, c.row);
    c1 = Math.min(c1, c.col);
    r2 = Math.max(r2, c.row);
    c2 = Math.max(c2, c.col);
  }
  const start = `${columnLetters(c1)}${r1 + 1}`;
  const end = `${columnLetters(c2)}${r2 + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** <legacyDrawing r:id> inserted where CT_Worksheet puts it: before the first element that must follow it. */
function addLegacyDrawing(xml: string, prefix: string, relId: string): string {
  const ns = ensureNamespacePrefix(xml, NS.relationships, 'r');
  const text = ns.xml;
  const children = topLevelChildren(text);
  const after = children.find((c) => AFTER_LEGACY_DRAWING.has(localName(c.name)));
  const at = after ? after.start : text.lastIndexOf(`</${qualify(prefix, rootElement(text).localName)}`);
  return `${text.slice(0, at)}<${qualify(prefix, 'legacyDrawing')} ${ns.prefix}:id="${relId}"/>${text.slice(at)}`;
}
