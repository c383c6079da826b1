/**
 * `WorkbookPort` on the Excel JavaScript API. It touches only the global `Excel` namespace (or
 * one passed in), so the same code runs in Excel and on the in-memory host of the tests and
 * the preview page.
 *
 * Round trips — every `context.sync()` crosses to Excel (and, in Excel on the web, the network):
 * - readActiveSheet: one sync (values, number formats and merged areas of the used range).
 * - readAllSheets: one sync for every sheet at once. The sheet list itself comes along with
 *   every sync this class makes, so only a very first call, before any other, needs one more.
 * - writeReport, saveIgnored, selectCell, loadIgnored: one sync. highlight: one read sync (the
 *   original fills) and one write sync. clearHighlight: one write sync (plus one read of the
 *   workbook's settings when this instance did not highlight, e.g. after the pane reloaded).
 *
 * The real constraint is Excel's payload limit: 5 MB per request and per response (Excel on
 * the web; the desktop is more generous). It applies to a whole sync, so queuing many small
 * blocks before one sync does not get around it. Reads therefore try one sync; if the response
 * is too large, they fall back to row blocks grouped into syncs of at most `payloadBudget`
 * bytes each: 2 + ceil(size / budget) syncs, plus at most log2(size / limit) + 1 retries when
 * blocks were underestimated — a function of the data's size, never of its row count. Large
 * writes (report, fills) are packed into requests under the budget the same way.
 *
 * Merged areas: `getMergedAreasOrNullObject` fails past 512 areas and returns only areas whose
 * top-left cell is in the range, so they are asked for in whole-row bands of 128 rows, queued
 * in the same sync as the values.
 */
import { columnIndex, columnLetter, parseRange, quoteSheet } from '../core/address';
import { type Finding, type Language, type Severity, SEVERITY_RANK } from '../core/findings';
import { Grid, cellFromRaw } from '../core/grid';
import { uniqueSheetName, uniqueSheetNames } from './sheet-names';
import type { AddSheetsOptions, NewSheet, SheetChange, StoredProfile, WorkbookPort } from './workbook-port';

export const REPORT_SHEET = 'Замечания';
export const IGNORED_SETTING = 'roadmapChecker.ignored';
export const HIGHLIGHT_SETTING = 'roadmapChecker.highlights';
/** The region's profile kept in the workbook: `{ json, fileName }`. */
export const PROFILE_SETTING = 'roadmapChecker.profile';
/** Names of the sheets `addSheets` made (summaries, new plans), so the report never takes one over. */
export const ADDED_SHEETS_SETTING = 'roadmapChecker.addedSheets';
/** How many added sheet names the setting keeps. */
const ADDED_SHEETS_KEPT = 200;
/** Excel refuses a chart title longer than this. */
const MAX_CHART_TITLE = 255;

/** Excel on the web: 5 MB per request and per response. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one sync may carry by our estimate: 80 % of the limit, the rest for the envelope. */
export const DEFAULT_PAYLOAD_BUDGET = Math.floor(EXCEL_PAYLOAD_LIMIT * 0.8);

/** Fills of highlighted cells by severity: Excel's own "Light Red", "Yellow" and a light blue. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

const REPORT_HEADERS: Record<Language, string[]> = {
  ru: ['№', 'Лист', 'Ячейка', 'Правило', 'Важность', 'Значение', 'Сообщение'],
  en: ['No.', 'Sheet', 'Cell', 'Rule', 'Severity', 'Value', 'Message'],
};
const SEVERITY_LABELS: Record<Language, Record<Severity, string>> = {
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'информация' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const NO_FINDINGS: Record<Language, string> = { ru: 'Замечаний нет', en: 'No findings' };
/** Column widths of the report, in points. */
const REPORT_WIDTHS = [32, 120, 56, 150, 100, 240, 420];
const MAX_CELL_TEXT = 32_767;

/**
 * The most cells a sheet's used range may span to be read: 20 million, twenty times the largest
 * real roadmap or indicator sheet. Beyond it the used range reaches far past the data.
 */
export const MAX_SHEET_CELLS = 20_000_000;

/** A sheet whose used range is too large to read, with the message for the user in both languages. */
export class SheetTooLargeError extends Error {
  readonly code = 'sheet-too-large';
  readonly messages: { ru: string; en: string };

