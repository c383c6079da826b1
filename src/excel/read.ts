/**
 * Reading sheets into grids (values, number formats, merged areas) in one sync whatever the row
 * count; past one response's limit, in row blocks sized from the data's bytes.
 *
 * Merged areas: `getMergedAreasOrNullObject` fails past 512 areas and returns only areas whose
 * top-left cell is in the range, so they are asked for in whole-row bands of 128 rows, queued in
 * the same sync as the values.
 */
import { columnLetter, parseRange } from '../core/address';
import { messageOf, type Localized } from '../core/descriptor';
import { chartSheetActive, sheetTooLarge } from '../core/file-findings';
import { Grid, cellFromRaw } from '../core/grid';
import { errorCode, jsonBytes } from './payload';
import type { ExcelSession, SheetInfo } from './session';

/**
 * The most cells a sheet's used range may span to be read: 20 million, twenty times the largest
 * real roadmap or indicator sheet. Beyond it the used range reaches far past the data.
 */
export const MAX_SHEET_CELLS = 20_000_000;

/** A sheet whose used range is too large to read, with the message for the user in both languages. */
export class SheetTooLargeError extends Error {
  readonly code = sheetTooLarge.id;
  readonly messages: Localized;

  constructor(
    readonly sheet: string,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ) {
    const data = { sheet, address: `${columnLetter(col)}${row + 1}:${columnLetter(col + cols - 1)}${row + rows}`, millions: MAX_SHEET_CELLS / 1_000_000 };
    const messages = { ru: messageOf(sheetTooLarge, 'tooLarge', 'ru', data), en: messageOf(sheetTooLarge, 'tooLarge', 'en', data) };
    super(messages.ru);
    this.name = 'SheetTooLargeError';
    this.messages = messages;
  }
}

/** No worksheet is active: a chart sheet is. */
export class ChartSheetActiveError extends Error {
  readonly code = chartSheetActive.id;
  readonly messages: Localized = chartSheetActive.meta.messages.chartSheet;

  constructor() {
    super(chartSheetActive.meta.messages.chartSheet.en);
    this.name = 'ChartSheetActiveError';
  }
}

/** Errors after which a read is retried in blocks: the payload, the range or the merged-area limits. */
const RETRY_IN_BLOCKS = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'GeneralException',
]);

/**
 * Merged areas are asked for in bands of rows: Excel refuses a call that would return more
 * than 512. 128 rows hold up to 4 areas per row on average — more than roadmaps merge.
 */
const MERGE_BAND_ROWS = 128;
/** Rows of merge bands asked for a sheet whose size is not known yet (128 bands). */
const DEFAULT_MERGE_ROWS = 16_384;

/** A first guess of a cell's weight in a response (value and number format), before any is measured. */
const TYPICAL_CELL_BYTES = 32;

type ReadTarget = { active: true } | { name: string };

export class SheetReader {
  /** Bytes the last read of each sheet took: a sheet known to be big is read in blocks straight away. */
  private readonly sizeHint = new Map<string, number>();
  /** Where each sheet's used range ended last time (exclusive row), to size the merge bands. */
  private readonly rowsHint = new Map<string, number>();
  /** The sheet that was active when the active sheet was last read. */
  private lastActive: string | undefined;

  constructor(private readonly session: ExcelSession) {}

  /** The active worksheet; a ChartSheetActiveError when a chart sheet is active (Excel then has no active worksheet). */
  async readActiveSheet(): Promise<Grid> {
    try {
      const [grid] = await this.readSheets([{ active: true }]);
      return grid;
    } catch (error) {
      if (errorCode(error) === 'ItemNotFound') throw new ChartSheetActiveError();
      throw error;
    }
  }

