/**
 * Finding the header and what each column means, the way a person does: by the header's words and
 * by what stands below each column. The header is found anywhere in the first rows, over one to
 * three rows (a merged «Срок» over «начало» / «окончание», «Сроки» over months or quarters), with
 * PDF-broken words and a row of column numbers under it. Each column gets a score per field from its
 * header words (header-words.ts) and its content (column-content.ts); the best assignment wins —
 * one main column per field — and a column whose header is blank or unknown but whose content is
 * clear is mapped too. A deadline may take several columns: a start and an end, or a plan-graph's
 * period columns. A user's own mapping (the profile's `columns`, the pane's «Столбцы», `--columns`)
 * overrides the recognition field by field.
 */
import { cellText, type Cell, type Grid } from '../grid';
import type { Field } from '../findings';
import { FIELDS } from '../findings';
import type { Profile } from '../profile/schema';
import { columnContent, deadlineJudge, sampleRows, type ColumnContent, type DeadlineJudge } from './column-content';
import { headerEvidence as evidenceOf, headerWordsOf, type HeaderEvidence, type HeaderWords } from './header-words';
import type { MergeIndex } from './merges';
import { periodHeader, romanCountsMonths, type PeriodHeader } from './plan-graph';

/** Rows searched for a header, from the top of the sheet (an order's preamble can be long). */
export const HEADER_SEARCH_ROWS = 50;
/** Rows a header may span (a group over sub-groups over periods). */
const MAX_HEADER_DEPTH = 3;
/** Header cells longer than this are prose (an order's preamble, an event's name), not headers. */
const MAX_HEADER_CELL = 100;
/** A cell this long or shorter may be a header when looking for header rows. */
const HEADER_LIKE_CELL = 60;
/** The least score a field's column needs to be mapped. */
const MAPPED = 0.5;

/** How a column's field was decided: by its header's words, by what stands below it, or by the user. */
export type ColumnSource = 'header' | 'content' | 'user';

/** One column of a field read with others: a deadline's start or end, or a plan-graph's period. */
export interface ColumnPart {
  col: number;
  role: 'start' | 'end' | 'part' | 'period';
  /** A plan-graph column's period, as its header names it. */
  period?: PeriodHeader;
}

export interface HeaderMatch {
  /** First header row (0-based). */
  row: number;
  /** Last row that belongs to the header: a sub-header row or the column-number row. */
  lastRow: number;
  /** Columns of each field, ascending; the first is the field's main column. */
  columns: Map<Field, number[]>;
  /** The header text above each column (group and own texts joined). */
  headerText: Map<number, string>;
  /** A field read from several columns together (a deadline's start and end, a plan-graph), in column order. */
  parts: Map<Field, ColumnPart[]>;
  /** How each mapped column was recognised. */
  sources: Map<number, ColumnSource>;
  /** Columns the user mapped that lie outside the sheet's table: refused, the field recognised as usual. */
  refused: Array<{ field: Field; col: number }>;
  firstCol: number;
  lastCol: number;
}

/** A user's mapping: the columns each field is read from (0-based), the first its main one. */
export type UserColumns = Partial<Record<Field, readonly number[]>>;

interface HeaderBlock {
  top: number;
  bottom: number;
  /** The header's texts above each column, top to bottom (a merged group repeated in each column it spans). */
  texts: Map<number, string[]>;
  /** The columns each horizontal group spans, by the group's top-left column. */
  groups: Array<{ c1: number; c2: number; row: number; text: string }>;
}

interface ColumnInfo {
  col: number;
  text: string;
  /** What the column's own (lowest) header text says, else its group's. */
  evidence: HeaderEvidence | null;
  /** What the group above says (a merged «Сроки», «Объём финансирования»). */
  groupEvidence: HeaderEvidence | null;
  content: ColumnContent;
}

