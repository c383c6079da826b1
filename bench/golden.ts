/**
 * A development aid for optimising the engine, not a benchmark: writes every report (and model)
 * the engine makes of the generated roadmaps and of the corpus, in both languages, as one JSON
 * file. Run it before and after a change and compare the files byte for byte: an optimisation
 * must leave them identical.
 *
 *   npx ts-node --transpile-only bench/golden.ts /tmp/before.json   (then after the change: /tmp/after.json; cmp)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeSheet } from '../src/core/check';
import { readWorkbook } from '../src/workbook/read-workbook';
import { roadmapBook, roadmapGrid } from './generate';

const out = process.argv[2];
if (!out) throw new Error('usage: bench/golden.ts OUTPUT.json [CORPUS_DIR]');
const corpus = process.argv[3] ?? path.resolve(__dirname, '../test/fixtures/corpus');

const files: Array<[string, Uint8Array]> = [
  ['generated-50000', roadmapBook(50_000, 1)],
  ['generated-2000', roadmapBook(2_000, 7)],
];
for (const dir of ['seeds', 'variants', 'schools']) {
  const folder = path.join(corpus, dir);
  if (!fs.existsSync(folder)) continue;
  for (const f of fs.readdirSync(folder).sort()) if (f.endsWith('.xlsx')) files.push([`${dir}/${f}`, new Uint8Array(fs.readFileSync(path.join(folder, f)))]);
}

const reports: unknown[] = [];
for (const [name, bytes] of files) {
  for (const grid of readWorkbook(bytes, name).sheets) {
    for (const language of ['ru', 'en'] as const) {
      const { report, model } = analyzeSheet(grid, { language });
      const header = model && { ...model.header, columns: [...model.header.columns], headerText: [...model.header.headerText], parts: [...model.header.parts], sources: [...model.header.sources] };
      reports.push({ name, language, report, model: model && { ...model, header } });
    }
  }
}
reports.push({ name: 'grid-3000', report: analyzeSheet(roadmapGrid(3_000, 3)).report });
fs.writeFileSync(out, JSON.stringify(reports));
console.log(`${reports.length} reports of ${files.length} files written to ${out}`);