  /** Every worksheet except the add-in's own report sheet. The active sheet is never asked for: a chart sheet may be active. */
  async readAllSheets(): Promise<Grid[]> {
    const sheets = this.session.sheets ?? (await this.session.refreshSheets());
    const notReport = (list: readonly SheetInfo[]) => list.filter((s) => s.id !== this.session.reportSheetId);
    const targets = notReport(sheets).map((s) => ({ name: s.name }));
    let grids: Grid[];
    try {
      grids = targets.length ? await this.readSheets(targets) : [];
    } catch (error) {
      // A sheet renamed or deleted since the list was taken: take the list again, once.
      if (errorCode(error) !== 'ItemNotFound') throw error;
      const fresh = notReport(await this.session.refreshSheets()).map((s) => ({ name: s.name }));
      return fresh.length ? this.readSheets(fresh) : [];
    }
    // The read brought the current list along: a sheet added since is read too.
    const current = notReport(this.session.sheets ?? []).map((s) => s.name);
    const added = current.filter((name) => !grids.some((g) => g.name === name));
    if (added.length) grids = [...grids, ...(await this.readSheets(added.map((name) => ({ name }))))];
    return current.map((name) => grids.find((g) => g.name === name)).filter((g): g is Grid => !!g);
  }

  private async readSheets(targets: ReadTarget[]): Promise<Grid[]> {
    // The active sheet is most likely the one that was active last time.
    const nameOf = (t: ReadTarget): string | undefined => ('name' in t ? t.name : this.lastActive);
    const knownBig = targets.reduce((n, t) => n + (this.sizeHint.get(nameOf(t) ?? '') ?? 0), 0) > this.session.budget;
    let reason: string | undefined = knownBig ? 'ResponsePayloadSizeLimitExceeded' : undefined;
    if (!knownBig) {
      try {
        return await this.readInOneSync(targets);
      } catch (error) {
        reason = errorCode(error);
        if (!RETRY_IN_BLOCKS.has(reason ?? '')) throw error;
      }
    }
    return this.readInBlocks(targets, reason === 'GeneralException' ? 'merges' : 'size');
  }

  private sheetOf(context: Excel.RequestContext, target: ReadTarget): Excel.Worksheet {
    return 'name' in target ? context.workbook.worksheets.getItem(target.name) : context.workbook.worksheets.getActiveWorksheet();
  }

  /** Remembers which sheet was active, when the active sheet was among the targets. */
  private noteActive(targets: readonly ReadTarget[], parts: ReadonlyArray<{ sheet: Excel.Worksheet }>): void {
    const i = targets.findIndex((t) => !('name' in t));
    if (i >= 0) this.lastActive = parts[i].sheet.name;
  }

  /** How many rows of merge bands to ask for a sheet before knowing its size: what it had last time, with room to grow. */
  private mergeRows(target: ReadTarget): number {
    const hint = this.rowsHint.get('name' in target ? target.name : this.lastActive ?? '');
    const rows = hint === undefined ? DEFAULT_MERGE_ROWS : Math.max(1_000, Math.ceil(hint * 1.5));
    return Math.ceil(rows / MERGE_BAND_ROWS) * MERGE_BAND_ROWS;
  }

  /**
   * Merged areas of rows [from, to), asked band by band: Excel refuses a call that would return
   * more than 512 areas, and returns only the areas whose top-left cell is in the range — so
   * whole-row bands find each area exactly once.
   */
  private queueMergeBands(sheet: Excel.Worksheet, from: number, to: number, bandRows = MERGE_BAND_ROWS): Excel.RangeAreas[] {
    const bands: Excel.RangeAreas[] = [];
    for (let r = from; r < to; r += bandRows) {
      bands.push(sheet.getRange(`${r + 1}:${Math.min(to, r + bandRows)}`).getMergedAreasOrNullObject().load('address'));
    }
    return bands;
  }