interface Candidate {
  block: HeaderBlock;
  lastRow: number;
  columns: Map<Field, number[]>;
  parts: Map<Field, ColumnPart[]>;
  sources: Map<number, ColumnSource>;
  headerText: Map<number, string>;
  score: number;
  /** Fields mapped by their header's words. */
  byHeader: number;
  /** The name column's cells read as events, or it has too few to tell (column-content.ts). */
  nameReadsAsEvents: boolean;
  /**
   * The table under a header of two fields, what is done and when, reads as a plan: most names are
   * actions and most deadlines are dates, months or the grammar's phrases.
   */
  twoFieldPlan: boolean;
}

/** The header's text of one cell position: the cell, or the top-left text of the merged area it lies in. */
function textAt(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const m = merges.at(r, c);
  return cellText(m ? grid.get(m.r1, m.c1) : grid.get(r, c));
}

function isLongProse(text: string): boolean {
  return text.length > MAX_HEADER_CELL;
}

/** The header block starting at row r: how many rows it spans, and the texts above each column. */
function readBlock(grid: Grid, merges: MergeIndex, r: number): HeaderBlock {
  const cols = new Set<number>();
  for (const [c, cell] of grid.rowCells(r)) if (cellText(cell)) cols.add(c);
  for (const m of merges.startingAt(r)) for (let c = m.c1; c <= Math.min(m.c2, m.c1 + 200); c++) cols.add(c);
  /** Columns a heading left of them covers without a merge: the heading's column and the row its sub-headers start. */
  const spread = new Map<number, { from: number; below: number }>();
  /** Rows that carry on the words of the row above («Срок» / «исполнения», «Ответствен-» / «ные»). */
  const continuation = new Set<number>();
  // The header column left of c when every column between has a sub-header below but nothing above.
  const unmergedHeadingOver = (c: number, below: ReadonlyArray<readonly [number, Cell]>): number | undefined => {
    const under = new Set(below.map(([col]) => col));
    for (let left = c - 1; left >= 0 && left >= c - 4 && under.has(left); left--) if (cols.has(left) && !spread.has(left)) return left;
    return undefined;
  };
  let bottom = r;
  for (let depth = 1; depth < MAX_HEADER_DEPTH; depth++) {
    const next = bottom + 1;
    const below = grid.rowCells(next).filter(([, cell]) => cellText(cell));
    if (below.length === 0 || below.some(([, cell]) => isLongProse(cellText(cell)))) break;
    // Header cells merged down past this row, or a group merged across with sub-headers below it.
    const mergedDown = [...cols].some((c) => {
      const m = merges.at(bottom, c);
      return m !== undefined && m.r1 >= r && m.r2 >= next && cellText(grid.get(m.r1, m.c1)) !== '';
    });
    // A group splits into two or more sub-headers; a name merged B:C on every row is no group.
    const groupAbove = merges.onRow(bottom).some((m) => m.r1 >= r && m.r2 === bottom && m.c2 > m.c1 && below.filter(([c]) => c >= m.c1 && c <= m.c2).length >= 2);
    // Header words broken over two rows with no merge (a PDF's line break), or sub-headers under a
    // heading that was never merged («Срок» over C alone, «начало» / «окончание» in C and D): every
    // cell below is a few lower-case words under a header cell or just right of one.
    const lower = (cell: Cell): boolean => /^[\p{Ll}(]/u.test(cellText(cell)) && cellText(cell).length <= 40;
    const continued = below.every(([c, cell]) => lower(cell) && (cols.has(c) || unmergedHeadingOver(c, below) !== undefined));
    if (!mergedDown && !groupAbove && !continued) break;
    if (!mergedDown && !groupAbove) {
      continuation.add(next);
      for (const [c] of below) {
        const heading = cols.has(c) ? undefined : unmergedHeadingOver(c, below);
        if (heading !== undefined) spread.set(c, { from: heading, below: next });
      }
    }
    bottom = next;
    for (const [c] of below) cols.add(c);
  }
  const texts = new Map<number, string[]>();
  const groups: HeaderBlock['groups'] = [];
  for (const [c, { from, below }] of spread) {
    const heading = textAt(grid, merges, below - 1, from);
    const group = groups.find((g) => g.c1 === from && g.row === below - 1);
    if (group) group.c2 = Math.max(group.c2, c);
    else if (heading) groups.push({ c1: from, c2: c, row: below - 1, text: heading });
  }
  for (const c of [...cols].sort((a, b) => a - b)) {
    const list: string[] = [];
    const spreadFrom = spread.get(c);
    if (spreadFrom) for (let row = r; row < spreadFrom.below; row++) {
      const text = textAt(grid, merges, row, spreadFrom.from);
      if (text && list[list.length - 1] !== text) list.push(text);
    }
    for (let row = r; row <= bottom; row++) {
      const m = merges.at(row, c);
      if (m && m.r1 < row && m.r1 >= r) continue; // the same merged cell, already read above
      const text = textAt(grid, merges, row, c);
      if (text && continuation.has(row) && !spreadFrom && list.length) list[list.length - 1] = joinBroken(list[list.length - 1], text);
      else if (text && list[list.length - 1] !== text) list.push(text);
      if (m && m.c2 > m.c1 && m.c1 === c && m.r1 === row && row < bottom && text) groups.push({ c1: m.c1, c2: m.c2, row, text });
    }
    if (list.length) texts.set(c, list);
  }
  return { top: r, bottom, texts, groups };
}

/** Two columns under one merged header cell on every header row (a name merged B:C): one column, not a duplicate. */
function sameMergedHeader(block: HeaderBlock, merges: MergeIndex, col: number, other: number): boolean {
  for (let row = block.top; row <= block.bottom; row++) {
    const m = merges.at(row, col);
    if (!m || m !== merges.at(row, other)) return false;
  }
  return true;
}

/** A header's words broken over two rows, read as one: «Ответствен-» + «ные» → «Ответственные». */
function joinBroken(upper: string, lower: string): string {
  return /\p{L}-$/u.test(upper) ? upper.slice(0, -1) + lower : `${upper} ${lower}`;
}

/** A row of column numbers under the header («1 2 3 4 5»): part of the header, and of a header repeated at a page break. */
export function isColumnNumberRow(grid: Grid, r: number): boolean {
  const cells = grid.rowCells(r).filter(([, cell]) => cellText(cell));
  if (cells.length < 3) return false;
  const numbers = cells.map(([, cell]) => Number(cellText(cell).replace(/\.$/, '')));
  return numbers.every((n, i) => Number.isInteger(n) && n === numbers[0] + i) && numbers[0] <= 1;
}

/**
 * A field's score for a column: its header's words first — a column named for the field scores
 * above 1, one named for another field or for none of them (finance, notes) never reaches the bar —
 * then what stands below it, which alone maps a column whose header is blank or unknown.
 */
function fieldScore(field: Field, info: ColumnInfo): number {
  const e = info.evidence;
  const c = contentScore(field, info.content);
  if (e?.field === field) return e.strength === 'strong' ? 1 + 0.3 * c : 0.45 + 0.6 * c;
  if (e && e.strength === 'strong') return -1;
  if (e) return 0.2 + 0.5 * c - 0.3;
  return c >= 0.55 ? 0.2 + 0.7 * c : 0;
}

function contentScore(field: Field, content: ColumnContent): number {
  if (content.marks > 0.6 || content.amounts > 0.6) return 0;
  switch (field) {
    case 'number':
      return content.number;
    case 'name':
      return content.name * (1 - content.number);
    case 'deadline':
      return content.deadline;
    case 'responsible':
      return content.responsible * (1 - content.name * 0.6);
    case 'result':
      return content.result * 0.8;
  }
}

/** The best assignment of fields to columns: one main column each, distinct, the largest total. */
function assign(infos: readonly ColumnInfo[], taken: ReadonlySet<number>, fields: readonly Field[]): Map<Field, { col: number; score: number }> {
  const options = fields.map((field) =>
    infos
      .filter((i) => !taken.has(i.col))
      .map((i) => ({ col: i.col, score: fieldScore(field, i) }))
      .filter((o) => o.score >= MAPPED)
      .sort((a, b) => b.score - a.score || a.col - b.col)
      .slice(0, 5),
  );
  let best: { total: number; picks: Array<{ col: number; score: number } | null> } = { total: -1, picks: [] };
  const picks: Array<{ col: number; score: number } | null> = [];
  const used = new Set<number>();
  const walk = (k: number, total: number): void => {
    if (k === fields.length) {
      if (total > best.total) best = { total, picks: [...picks] };
      return;
    }
    for (const o of options[k]) {
      if (used.has(o.col)) continue;
      used.add(o.col);
      picks.push(o);
      walk(k + 1, total + o.score);
      picks.pop();
      used.delete(o.col);
    }
    picks.push(null);
    walk(k + 1, total);
    picks.pop();
  };
  walk(0, 0);
  const out = new Map<Field, { col: number; score: number }>();
  best.picks.forEach((p, k) => p && out.set(fields[k], p));
  return out;
}

/** Plan-graph columns: two or more adjacent columns under one group whose own headers name periods. */
function planGraph(block: HeaderBlock, infos: ReadonlyMap<number, ColumnInfo>): ColumnPart[] | null {
  for (const group of block.groups) {
    const groupInfo = infos.get(group.c1);
    if (groupInfo?.groupEvidence?.field === 'extra') continue;
    const own = [];
    for (let c = group.c1; c <= group.c2; c++) {
      const texts = block.texts.get(c) ?? [];
      own.push({ col: c, text: texts[texts.length - 1] ?? '', above: texts[texts.length - 2] ?? '', years: texts.slice(0, -1).join(' ') });
    }
    const roman = romanCountsMonths(own.map((o) => o.text));
    // Weeks under months («Сентябрь» over «1 нед.» … «4 нед.») are read as their month.
    const periods = own.map((o) => ({ ...o, period: periodHeader(o.text, roman) ?? (o.above ? periodHeader(`${o.above} ${o.text}`) : null) }));
    const named = periods.filter((p) => p.period !== null);
    if (named.length < 2 || named.length < periods.length - 1) continue;
    const marked = named.filter((p) => (infos.get(p.col)?.content.marks ?? 0) > 0.5 || (infos.get(p.col)?.content.filled ?? 0) === 0).length;
    const deadlineGroup = groupInfo?.groupEvidence?.field === 'deadline';
    if (!deadlineGroup && marked < named.length / 2) continue;
    return named.map((p) => {
      const period = p.period!;
      const year = /(?:19|20)\d\d/.exec(p.years)?.[0];
      const dated = year && period.kind !== 'year' && period.year === undefined ? { ...period, year: Number(year) } : period;
      return { col: p.col, role: 'period' as const, period: dated };
    });
  }
  // Period columns side by side with no group over them: months or quarters holding marks.
  const run: ColumnPart[] = [];
  const cols = [...infos.keys()].sort((a, b) => a - b);
  const roman = romanCountsMonths(cols.map((c) => last(block.texts.get(c))));
  for (const c of cols) {
    const period = periodHeader(last(block.texts.get(c)), roman);
    const info = infos.get(c)!;
    if (period && info.content.marks > 0.5) run.push({ col: c, role: 'period', period });
    else if (run.length >= 3) break;
    else run.length = 0;
  }
  return run.length >= 3 ? run : null;
}

function last(list: readonly string[] | undefined): string {
  return list?.[list.length - 1] ?? '';
}

/** A deadline in two columns: a start and an end under one group («Срок»: начало / окончание), or side by side. */
function deadlineRange(block: HeaderBlock, infos: ReadonlyMap<number, ColumnInfo>): ColumnPart[] | null {
  const grouped = groupParts(block, infos, 'deadline');
  if (grouped) return grouped;
  const cols = [...infos.keys()].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cols.length; i++) {
    const a = infos.get(cols[i])!.evidence;
    const b = infos.get(cols[i + 1])!.evidence;
    if (a?.field === 'deadline' && b?.field === 'deadline' && a.role === 'start' && b.role === 'end') {
      return [
        { col: cols[i], role: 'start' },
        { col: cols[i + 1], role: 'end' },
      ];
    }
  }
  return null;
}

