/**
 * New sheets after the last one — consolidation summaries, new plans: cells, merged areas,
 * widths, styles, data validation, charts, an AutoFilter over the table. A name that is taken
 * becomes «Свод (2)»: nothing is overwritten. Text is written as text.
 *
 * Round trips: one read sync for the current sheet names, then one write sync for everything;
 * only cells past one request's limit take more write syncs, packed by size.
 */
import { clip } from './cells';
import { REQUEST_BYTES, errorCode, jsonBytes, writeInChunks } from './payload';
import type { ExcelSession } from './session';
import { uniqueSheetNames } from './sheet-names';
import type { AddSheetsOptions, NewSheet } from './workbook-port';

/** Excel refuses a chart title longer than this. */
const MAX_CHART_TITLE = 255;

export class SheetAdder {
  constructor(private readonly session: ExcelSession) {}

  /**
   * Adds the sheets after the last one. One read sync for the current sheet names (a taken name
   * becomes «Свод (2)»: nothing is overwritten), then one write sync for everything — cells,
   * merges, widths, styles, validation, charts and the AutoFilter.
   * Only cells past one request's payload budget take more write syncs, packed by size.
   */
  async addSheets(sheets: readonly NewSheet[], options: AddSheetsOptions = {}): Promise<string[]> {
    if (!sheets.length) return [];
    const taken = (await this.session.refreshSheets()).map((s) => s.name);
    let names = uniqueSheetNames(sheets.map((s) => s.name), taken);
    try {
      await this.writeNewSheets(sheets, names, options);
    } catch (error) {
      // A sheet of one of these names appeared since the names were read (the adds come first
      // in the request, so nothing of ours was written after them): take fresh names, once.
      if (errorCode(error) !== 'ItemAlreadyExists') throw error;
      const fresh = (await this.session.refreshSheets()).map((s) => s.name);
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
      return jsonBytes(layout.values[item.row]) + jsonBytes(layout.formats[item.row]) + REQUEST_BYTES.rowWrite + REQUEST_BYTES.cellWrite * layout.colCount;
    };
    // The last request carries the rest (merges, widths, validation, charts): keep room for it,
    // and for one range write per sheet in every request.
    const rest = sheets.reduce((n, s) => n + REQUEST_BYTES.rangeWrite * 4 + jsonBytes(JSON.stringify({ v: s.validations, c: s.charts, m: s.merges, s: s.styles, w: s.columnWidths })) * 4, 0);
    const budget = Math.max(this.session.budget - REQUEST_BYTES.base - rest, this.session.budget / 4);
    await writeInChunks(items, bytes, budget, (chunk, first, last) =>
      this.session.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        // First in the request: a taken name fails before anything is written.
        const targets = names.map((name) => (first ? worksheets.add(name) : worksheets.getItem(name)));
        // Consecutive rows of one sheet go as one range: numberFormat first ("@" for text),
        // then the values, so that a school's «=…», «+7», «1.10» stays its text.
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
          sheets.forEach((spec, i) => finishSheet(targets[i], spec, layouts[i]));
          const active = options.activate;
          if (active !== undefined && targets[active]) {
            targets[active].activate();
            if (sheets[active].select) targets[active].getRange(sheets[active].select).select();
          }
        }
        await this.session.syncWithSheets(context);
      }),
    );
  }
}

/** Everything of a new sheet but its cells, queued in the same request. */
function finishSheet(sheet: Excel.Worksheet, spec: NewSheet, layout: SheetLayout): void {
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
  // Rows and columns at once: freezeRows and freezeColumns each replace the other.
  if (spec.freezeRows && spec.freezeColumns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, spec.freezeRows, spec.freezeColumns));
  else if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  else if (spec.freezeColumns) sheet.freezePanes.freezeColumns(spec.freezeColumns);
  // Over the table alone: its rows down to the first empty one — not the chart's data below it.
  const tableRows = layout.values.findIndex((row) => row.every((v) => v === null));
  const filterRows = tableRows < 0 ? layout.values.length : tableRows;
  if (spec.filter && filterRows > 1) sheet.autoFilter.apply(sheet.getRangeByIndexes(0, 0, filterRows, layout.colCount));
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