  /** The whole used range of every target sheet, with its merged areas, in a single sync. */
  private async readInOneSync(targets: ReadTarget[]): Promise<Grid[]> {
    const read = await this.session.run(async (context) => {
      const parts = targets.map((target) => {
        const sheet = this.sheetOf(context, target).load('name');
        // Values only: formatting far below the data must not widen the read.
        const used = sheet.getUsedRange(true).load('values, numberFormat, rowIndex, columnIndex, rowCount');
        const covered = this.mergeRows(target);
        return { sheet, used, covered, bands: this.queueMergeBands(sheet, 0, covered) };
      });
      await this.session.syncWithSheets(context);
      this.noteActive(targets, parts);
      return parts.map(({ sheet, used, covered, bands }) => {
        const grid = new Grid(sheet.name);
        addBlock(grid, used.values, used.numberFormat, used.rowIndex, used.columnIndex);
        for (const band of bands) if (!band.isNullObject) addMerges(grid, band.address);
        const end = used.rowIndex + used.rowCount;
        this.sizeHint.set(sheet.name, jsonBytes(used.values) + jsonBytes(used.numberFormat));
        this.rowsHint.set(sheet.name, end);
        return { grid, covered, end };
      });
    });
    // A sheet longer than the bands asked for (only when its size was not known): the rest of
    // its merged areas in one more sync.
    const longer = read.filter((r) => r.end > r.covered);
    if (longer.length) await this.readMergeBands(longer.map((r) => ({ grid: r.grid, from: r.covered, to: r.end })));
    return read.map((r) => r.grid);
  }

  private async readMergeBands(parts: Array<{ grid: Grid; from: number; to: number }>): Promise<void> {
    await this.session.run(async (context) => {
      const queued = parts.map((p) => ({ grid: p.grid, bands: this.queueMergeBands(context.workbook.worksheets.getItem(p.grid.name), p.from, p.to) }));
      await context.sync();
      for (const { grid, bands } of queued) for (const band of bands) if (!band.isNullObject) addMerges(grid, band.address);
    });
  }