/** A field's heading over two or more sub-columns («Срок» › начало / окончание, «Ответственные» › ФИО / должность): the field is read from all of them. */
function groupParts(block: HeaderBlock, infos: ReadonlyMap<number, ColumnInfo>, field: Field): ColumnPart[] | null {
  for (const group of block.groups) {
    if (infos.get(group.c1)?.groupEvidence?.field !== field) continue;
    const cols = [...infos.keys()].filter((c) => c >= group.c1 && c <= group.c2).sort((a, b) => a - b);
    if (cols.length < 2) continue;
    return cols.map((col) => ({ col, role: infos.get(col)?.evidence?.role ?? 'part' }));
  }
  return null;
}

/** What one header search reads more than once: each text's header evidence and each cell's deadline class. */
interface Search {
  evidence(text: string): HeaderEvidence | null;
  judge: DeadlineJudge;
}

function search(words: HeaderWords): Search {
  const known = new Map<string, HeaderEvidence | null>();
  return {
    evidence(text) {
      let e = known.get(text);
      if (e === undefined) known.set(text, (e = evidenceOf(text, words)));
      return e;
    },
    judge: deadlineJudge(),
  };
}

/** Judges the block at row r as the table's header: every column's field, and how good a header it makes. */
function candidateAt(grid: Grid, merges: MergeIndex, r: number, find: Search, user: UserColumns): Candidate | null {
  const block = readBlock(grid, merges, r);
  const headerCols = [...block.texts.keys()];
  if (headerCols.length < 2) return null;
  let lastRow = block.bottom;
  if (isColumnNumberRow(grid, lastRow + 1)) lastRow += 1;
  const first = Math.min(...headerCols);
  const end = Math.max(...headerCols);
  const rows = sampleRows(grid, merges, lastRow, first - 2, end + 1);
  // Columns: those with a header, and those just left or right of them holding values (a blank header over numbering).
  const cols = new Set(headerCols);
  for (const row of rows) for (const [c, cell] of grid.rowCells(row)) if (c >= first - 2 && c <= end + 1 && cellText(cell)) cols.add(c);
  const infos = new Map<number, ColumnInfo>();
  for (const col of [...cols].sort((a, b) => a - b)) {
    const texts = block.texts.get(col) ?? [];
    const own = texts.length ? find.evidence(texts[texts.length - 1]) : null;
    const group = texts.length > 1 ? find.evidence(texts[0]) : null;
    // A group that is no field (finance) rules its sub-columns («2024», «2025» under «Объём финансирования»).
    const evidence = group?.field === 'extra' ? group : own ?? (texts.length > 1 ? (texts.slice(0, -1).map((t) => find.evidence(t)).find(Boolean) ?? null) : null);
    const withRole = evidence && evidence.field === 'deadline' && !evidence.role && own?.role ? { ...evidence, role: own.role } : evidence;
    infos.set(col, { col, text: texts.join(' '), evidence: withRole, groupEvidence: group, content: columnContent(grid, merges, rows, col, find.judge) });
  }

  const columns = new Map<Field, number[]>();
  const parts = new Map<Field, ColumnPart[]>();
  const sources = new Map<number, ColumnSource>();
  const taken = new Set<number>();
  let score = 0;
  let byHeader = 0;

  // The user's mapping first, field by field.
  for (const field of FIELDS) {
    const cols = user[field];
    if (!cols?.length) continue;
    columns.set(field, [...cols]);
    if (cols.length > 1 && field === 'deadline') parts.set(field, cols.map((col) => ({ col, role: 'part' })));
    for (const col of cols) {
      sources.set(col, 'user');
      taken.add(col);
    }
    score += 1;
  }

  /** A field read from several columns the header names together. */
  const takeParts = (field: Field, fieldParts: ColumnPart[] | null, weight: number): void => {
    if (!fieldParts) return;
    columns.set(field, fieldParts.map((p) => p.col));
    parts.set(field, fieldParts);
    for (const p of fieldParts) {
      taken.add(p.col);
      sources.set(p.col, 'header');
    }
    score += weight;
    byHeader += 1;
  };
  if (!columns.has('deadline')) takeParts('deadline', planGraph(block, infos) ?? deadlineRange(block, infos), 1.2);
  // Who, written in parts: a name and a post under one «Ответственные».
  if (!columns.has('responsible')) takeParts('responsible', groupParts(block, infos, 'responsible'), 1);

  const open = FIELDS.filter((f) => !columns.has(f));
  for (const [field, pick] of assign([...infos.values()], taken, open)) {
    columns.set(field, [pick.col]);
    taken.add(pick.col);
    const info = infos.get(pick.col)!;
    const named = info.evidence?.field === field;
    sources.set(pick.col, named ? 'header' : 'content');
    if (named) byHeader += 1;
    score += pick.score;
  }
  // Other columns whose header names a mapped field outright: duplicates (column-duplicate reports them).
  for (const info of infos.values()) {
    const e = info.evidence;
    if (taken.has(info.col) || !e || e.field === 'extra' || e.strength !== 'strong' || !columns.has(e.field) || sources.get(columns.get(e.field)![0]) === 'user') continue;
    if (parts.has(e.field) || sameMergedHeader(block, merges, info.col, columns.get(e.field)![0])) continue;
    columns.get(e.field)!.push(info.col);
    sources.set(info.col, 'header');
    taken.add(info.col);
  }
  for (const list of columns.values()) list.sort((a, b) => a - b);
  // The main column of a field read from parts is its first part; of a duplicated field, its best pick, which stays first.
  const headerText = new Map<number, string>();
  for (const [col, info] of infos) if (info.text) headerText.set(col, info.text);
  const mapped = [...taken];
  if (mapped.length === 0) return null;
  return {
    block,
    lastRow,
    columns,
    parts,
    sources,
    headerText,
    score: score + 0.3 * byHeader,
    byHeader,
    nameReadsAsEvents: nameReadsAsEvents(columns.get('name')?.[0] === undefined ? undefined : infos.get(columns.get('name')![0])),
    twoFieldPlan: readsAsPlan(infos.get(columns.get('name')?.[0] ?? -1), infos.get(columns.get('deadline')?.[0] ?? -1)),
  };
}

