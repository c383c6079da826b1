/**
 * A worker thread of `roadmap-checker consolidate` (school-pool.ts starts them): parses the school
 * files whose bytes the main thread sends and answers, for each, what consolidation reads from it
 * — its sheet names and indicator tables with their value cells (core/consolidate/school-tables.ts)
 * — or the read error's code and message. The main thread consolidates the answers in file order.
 */
import { parentPort } from 'node:worker_threads';
import { findSchoolTables } from '../core/consolidate/school-tables';
import { readWorkbookBytes } from './read-file';
import type { SchoolAnswer, SchoolJob } from './school-pool';

const port = parentPort;
if (!port) throw new Error('school-worker.js runs as a worker thread of the consolidate command');

port.on('message', (job: SchoolJob) => {
  let answer: SchoolAnswer;
  try {
    const read = readWorkbookBytes(job.bytes, job.path, job.language);
    answer = read.ok ? { id: job.id, tables: findSchoolTables(read.workbook.sheets) } : { id: job.id, error: read.error };
  } catch (error) {
    // Not a read error (those are answered above): a fault of ours, reported as the serial run would.
    answer = { id: job.id, fault: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
