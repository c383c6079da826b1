/**
 * The Web Worker that reads school workbooks for the pane (and the web app), built by webpack as
 * `school-reader.js` (webpack.config.js): each file's bytes come in, SheetJS parses them here and
 * what consolidation reads from them goes back — the sheet names and the indicator tables with
 * their value cells (core/consolidate/school-tables.ts) — or the read error's code. The page's
 * main thread only consolidates, so it stays responsive while a region's files are read.
 */
import { findSchoolTables } from '../core/consolidate/school-tables';
import { readWorkbook } from './read-workbook';
import type { SchoolWorkerAnswer, SchoolWorkerJob } from './school-worker-client';

// The worker's global scope, typed by what is used of it (the command line compiles src/workbook without the DOM's types).
const scope = globalThis as unknown as {
  onmessage: ((event: { data: SchoolWorkerJob }) => void) | null;
  postMessage(answer: SchoolWorkerAnswer): void;
};

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  let answer: SchoolWorkerAnswer;
  try {
    answer = { id, tables: findSchoolTables(readWorkbook(bytes, name).sheets) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    answer = { id, error: { code: typeof code === 'string' ? code : null, message: error instanceof Error ? error.message : String(error) } };
  }
  scope.postMessage(answer);
};