function readsAsPlan(name: ColumnInfo | undefined, deadline: ColumnInfo | undefined): boolean {
  return !!name && !!deadline && name.evidence?.field === 'name' && deadline.evidence?.field === 'deadline' && name.content.name >= 0.5 && deadline.content.deadline >= 0.5;
}

/**
 * A column of schools under «Наименование ОО» is no list of events (a list of the people in charge
 * and their contacts): a filled name column whose cells read as bodies, not as actions, names none.
 */
function nameReadsAsEvents(info: ColumnInfo | undefined): boolean {
  return !info || info.content.filled < 0.3 || info.content.name >= 0.15 || info.content.responsible < 0.5;
}

/**
 * A header has a name column and a deadline or a responsible, three fields in all, two of them named
 * by their headers — or only what is done and when, both named, over a table that reads as a plan
 * (a kindergarten's plan with no responsible column: column-missing says so).
 */
function isHeader(c: Candidate): boolean {
  const has = (f: Field) => c.columns.has(f);
  const userMapped = [...c.sources.values()].includes('user');
  if (userMapped) return has('name') && (has('deadline') || has('responsible')) && c.columns.size >= 3;
  if (c.columns.size === 2 && has('name') && has('deadline')) return c.byHeader === 2 && c.twoFieldPlan;
  return has('name') && (has('deadline') || has('responsible')) && c.columns.size >= 3 && c.byHeader >= 2 && c.nameReadsAsEvents;
}