  constructor(
    readonly sheet: string,
    row: number,
    col: number,
    rows: number,
    cols: number,
  ) {
    const address = `${columnLetter(col)}${row + 1}:${columnLetter(col + cols - 1)}${row + rows}`;
    const messages = {
      ru: `Лист «${sheet}» слишком велик для проверки: его используемый диапазон ${address} — больше ${MAX_SHEET_CELLS / 1_000_000} млн ячеек, хотя данные занимают, скорее всего, малую часть. Удалите лишние строки и столбцы ниже и правее данных (Ctrl+End покажет, где Excel считает конец листа), сохраните и проверьте снова.`,
      en: `Sheet «${sheet}» is too large to check: its used range ${address} spans more than ${MAX_SHEET_CELLS / 1_000_000} million cells, though the data most likely fill a small part. Delete the extra rows and columns below and right of the data (Ctrl+End shows where Excel thinks the sheet ends), save, and check again.`,
    };
    super(messages.ru);
    this.name = 'SheetTooLargeError';
    this.messages = messages;
  }
}

/** Errors after which a read is retried in blocks: the payload, the range or the merged-area limits. */
const RETRY_IN_BLOCKS = new Set([
  'ResponsePayloadSizeLimitExceeded',
  'RequestPayloadSizeLimitExceeded',
  'RangeExceedsLimit',
  'GeneralException',
]);

export interface OfficeWorkbookOptions {
  /** The Excel namespace; defaults to the global `Excel` at call time. */
  excel?: typeof Excel;
  /** Excel's payload limit per request and per response; defaults to 5 MB. */
  payloadLimit?: number;
  /** Bytes one sync may carry by our estimate; defaults to 80 % of the limit. */
  payloadBudget?: number;
  /** For events from hosts without `triggerSource` (before ExcelApi 1.14): how long after our own write to ignore changes. */
  ownWriteGraceMs?: number;
}

/** A cell's fill before we highlighted it; null = No Fill. */
export interface OriginalFill {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

/** What the highlight setting holds: per worksheet id, per A1 cell, the original fill. */
export interface HighlightState {
  version: 1;
  sheets: Record<string, Record<string, OriginalFill | null>>;
}

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

const EMPTY_HIGHLIGHTS: HighlightState = { version: 1, sheets: {} };

interface SheetInfo {
  id: string;
  name: string;
}

type RequestContext = Excel.RequestContext;

export class OfficeWorkbook implements WorkbookPort {
  private sheets: SheetInfo[] | null = null;
  /** Bytes the last read of each sheet took: a sheet known to be big is read in blocks straight away. */
  private readonly sizeHint = new Map<string, number>();
  /** Where each sheet's used range ended last time (exclusive row), to size the merge bands. */
  private readonly rowsHint = new Map<string, number>();
  private lastActive: string | undefined;
  /** Sheets addSheets made, as kept in the workbook's settings (carried along with the sheet list). */
  private addedSheets: string[] = [];
  private readonly addedProbe = new WeakMap<Excel.WorksheetCollection, Excel.Setting>();
  private highlightState: HighlightState | null = null;
  private lastOwnWrite = 0;
  private ownWrites = 0;
  private readonly limit: number;
  private readonly budget: number;

  constructor(private readonly options: OfficeWorkbookOptions = {}) {
    this.limit = options.payloadLimit ?? EXCEL_PAYLOAD_LIMIT;
    this.budget = options.payloadBudget ?? Math.floor(this.limit * 0.8);
  }

  private get excel(): typeof Excel {
    const excel = this.options.excel ?? (globalThis as { Excel?: typeof Excel }).Excel;
    if (!excel) throw new Error('Office.js is not loaded: there is no Excel namespace.');
    return excel;
  }

  // -------------------------------------------------------------------------------------------
  // The sheet list, carried along with every sync

  private trackSheets(context: RequestContext): Excel.WorksheetCollection {
    const collection = context.workbook.worksheets;
    collection.load('items/name,items/id');
    // The names of the sheets the add-in added travel with the list: same request, no extra sync.
    this.addedProbe.set(collection, context.workbook.settings.getItemOrNullObject(ADDED_SHEETS_SETTING).load('value'));
    return collection;
  }

  private noteSheets(collection: Excel.WorksheetCollection): void {
    this.sheets = collection.items.map((s) => ({ id: s.id, name: s.name }));
    const probe = this.addedProbe.get(collection);
    if (probe) {
      const value: unknown = probe.isNullObject ? [] : probe.value;
      this.addedSheets = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    }
  }

