/**
 * Round trips: Excel syncs (each one a request to Excel, over the network in Excel on the web)
 * per check, highlight and report, through the OfficeWorkbook adapter and Microsoft's own
 * runtime (excel-web-16.00.js) on the in-memory Excel, for roadmaps of 100, 1,000 and 10,000
 * rows, with the largest request and response each took as the runtime serialises them.
 * Counts and bytes, not times: they do not depend on the machine.
 */
import { checkSheet } from '../../src/core/check';
import { type MemoryHost, createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { roadmapGrid } from '../generate';
import { log, measure, report, round } from '../lib';

const SIZES = [100, 1_000, 10_000];

async function syncs(
  host: MemoryHost,
  action: () => Promise<unknown>,
): Promise<{ syncs: number; maxRequestBytes: number; maxResponseBytes: number; totalRequestBytes: number; ms: number }> {
  const before = host.syncCount;
  const t0 = performance.now();
  await action();
  const log = host.syncLog.slice(before);
  return {
    syncs: host.syncCount - before,
    maxRequestBytes: Math.max(0, ...log.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...log.map((s) => s.responseBytes)),
    totalRequestBytes: log.reduce((sum, s) => sum + s.requestBytes, 0),
    ms: round(performance.now() - t0, 1),
  };
}

(async () => {
  const rows: unknown[] = [];
  for (const size of SIZES) {
    const grid = roadmapGrid(size, 5, 'План');
    const host = createMemoryHost([grid]);
    const workbook = new OfficeWorkbook({ excel: host.Excel });
    let read = grid;
    // The first check of a fresh pane, then a re-check: read the active sheet, run the engine.
    const firstCheck = await syncs(host, async () => {
      read = await workbook.readActiveSheet();
    });
    const engine = measure(() => checkSheet(read));
    const findings = engine.value.findings;
    const recheck = await syncs(host, () => workbook.readActiveSheet());
    const highlight = await syncs(host, () => workbook.highlight(findings));
    const rehighlight = await syncs(host, () => workbook.highlight(findings.slice(0, Math.ceil(findings.length / 2))));
    const clear = await syncs(host, () => workbook.clearHighlight());
    const reportSheet = await syncs(host, () => workbook.writeReport(findings, 'ru'));
    const rewriteReport = await syncs(host, () => workbook.writeReport(findings, 'ru'));
    const row = {
      rows: size,
      cells: read.cellCount,
      findings: findings.length,
      check: firstCheck,
      recheck,
      highlight,
      rehighlight,
      clearHighlight: clear,
      writeReport: reportSheet,
      rewriteReport,
      readMatchesSource: read.cellCount === grid.cellCount,
    };
    log(`  ${size} rows: check ${firstCheck.syncs}, re-check ${recheck.syncs}, highlight ${highlight.syncs} (${findings.length} findings), clear ${clear.syncs}, report ${reportSheet.syncs} (rewrite ${rewriteReport.syncs}); largest request ${firstCheck.maxRequestBytes} B, response ${firstCheck.maxResponseBytes} B`);
    rows.push(row);
  }
  report({ scenario: 'round-trips', sizes: rows });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