/** The fields a row's short cells name («Мероприятие», «Срок»…): rows worth judging as a header name two or more. */
function fieldsNamed(grid: Grid, r: number, evidence: (text: string) => HeaderEvidence | null): Set<Field> {
  const fields = new Set<Field>();
  for (const [, cell] of grid.rowCells(r)) {
    // Headers are a few words of text; an event's name that happens to say «план» or «мероприятие» is longer.
    if (typeof cell.value !== 'string') continue;
    const text = cellText(cell);
    if (!text || text.length > HEADER_LIKE_CELL) continue;
    const e = evidence(text);
    if (e && e.field !== 'extra') fields.add(e.field);
  }
  return fields;
}

/** How many fields a row's short cells name: a function made once per check (it keeps the evidence it found). */
export function fieldsNamedBy(profile: Profile): (grid: Grid, r: number) => number {
  const find = search(headerWordsOf(profile));
  return (grid, r) => fieldsNamed(grid, r, find.evidence).size;
}

/**
 * What a row of the search window that was not recognised as a header says of the table: `fields`
 * when it names what is done with when, who or what comes out (or all three of those); `numbered`
 * when it names only a number and a name, which any list has (an estimate, a register) and which
 * is a plan's only under a plan's title. A number, a date and a teacher (a timetable) are neither.
 */