  private async refreshSheets(): Promise<SheetInfo[]> {
    await this.excel.run(async (context) => {
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
    });
    return this.sheets!;
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  async readActiveSheet(): Promise<Grid> {
    const [grid] = await this.readSheets([{ active: true }]);
    return grid;
  }

  /** Every worksheet except the add-in's own report sheet. */
  async readAllSheets(): Promise<Grid[]> {
    const sheets = this.sheets ?? (await this.refreshSheets());
    const targets = sheets.filter((s) => s.name !== REPORT_SHEET).map((s) => ({ name: s.name }));
    let grids: Grid[];
    try {
      grids = targets.length ? await this.readSheets(targets) : [];
    } catch (error) {
      // A sheet renamed or deleted since the list was taken: take the list again, once.
      if (errorCode(error) !== 'ItemNotFound') throw error;
      const fresh = (await this.refreshSheets()).filter((s) => s.name !== REPORT_SHEET).map((s) => ({ name: s.name }));
      return fresh.length ? this.readSheets(fresh) : [];
    }
    // The read brought the current list along: a sheet added since is read too.
    const current = (this.sheets ?? []).filter((s) => s.name !== REPORT_SHEET).map((s) => s.name);
    const added = current.filter((name) => !grids.some((g) => g.name === name));
    if (added.length) grids = [...grids, ...(await this.readSheets(added.map((name) => ({ name }))))];
    return current.map((name) => grids.find((g) => g.name === name)).filter((g): g is Grid => !!g);
  }

  private async readSheets(targets: ReadTarget[]): Promise<Grid[]> {
    // The active sheet is most likely the one that was active last time.
    const nameOf = (t: ReadTarget): string | undefined => ('name' in t ? t.name : this.lastActive);
    const knownBig = targets.reduce((n, t) => n + (this.sizeHint.get(nameOf(t) ?? '') ?? 0), 0) > this.budget;
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

  private sheetOf(context: RequestContext, target: ReadTarget): Excel.Worksheet {
    return 'name' in target ? context.workbook.worksheets.getItem(target.name) : context.workbook.worksheets.getActiveWorksheet();
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
    const read = await this.excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      const parts = targets.map((target) => {
        const sheet = this.sheetOf(context, target).load('name');
        // Values only: formatting far below the data must not widen the read.
        const used = sheet.getUsedRange(true).load('values, numberFormat, rowIndex, columnIndex, rowCount');
        const covered = this.mergeRows(target);
        return { sheet, used, covered, bands: this.queueMergeBands(sheet, 0, covered) };
      });
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      this.lastActive = active.name;
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
    await this.excel.run(async (context) => {
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
    const dims = await this.excel.run(async (context) => {
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      const parts = targets.map((target) => {
        const sheet = this.sheetOf(context, target).load('name');
        const used = sheet.getUsedRange(true).load('rowIndex, columnIndex, rowCount, columnCount');
        return { sheet, used };
      });
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      this.lastActive = active.name;
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
    let bytesPerCell = Math.max(4, (because === 'size' ? Math.max(hinted, this.limit) : hinted) / Math.max(1, totalCells), because === 'size' ? 0 : TYPICAL_CELL_BYTES);
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
        const fit = Math.floor((this.budget - planned) / rowBytes);
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
        const results = await this.excel.run(async (context) => {
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

  // -------------------------------------------------------------------------------------------
  // Navigation

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Highlighting

  async highlight(findings: readonly Finding[]): Promise<void> {
    // The most severe finding of each cell decides its color.
    const wanted = new Map<string, Map<string, Severity>>();
    for (const f of findings) {
      if (f.sheet === REPORT_SHEET) continue;
      const cell = normalizeCell(f.cell);
      if (!cell) continue;
      const cells = wanted.get(f.sheet) ?? new Map<string, Severity>();
      const before = cells.get(cell);
      if (!before || SEVERITY_RANK[f.severity] < SEVERITY_RANK[before]) cells.set(cell, f.severity);
      wanted.set(f.sheet, cells);
    }
    let attempt = 0;
    for (;;) {
      try {
        await this.highlightOnce(wanted);
        return;
      } catch (error) {
        // A finding's sheet was deleted or renamed since the check: drop it and try again.
        if (errorCode(error) !== 'ItemNotFound' || attempt++ > 0) throw error;
        const names = new Set((await this.refreshSheets()).map((s) => s.name));
        for (const sheet of [...wanted.keys()]) if (!names.has(sheet)) wanted.delete(sheet);
      }
    }
  }

  private async highlightOnce(wanted: Map<string, Map<string, Severity>>): Promise<void> {
    // Read: the sheets' ids, the stored state and the current fill of every cell to highlight.
    const read = await this.excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).load('value');
      const perSheet = [...wanted].map(([name, cells]) => {
        const sheet = context.workbook.worksheets.getItem(name).load('id');
        const fills = [...cells.keys()].map((cell) => ({
          cell,
          fill: sheet.getRange(cell).format.fill.load('color, pattern, patternColor, tintAndShade, patternTintAndShade'),
        }));
        return { name, sheet, fills };
      });
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      return {
        state: setting.isNullObject ? null : parseHighlightState(setting.value),
        sheets: perSheet.map(({ name, sheet, fills }) => ({
          name,
          id: sheet.id,
          fills: fills.map(({ cell, fill }) => ({ cell, original: originalOf(fill) })),
        })),
      };
    });
    const old = read.state ?? this.highlightState ?? { version: 1 as const, sheets: {} };
    const next: HighlightState = { version: 1, sheets: {} };
    const paint: Array<{ sheetId: string; cell: string; color: string }> = [];
    for (const s of read.sheets) {
      const cells = wanted.get(s.name)!;
      const kept = old.sheets[s.id] ?? {};
      const record: Record<string, OriginalFill | null> = {};
      for (const { cell, original } of s.fills) {
        // A cell we already highlighted keeps the original recorded then, not our own color.
        record[cell] = cell in kept ? kept[cell] : original;
        paint.push({ sheetId: s.id, cell, color: HIGHLIGHT_COLORS[cells.get(cell)!] });
      }
      next.sheets[s.id] = record;
    }
    // Cells highlighted before but not now get their original fill back.
    const restore: Array<{ sheetId: string; cell: string; original: OriginalFill | null }> = [];
    for (const [sheetId, cells] of Object.entries(old.sheets)) {
      for (const [cell, original] of Object.entries(cells)) {
        if (!next.sheets[sheetId] || !(cell in next.sheets[sheetId])) restore.push({ sheetId, cell, original });
      }
    }
    const liveIds = new Set((this.sheets ?? []).map((s) => s.id));
    const live = restore.filter((r) => liveIds.has(r.sheetId));
    if (paint.length === 0 && live.length === 0 && Object.keys(old.sheets).length === 0) {
      this.highlightState = next;
      return;
    }
    await this.writeFills(live, paint, next);
  }

  async clearHighlight(): Promise<void> {
    let state = this.highlightState;
    if (!state) {
      state = await this.excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).load('value');
        const collection = this.trackSheets(context);
        await context.sync();
        this.noteSheets(collection);
        return setting.isNullObject ? null : parseHighlightState(setting.value);
      });
    }
    if (!state || Object.keys(state.sheets).length === 0) {
      this.highlightState = { version: 1, sheets: {} };
      return;
    }
    const liveIds = new Set((this.sheets ?? []).map((s) => s.id));
    const restore = Object.entries(state.sheets).flatMap(([sheetId, cells]) =>
      liveIds.size === 0 || liveIds.has(sheetId) ? Object.entries(cells).map(([cell, original]) => ({ sheetId, cell, original })) : [],
    );
    await this.writeFills(restore, [], null);
  }

  /**
   * One write sync (more only past the payload budget): restores, paints, and stores the state.
   * A sheet deleted since the list was taken fails the request: take the list again and write
   * the rest (restoring and painting twice is harmless).
   */
  private async writeFills(
    restore: Array<{ sheetId: string; cell: string; original: OriginalFill | null }>,
    paint: Array<{ sheetId: string; cell: string; color: string }>,
    state: HighlightState | null,
  ): Promise<void> {
    try {
      await this.writeFillsOnce(restore, paint, state);
    } catch (error) {
      if (errorCode(error) !== 'ItemNotFound') throw error;
      const live = new Set((await this.refreshSheets()).map((s) => s.id));
      const keep = <T extends { sheetId: string }>(items: T[]): T[] => items.filter((x) => live.has(x.sheetId));
      const kept = state ? { version: 1 as const, sheets: Object.fromEntries(Object.entries(state.sheets).filter(([id]) => live.has(id))) } : null;
      await this.writeFillsOnce(keep(restore), keep(paint), kept);
    }
  }

  private async writeFillsOnce(
    restore: Array<{ sheetId: string; cell: string; original: OriginalFill | null }>,
    paint: Array<{ sheetId: string; cell: string; color: string }>,
    state: HighlightState | null,
  ): Promise<void> {
    type Op = { kind: 'restore'; sheetId: string; cell: string; original: OriginalFill | null } | { kind: 'paint'; sheetId: string; cell: string; color: string };
    const ops: Op[] = [...restore.map((r) => ({ kind: 'restore' as const, ...r })), ...paint.map((p) => ({ kind: 'paint' as const, ...p }))];
    const stateBytes = state ? jsonBytes(JSON.stringify(state)) : 64;
    const chunks = packBySize(ops, (op) => 160 + op.cell.length + op.sheetId.length, this.budget - stateBytes);
    for (let k = 0; k < chunks.length; k++) {
      const last = k === chunks.length - 1;
      await this.ownWrite(() =>
        this.excel.run(async (context) => {
          const sheets = new Map<string, Excel.Worksheet>();
          const sheetOf = (id: string): Excel.Worksheet => {
            let sheet = sheets.get(id);
            if (!sheet) {
              sheet = context.workbook.worksheets.getItem(id);
              sheets.set(id, sheet);
            }
            return sheet;
          };
          for (const op of chunks[k]) {
            const fill = sheetOf(op.sheetId).getRange(op.cell).format.fill;
            if (op.kind === 'paint') fill.color = op.color;
            else applyOriginal(fill, op.original);
          }
          // The state goes with the last block: until then a failure leaves the old one valid.
          if (last) context.workbook.settings.add(HIGHLIGHT_SETTING, state ?? EMPTY_HIGHLIGHTS);
          await context.sync();
        }),
      );
    }
    this.highlightState = state ?? { version: 1, sheets: {} };
  }

  // -------------------------------------------------------------------------------------------
  // The report sheet

  async writeReport(findings: readonly Finding[], language: Language): Promise<string> {
    const rows = reportRows(findings, language);
    const sheets = this.sheets ?? (await this.refreshSheets());
    let target = this.reportTarget();
    let exists = sheets.some((s) => s.name === target);
    try {
      await this.writeReportRows(rows, target, exists);
    } catch (error) {
      // The list was stale (the user deleted or added «Замечания»): the sheet operation comes
      // first in the request, so nothing was written. Look again and write once more.
      const code = errorCode(error);
      if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') throw error;
      const fresh = await this.refreshSheets();
      target = this.reportTarget();
      exists = fresh.some((s) => s.name === target);
      await this.writeReportRows(rows, target, exists);
    }
    return target;
  }

  /**
   * The report's sheet: «Замечания», unless a consolidation summary written by `addSheets` goes
   * by that name — then «Замечания (2)», and so on. The report rewrites its own sheet; it never
   * takes over a summary's findings.
   */
  private reportTarget(): string {
    const added = new Set(this.addedSheets.map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = n === 1 ? REPORT_SHEET : `${REPORT_SHEET} (${n})`;
      if (!added.has(name.toLowerCase())) return name;
    }
  }

  private async writeReportRows(rows: ReportRow[], target: string, exists: boolean): Promise<void> {
    const chunks = packBySize(rows, (row) => jsonBytes(row.cells) + 8 * 7 + (row.link ? 140 + jsonBytes(row.link.documentReference) : 0), this.budget - 4096);
    let firstRow = 0;
    for (let k = 0; k < chunks.length; k++) {
      const chunk = chunks[k];
      const start = firstRow;
      firstRow += chunk.length;
      await this.ownWrite(() =>
        this.excel.run(async (context) => {
          let sheet: Excel.Worksheet;
          if (k === 0) {
            // First in the request, so a wrong guess about the sheet fails before any write.
            if (exists) {
              sheet = context.workbook.worksheets.getItem(target);
              const all = sheet.getRange();
              all.unmerge();
              all.clear();
            } else {
              sheet = context.workbook.worksheets.add(target);
            }
          } else {
            sheet = context.workbook.worksheets.getItem(target);
          }
          const range = sheet.getRangeByIndexes(start, 0, chunk.length, 7);
          // Text first: numberFormat "@" in the same request, before the values, so that text
          // from a roadmap («=…», «+7», «-//-», «1.10», «10.09.2021») stays exactly that text.
          range.numberFormat = chunk.map((row) => row.formats);
          range.values = chunk.map((row) => row.cells);
          chunk.forEach((row, i) => {
            if (row.link) sheet.getRangeByIndexes(start + i, 2, 1, 1).hyperlink = row.link;
          });
          if (k === 0) {
            sheet.getRange('A1:G1').format.font.bold = true;
            sheet.freezePanes.freezeRows(1);
            REPORT_WIDTHS.forEach((width, c) => {
              sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = width;
            });
          }
          if (k === chunks.length - 1) sheet.activate();
          const collection = this.trackSheets(context);
          await context.sync();
          this.noteSheets(collection);
        }),
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // New sheets: consolidation summaries, new plans

  /**
   * Adds the sheets after the last one. One read sync for the current sheet names (a taken name
   * becomes «Свод (2)»: nothing is overwritten), then one write sync for everything — cells,
   * merges, widths, styles, validation, charts, the AutoFilter and the note of the added names.
   * Only cells past one request's payload budget take more write syncs, packed by size.
   */
  async addSheets(sheets: readonly NewSheet[], options: AddSheetsOptions = {}): Promise<string[]> {
    if (!sheets.length) return [];
    const taken = (await this.refreshSheets()).map((s) => s.name);
    let names = uniqueSheetNames(sheets.map((s) => s.name), taken);
    try {
      await this.writeNewSheets(sheets, names, options);
    } catch (error) {
      // A sheet of one of these names appeared since the names were read (the adds come first
      // in the request, so nothing of ours was written after them): take fresh names, once.
      if (errorCode(error) !== 'ItemAlreadyExists') throw error;
      const fresh = (await this.refreshSheets()).map((s) => s.name);
      names = uniqueSheetNames(sheets.map((s) => s.name), fresh);
      await this.writeNewSheets(sheets, names, options);
    }
    return names;
  }

  private async writeNewSheets(sheets: readonly NewSheet[], names: string[], options: AddSheetsOptions): Promise<void> {
    const layouts = sheets.map(layoutOf);
    type Item = { sheet: number; row: number };
    const items: Item[] = [];
    layouts.forEach((layout, i) => layout.values.forEach((row, r) => row.some((v) => v !== null) && items.push({ sheet: i, row: r })));
    const bytes = (item: Item): number => {
      const layout = layouts[item.sheet];
      return 24 + jsonBytes(layout.values[item.row]) + jsonBytes(layout.formats[item.row]);
    };
    // The last request carries the rest (merges, widths, validation, charts): keep room for it.
    const rest = sheets.reduce((n, s) => n + 2048 + jsonBytes(JSON.stringify({ v: s.validations, c: s.charts, m: s.merges, s: s.styles, w: s.columnWidths })), 0);
    const chunks = items.length ? packBySize(items, bytes, Math.max(this.budget - rest, this.budget / 4)) : [[]];
    const added = [...this.addedSheets, ...names].slice(-ADDED_SHEETS_KEPT);
    for (let k = 0; k < chunks.length; k++) {
      const first = k === 0;
      const last = k === chunks.length - 1;
      await this.ownWrite(() =>
        this.excel.run(async (context) => {
          const worksheets = context.workbook.worksheets;
          // First in the request: a taken name fails before anything is written.
          const targets = names.map((name) => (first ? worksheets.add(name) : worksheets.getItem(name)));
          // Consecutive rows of one sheet go as one range: numberFormat first ("@" for text),
          // then the values, so that a school's «=…», «+7», «1.10» stays its text.
          const chunk = chunks[k];
          for (let i = 0; i < chunk.length; ) {
            let j = i;
            while (j + 1 < chunk.length && chunk[j + 1].sheet === chunk[i].sheet && chunk[j + 1].row === chunk[j].row + 1) j++;
            const { sheet, row } = chunk[i];
            const layout = layouts[sheet];
            const range = targets[sheet].getRangeByIndexes(row, 0, j - i + 1, layout.colCount);
            range.numberFormat = layout.formats.slice(row, row + j - i + 1);
            range.values = layout.values.slice(row, row + j - i + 1);
            i = j + 1;
          }
          if (last) {
            sheets.forEach((spec, i) => this.finishSheet(targets[i], spec, layouts[i]));
            const active = options.activate;
            if (active !== undefined && targets[active]) {
              targets[active].activate();
              if (sheets[active].select) targets[active].getRange(sheets[active].select).select();
            }
            context.workbook.settings.add(ADDED_SHEETS_SETTING, added);
          }
          const collection = this.trackSheets(context);
          await context.sync();
          this.noteSheets(collection);
        }),
      );
    }
  }

  /** Everything of a new sheet but its cells, queued in the same request. */
  private finishSheet(sheet: Excel.Worksheet, spec: NewSheet, layout: SheetLayout): void {
    for (const m of spec.merges ?? []) sheet.getRangeByIndexes(m.r1, m.c1, m.r2 - m.r1 + 1, m.c2 - m.c1 + 1).merge(false);
    // Equal widths side by side are set at once: a summary of 50 schools has 300 columns of 12.
    const widths = spec.columnWidths ?? [];
    for (let c = 0; c < widths.length; ) {
      let d = c;
      while (d + 1 < widths.length && widths[d + 1] === widths[c]) d++;
      if (widths[c] > 0) sheet.getRangeByIndexes(0, c, 1, d - c + 1).getEntireColumn().format.columnWidth = widths[c];
      c = d + 1;
    }
    for (const style of spec.styles ?? []) {
      const format = sheet.getRange(style.range).format;
      if (style.bold) format.font.bold = true;
      if (style.wrap) format.wrapText = true;
      if (style.fill) format.fill.color = style.fill;
    }
    if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
    if (spec.filter && layout.rowCount > 1) sheet.autoFilter.apply(sheet.getRangeByIndexes(0, 0, layout.rowCount, layout.colCount));
    for (const v of spec.validations ?? []) {
      const validation = sheet.getRange(v.range).dataValidation;
      if (v.rule) validation.rule = v.rule as Excel.DataValidationRule;
      if (v.prompt) validation.prompt = { showPrompt: true, title: v.prompt.title.slice(0, 32), message: v.prompt.message.slice(0, 255) };
      if (v.errorAlert) validation.errorAlert = { showAlert: true, style: v.errorAlert.style, title: v.errorAlert.title.slice(0, 32), message: v.errorAlert.message.slice(0, 225) };
    }
    for (const c of spec.charts ?? []) {
      const chart = sheet.charts.add(c.type, sheet.getRange(c.source), c.seriesBy);
      chart.title.text = c.title.length > MAX_CHART_TITLE ? `${c.title.slice(0, MAX_CHART_TITLE - 1)}…` : c.title;
      chart.setPosition(c.from, c.to);
      if (c.name) chart.name = c.name;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The profile kept in the workbook

  async loadProfile(): Promise<StoredProfile | null> {
    return this.excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(PROFILE_SETTING).load('value');
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      if (setting.isNullObject) return null;
      const value: unknown = typeof setting.value === 'string' ? safeJson(setting.value) : setting.value;
      if (!value || typeof value !== 'object' || !('json' in value)) return null;
      const stored = value as { json: unknown; fileName?: unknown };
      return { json: stored.json, fileName: typeof stored.fileName === 'string' ? stored.fileName : null };
    });
  }

  async saveProfile(profile: StoredProfile | null): Promise<void> {
    await this.excel.run(async (context) => {
      // null clears it: a setting holding null reads as "no profile", and needs no existence check.
      context.workbook.settings.add(PROFILE_SETTING, profile ? { json: profile.json, fileName: profile.fileName } : null);
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Ignored findings

  async loadIgnored(): Promise<Set<string>> {
    return this.excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING).load('value');
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      if (setting.isNullObject) return new Set<string>();
      const value: unknown = setting.value;
      return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
    });
  }

  async saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    await this.excel.run(async (context) => {
      context.workbook.settings.add(IGNORED_SETTING, [...keys].sort());
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
    });
  }

  // -------------------------------------------------------------------------------------------
  // The user's edits

  async onUserEdit(callback: (change: SheetChange) => void, debounceMs = 500): Promise<() => Promise<void>> {
    const pending = new Map<string, string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const flush = async (): Promise<void> => {
      timer = undefined;
      const changes = [...pending];
      pending.clear();
      let byId = new Map((this.sheets ?? []).map((s) => [s.id, s.name]));
      if (changes.some(([id]) => !byId.has(id))) byId = new Map((await this.refreshSheets()).map((s) => [s.id, s.name]));
      for (const [id, address] of changes) {
        const sheet = byId.get(id);
        if (active && sheet && sheet !== REPORT_SHEET) callback({ sheet, address });
      }
    };
    const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (!active || this.isOwnChange(event)) return;
      pending.set(event.worksheetId, event.address);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => undefined), debounceMs);
    };
    const registration = await this.excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      const collection = this.trackSheets(context);
      await context.sync();
      this.noteSheets(collection);
      return result;
    });
    return async () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await this.excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }

