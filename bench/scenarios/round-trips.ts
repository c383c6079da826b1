/**
 * Round trips: Excel syncs (each one a request to Excel, over the network in Excel on the web)
 * per check and per highlight, on the in-memory Excel host through the OfficeWorkbook adapter,
 * for roadmaps of 100, 1,000 and 10,000 rows. Counts, not times: they do not depend on the machine.
 */
import { checkSheet } from '../../src/core/check';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { roadmapGrid } from '../generate';
import { log, measure, report, round } from '../lib';

const SIZES = [100, 1_000, 10_000];

async function syncs(host: { syncCount: number }, action: () => Promise<unknown>): Promise<{ syncs: number; ms: number }> {
  const before = host.syncCount;
  const t0 = performance.now();
  await action();
  return { syncs: host.syncCount - before, ms: round(performance.now() - t0, 1) };
}

(async () => {
  const rows: unknown[] = [];
  for (const size of SIZES) {
    const grid = roadmapGrid(size, 5, 'План');
    const host = createMemoryHost([grid]);
    const workbook = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
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
      readMatchesSource: read.cellCount === grid.cellCount,
    };
    log(`  ${size} rows: check ${firstCheck.syncs}, re-check ${recheck.syncs}, highlight ${highlight.syncs} (${findings.length} findings), clear ${clear.syncs}, report ${reportSheet.syncs}`);
    rows.push(row);
  }
  report({ scenario: 'round-trips', sizes: rows });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