export type PartialHeader = 'fields' | 'numbered' | null;

export function partialPlanHeader(grid: Grid, profile: Profile): PartialHeader {
  const find = search(headerWordsOf(profile));
  let found: PartialHeader = null;
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    const fields = fieldsNamed(grid, r, find.evidence);
    const planFields = fields.size - (fields.has('number') ? 1 : 0);
    if (planFields >= (fields.has('name') ? 2 : 3)) return 'fields';
    if (fields.has('name') && fields.has('number')) found = 'numbered';
  }
  return found;
}

export function findHeader(grid: Grid, merges: MergeIndex, profile: Profile, wanted: UserColumns = {}): HeaderMatch | null {
  const find = search(headerWordsOf(profile));
  // A column past the last one the sheet uses is outside the table: that field is recognised as usual.
  const user: Partial<Record<Field, readonly number[]>> = {};
  const refused: HeaderMatch['refused'] = [];
  for (const field of FIELDS) {
    const cols = wanted[field];
    if (!cols?.length) continue;
    const outside = cols.filter((c) => c >= grid.colCount);
    if (outside.length) for (const col of outside) refused.push({ field, col });
    else user[field] = cols;
  }
  const userMapped = Object.values(user).some((cols) => cols && cols.length > 0);
  // Rows whose words name fields, judged in full (content included) only when they name nearly as
  // many as the row naming the most: an event that mentions «план» and «результат» is no rival to
  // a header naming five fields.
  const named: Array<{ r: number; fields: number }> = [];
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    const fields = fieldsNamed(grid, r, find.evidence).size;
    if (fields >= (userMapped ? 1 : 2)) named.push({ r, fields });
  }
  const most = Math.max(0, ...named.map((n) => n.fields));
  let best: Candidate | null = null;
  for (const { r, fields } of named) {
    if (fields < most - 1) continue;
    const candidate = candidateAt(grid, merges, r, find, user);
    // The first table is the plan: a later header wins only by a clear margin (a second plan or a
    // table of targets below is often as good a header).
    if (candidate && isHeader(candidate) && (!best || candidate.score > best.score * 1.15)) best = candidate;
  }
  if (!best) return null;
  const mapped = [...best.sources.keys()];
  return {
    row: best.block.top,
    lastRow: best.lastRow,
    columns: best.columns,
    headerText: best.headerText,
    parts: best.parts,
    sources: best.sources,
    refused,
    firstCol: Math.min(...mapped),
    lastCol: Math.max(...mapped),
  };
}