  /**
   * The fallback for sheets too big for one response: one sync for the dimensions, then row
   * blocks packed into syncs of at most `budget` estimated bytes. The estimate starts from
   * what the failed attempt proved (the data exceeded the limit) and learns from every block.
   */
  private async readInBlocks(targets: ReadTarget[], because: 'size' | 'merges'): Promise<Grid[]> {
    const dims = await this.session.run(async (context) => {
      const parts = targets.map((target) => {
        const sheet = this.sheetOf(context, target).load('name');
        const used = sheet.getUsedRange(true).load('rowIndex, columnIndex, rowCount, columnCount');
        return { sheet, used };
      });
      await this.session.syncWithSheets(context);
      this.noteActive(targets, parts);
      return parts.map(({ sheet, used }) => ({
        name: sheet.name,
        row: used.rowIndex,
        col: used.columnIndex,
        rows: used.rowCount,
        cols: used.columnCount,
      }));
    });
    // A used range reaching far beyond the data (a stray value at XFD1048576) would be read cell
    // by cell for hours: refused with a message instead — Office.js has no sparse read.
    for (const d of dims) {
      if (d.rows * d.cols > MAX_SHEET_CELLS) throw new SheetTooLargeError(d.name, d.row, d.col, d.rows, d.cols);
    }
    const grids = dims.map((d) => new Grid(d.name));
    const totalCells = dims.reduce((n, d) => n + d.rows * d.cols, 0);
    const hinted = dims.reduce((n, d) => n + (this.sizeHint.get(d.name) ?? 0), 0);
    // A response that was too big proved the data weighs more than the limit: start from there.
    // Too many merged areas in a band proved nothing about size: start from a typical cell.
    let bytesPerCell = Math.max(4, (because === 'size' ? Math.max(hinted, this.session.limit) : hinted) / Math.max(1, totalCells), because === 'size' ? 0 : TYPICAL_CELL_BYTES);
    const observed = dims.map(() => 0);
    let bandRows = because === 'merges' ? MERGE_BAND_ROWS / 4 : MERGE_BAND_ROWS;
    /** Pending work: [sheet index, first row, row count] (absolute rows). */
    const pending: Array<[number, number, number]> = dims.map((d, i) => [i, d.row, d.rows]);
    while (pending.length) {
      const batch: Array<[number, number, number]> = [];
      let planned = 0;
      while (pending.length) {
        const [i, row, rows] = pending[0];
        const rowBytes = bytesPerCell * dims[i].cols + 8;
        const fit = Math.floor((this.session.budget - planned) / rowBytes);
        if (fit <= 0 && batch.length) break;
        const take = Math.max(1, Math.min(rows, fit));
        batch.push([i, row, take]);
        planned += take * rowBytes;
        if (take === rows) pending.shift();
        else {
          pending[0] = [i, row + take, rows - take];
          break;
        }
      }
      try {
        const results = await this.session.run(async (context) => {
          const loads = batch.map(([i, row, rows]) => {
            const d = dims[i];
            const sheet = context.workbook.worksheets.getItem(d.name);
            const block = sheet.getRangeByIndexes(row, d.col, rows, d.cols).load('values, numberFormat');
            // The sheet's first block also takes the merged areas above the used range.
            const bands = this.queueMergeBands(sheet, row === d.row ? 0 : row, row + rows, bandRows);
            return { i, row, block, bands };
          });
          await context.sync();
          return loads.map(({ i, row, block, bands }) => ({
            i,
            row,
            values: block.values,
            formats: block.numberFormat,
            merges: bands.filter((b) => !b.isNullObject).map((b) => b.address),
          }));
        });
        let bytes = 0;
        let cells = 0;
        for (const r of results) {
          const d = dims[r.i];
          addBlock(grids[r.i], r.values, r.formats, r.row, d.col);
          for (const m of r.merges) addMerges(grids[r.i], m);
          const b = jsonBytes(r.values) + jsonBytes(r.formats);
          observed[r.i] += b;
          bytes += b;
          cells += r.values.length * d.cols;
        }
        // Learn from what came back, with a margin; never drop below half the last estimate.
        bytesPerCell = Math.max(bytesPerCell / 2, (bytes / Math.max(1, cells)) * 1.15, 4);
      } catch (error) {
        if (!RETRY_IN_BLOCKS.has(errorCode(error) ?? '')) throw error;
        const code = errorCode(error);
        if (code === 'GeneralException') {
          // Too many merged areas in a band: narrower bands.
          if (bandRows === 1) throw error;
          bandRows = Math.max(1, Math.floor(bandRows / 4));
        } else {
          if (batch.length === 1 && batch[0][2] === 1) throw error;
          // Underestimated: plan with twice the bytes per cell.
          bytesPerCell *= 2;
        }
        pending.unshift(...batch);
      }
    }
    dims.forEach((d, i) => {
      this.sizeHint.set(d.name, observed[i]);
      this.rowsHint.set(d.name, d.row + d.rows);
    });
    return grids;
  }

}

/** Adds a dense block of Office.js values at its sheet position, keeping only non-empty cells. */
function addBlock(grid: Grid, values: unknown[][], formats: unknown[][], row: number, col: number): void {
  for (let i = 0; i < values.length; i++) {
    const line = values[i];
    for (let j = 0; j < line.length; j++) {
      const cell = cellFromRaw(line[j], formats?.[i]?.[j]);
      if (cell) grid.set(row + i, col + j, cell);
    }
  }
}

/** Splits a RangeAreas address ("'ДК 1.3'!A1:B2,'ДК 1.3'!C3:C5") into areas; commas inside quotes are names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function addMerges(grid: Grid, address: string): void {
  const seen = new Set(grid.merges.map((m) => `${m.r1},${m.c1},${m.r2},${m.c2}`));
  for (const area of splitAreas(address)) {
    const range = parseRange(area.slice(area.lastIndexOf('!') + 1));
    if (!range || (range.r1 === range.r2 && range.c1 === range.c2)) continue;
    const key = `${range.r1},${range.c1},${range.r2},${range.c2}`;
    if (seen.has(key)) continue;
    seen.add(key);
    grid.addMerge(range);
  }
}