  /** The add-in's own writes: flagged by Excel (ExcelApi 1.14), or, on older hosts, by timing. */
  private isOwnChange(event: Excel.WorksheetChangedEventArgs): boolean {
    if (event.triggerSource === 'ThisLocalAddin') return true;
    if (event.triggerSource === undefined && event.source !== 'Remote') {
      return this.ownWrites > 0 || Date.now() - this.lastOwnWrite < (this.options.ownWriteGraceMs ?? 1000);
    }
    return false;
  }

  private async ownWrite<T>(write: () => Promise<T>): Promise<T> {
    this.ownWrites++;
    try {
      return await write();
    } finally {
      this.ownWrites--;
      this.lastOwnWrite = Date.now();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
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

/** "$b$7" → "B7"; null when it is not a single cell. */
function normalizeCell(cell: string): string | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(cell.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  if (col < 0 || col >= 16_384 || Number(m[2]) < 1 || Number(m[2]) > 1_048_576) return null;
  return `${m[1].toUpperCase()}${Number(m[2])}`;
}

function originalOf(fill: Excel.RangeFill): OriginalFill | null {
  // "No Fill" reads as #FFFFFF like a white fill; the pattern ("None") or a null tintAndShade
  // tell them apart (OfficeDev/office-js#4900).
  if (fill.pattern === 'None' || fill.tintAndShade === null) return null;
  return {
    color: fill.color,
    pattern: fill.pattern ?? null,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
    patternTintAndShade: fill.patternTintAndShade ?? null,
  };
}

function applyOriginal(fill: Excel.RangeFill, original: OriginalFill | null): void {
  if (original === null) {
    fill.clear();
    return;
  }
  fill.color = original.color;
  if (original.pattern && original.pattern !== 'Solid') fill.pattern = original.pattern as Excel.FillPattern;
  if (original.patternColor) fill.patternColor = original.patternColor;
  if (typeof original.tintAndShade === 'number' && original.tintAndShade !== 0) fill.tintAndShade = original.tintAndShade;
  if (typeof original.patternTintAndShade === 'number' && original.patternTintAndShade !== 0) fill.patternTintAndShade = original.patternTintAndShade;
}

function parseHighlightState(value: unknown): HighlightState | null {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!v || typeof v !== 'object' || (v as HighlightState).version !== 1) return null;
  const sheets = (v as HighlightState).sheets;
  return sheets && typeof sheets === 'object' ? { version: 1, sheets } : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

interface ReportRow {
  cells: Array<string | number>;
  formats: string[];
  link?: Excel.RangeHyperlink;
}

const TEXT_ROW_FORMATS = ['@', '@', '@', '@', '@', '@', '@'];
const DATA_ROW_FORMATS = ['General', '@', '@', '@', '@', '@', '@'];

function clip(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** The report as rows: a header, then one row per finding (or one «no findings» row). */
export function reportRows(findings: readonly Finding[], language: Language): ReportRow[] {
  const rows: ReportRow[] = [{ cells: REPORT_HEADERS[language], formats: TEXT_ROW_FORMATS }];
  if (findings.length === 0) {
    rows.push({ cells: ['', '', '', '', '', '', NO_FINDINGS[language]], formats: TEXT_ROW_FORMATS });
    return rows;
  }
  findings.forEach((f, i) => {
    const cell = normalizeCell(f.cell);
    rows.push({
      cells: [i + 1, clip(f.sheet), clip(f.cell), clip(f.rule), SEVERITY_LABELS[language][f.severity], clip(f.value), clip(f.message)],
      formats: DATA_ROW_FORMATS,
      link: cell ? { documentReference: `${quoteSheet(f.sheet)}!${cell}`, textToDisplay: cell } : undefined,
    });
  });
  return rows;
}

/** Groups items, in order, so that each group's estimated bytes stay under the budget (a lone big item forms its own group). */
function packBySize<T>(items: readonly T[], bytes: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [[]];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (size + b > budget && groups[groups.length - 1].length) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(item);
    size += b;
  }
  return groups;
}

/** UTF-8 size of a value's JSON: what it weighs in a request or a response. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 0x22 || code === 0x5c) n += 2;
      else if (code < 0x20) n += 6;
      else if (code < 0x80) n += 1;
      else if (code < 0x800) n += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  return jsonBytes(JSON.stringify(value));
}

interface SheetLayout {
  rowCount: number;
  colCount: number;
  values: Array<Array<string | number | null>>;
  formats: Array<Array<string | null>>;
}

/**
 * A new sheet's cells as the dense rows a range takes: text with the Text format "@", numbers
 * with theirs (General by default), null where a cell stays empty (null leaves a cell alone).
 */
function layoutOf(spec: NewSheet): SheetLayout {
  let colCount = 1;
  for (const row of spec.rows) colCount = Math.max(colCount, row.length);
  let rowCount = Math.max(1, spec.rows.length);
  for (const m of spec.merges ?? []) {
    colCount = Math.max(colCount, m.c2 + 1);
    rowCount = Math.max(rowCount, m.r2 + 1);
  }
  const values: SheetLayout['values'] = [];
  const formats: SheetLayout['formats'] = [];
  for (const row of spec.rows) {
    const v: Array<string | number | null> = new Array(colCount).fill(null);
    const f: Array<string | null> = new Array(colCount).fill(null);
    row.forEach((cell, c) => {
      if (!cell) return;
      if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
        v[c] = cell.value;
        f[c] = cell.format ?? 'General';
      } else {
        const text = clip(String(cell.value));
        if (text === '') return;
        v[c] = text;
        f[c] = '@';
      }
    });
    values.push(v);
    formats.push(f);
  }
  return { rowCount, colCount, values, formats };
}

export { uniqueSheetName };
