/**
 * Round trips and request sizes as Microsoft's runtime makes them (issue 13, defect 4): one read
 * and one write per check at 100, 1,000 and 10,000 rows; a highlight and a report of 10,000
 * findings with every request under Excel on the web's 5 MB; the adapter's request weights
 * never below what the runtime writes; a request Excel still refuses is split and sent again.
 */
import type { Finding } from '../../src/core/findings';
import { EXCEL_PAYLOAD_LIMIT, REQUEST_BYTES, jsonBytes, writeInChunks } from '../../src/excel/payload';
import { HIGHLIGHT_COLORS, REPORT_SHEET, reportRows } from '../../src/excel/office-workbook';
import { finding, roadmapGrid, setup, syncsOf } from './helpers';

/** n findings on n different cells of sheet «План» (a roadmap of n rows), the three severities in turn. */
function manyFindings(n: number): Finding[] {
  const severities = ['error', 'warning', 'info'] as const;
  return Array.from({ length: n }, (_, i) => ({
    ...finding('План', `${['B', 'C', 'D'][i % 3]}${4 + Math.floor(i / 3)}`, severities[i % 3], `Значение ${i}`, 'deadline-vague'),
    message: `Срок «Значение ${i}» не указывает дату или период: укажите месяц, квартал или дату.`,
  }));
}

describe('round trips at 100, 1,000 and 10,000 rows', () => {
  test.each([100, 1_000, 10_000])('%i rows: a check reads in one sync, highlights and reports in one read and one write', async (rows) => {
    const { host, workbook } = setup([roadmapGrid('План', rows)]);
    await workbook.readAllSheets();
    expect(await syncsOf(host, () => workbook.readActiveSheet())).toBe(1);
    expect(await syncsOf(host, () => workbook.readAllSheets())).toBe(1);
    const findings = manyFindings(Math.min(rows, 300));
    const highlight = await syncsOf(host, () => workbook.highlight(findings));
    expect(highlight).toBe(2);
    expect(host.syncLog.slice(-2).map((s) => [s.loads > 0, s.writes > 0])).toEqual([[true, false], [false, true]]);
    await workbook.writeReport(findings, 'ru');
    expect(await syncsOf(host, () => workbook.writeReport(findings, 'ru'))).toBe(1);
    expect(host.syncLog.every((s) => !s.error)).toBe(true);
  });
});

describe('10,000 findings under Excel on the web\'s 5 MB', () => {
  const rows = 3_400;
  const findings = manyFindings(10_000);

  test('a highlight of 10,000 cells: one read, one write, every request and response under the limit', async () => {
    const { host, workbook } = setup([roadmapGrid('План', rows)]);
    await workbook.readAllSheets();
    host.resetCounters();
    await workbook.highlight(findings);
    expect(host.syncLog.map((s) => s.error ?? 'ok')).toEqual(['ok', 'ok']);
    expect(Math.max(...host.syncLog.map((s) => s.requestBytes))).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(Math.max(...host.syncLog.map((s) => s.responseBytes))).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(host.shownFill('План', 'B4')).toBe(HIGHLIGHT_COLORS.error);
    expect(host.shownFill('План', 'D3336')).toBe(HIGHLIGHT_COLORS.info);
    // Clearing reads the add-in's formats back and removes them.
    await workbook.clearHighlight();
    expect(host.conditionalFormats('План')).toEqual([]);
  });

  test('a report of 10,000 findings: every request under the limit, none refused, every row and link written', async () => {
    const { host, workbook } = setup([roadmapGrid('План', rows)]);
    await workbook.readAllSheets();
    host.resetCounters();
    await workbook.writeReport(findings, 'ru');
    expect(host.syncLog.filter((s) => s.error)).toEqual([]);
    const sizes = host.syncLog.map((s) => s.requestBytes);
    expect(Math.max(...sizes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    // The links alone weigh more than one request: the report takes a few.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT);
    expect(host.cell(REPORT_SHEET, 'A10001')?.value).toBe(10_000);
    expect(host.cell(REPORT_SHEET, 'C10001')?.hyperlink?.documentReference).toBe(`'План'!${findings[9_999].cell}`);
  });

  test('the adapter\'s estimate of a report request is never below what the runtime sends', async () => {
    const { host, workbook } = setup([roadmapGrid('План', rows)]);
    await workbook.readAllSheets();
    host.resetCounters();
    await workbook.writeReport(findings, 'ru');
    // Rows per request as written: one link per finding's row, and the header in the first
    // (the last small request notes the new sheet's id).
    const all = reportRows(findings, 'ru');
    let next = 0;
    for (const sync of host.syncLog.slice(0, -1)) {
      const count = (sync.calls.Hyperlink ?? 0) + (next === 0 ? 1 : 0);
      const chunk = all.slice(next, next + count);
      next += count;
      const estimate = REQUEST_BYTES.base + chunk.reduce((n, row) => n + jsonBytes(row.cells) + jsonBytes(row.formats) + (row.link ? REQUEST_BYTES.hyperlink + jsonBytes(row.link.documentReference) + jsonBytes(row.link.textToDisplay) : 0), 0);
      expect(estimate).toBeGreaterThanOrEqual(sync.requestBytes);
    }
    expect(next).toBe(all.length);
  });
});

describe('a request Excel refuses as too large', () => {
  test('is split in two and sent again, until the parts pass', async () => {
    const sent: number[][] = [];
    await writeInChunks(Array.from({ length: 8 }, (_, i) => i), () => 1, 100, async (chunk) => {
      if (chunk.length > 2) throw Object.assign(new Error('too large'), { code: 'RequestPayloadSizeLimitExceeded' });
      sent.push([...chunk]);
    });
    expect(sent).toEqual([[0, 1], [2, 3], [4, 5], [6, 7]]);
  });

  test('a report on an Excel stricter than the adapter assumes still gets written', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 400)]);
    await workbook.readAllSheets();
    host.payloadLimit = 300_000; // the adapter plans for 5 MB
    await workbook.writeReport(manyFindings(1_200), 'ru');
    expect(host.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(host.cell(REPORT_SHEET, 'A1201')?.value).toBe(1_200);
    expect(host.cell(REPORT_SHEET, 'C1201')?.hyperlink).toBeDefined();
  });
});
