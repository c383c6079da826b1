/**
 * The page's side of the school-reading Web Worker, against a worker that runs the real
 * school-worker logic in this thread (structured clone as the browser does): answers go to their
 * own files whatever order they come back in, read errors keep their code, and a worker that
 * stops fails what it was reading and everything after — the store then reads on the page.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { consolidate } from '../../src/core/consolidate';
import { findSchoolTables } from '../../src/core/consolidate/school-tables';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { schoolWorkerReader, type SchoolWorkerAnswer, type SchoolWorkerJob, type WorkerLike } from '../../src/workbook/school-worker-client';
import { CORPUS_DIR } from '../support/corpus';

const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const files = fs.readdirSync(SCHOOLS).filter((f) => f.endsWith('.xlsx'));
const bytesOf = (f: string) => new Uint8Array(fs.readFileSync(path.join(SCHOOLS, f)));

/** A worker doing what school-worker.ts does, answering the jobs it holds in reverse order on flush(). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: SchoolWorkerAnswer }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  jobs: SchoolWorkerJob[] = [];
  postMessage(job: SchoolWorkerJob): void {
    this.jobs.push(structuredClone(job));
  }
  flush(): void {
    for (const { id, name, bytes } of this.jobs.reverse()) {
      let answer: SchoolWorkerAnswer;
      try {
        answer = { id, tables: findSchoolTables(readWorkbook(bytes, name).sheets) };
      } catch (error) {
        answer = { id, error: { code: (error as { code?: string }).code ?? null, message: String(error) } };
      }
      this.onmessage!({ data: structuredClone(answer) });
    }
    this.jobs = [];
  }
  terminate(): void {}
}

test('the tables come back to their own files and consolidate as the sheets do', async () => {
  const worker = new FakeWorker();
  const reader = schoolWorkerReader(worker);
  const pending = files.map((f) => reader.read(bytesOf(f), f));
  worker.flush();
  const tables = await Promise.all(pending);
  const viaWorker = consolidate(files.map((f, i) => ({ path: f, tables: tables[i] })));
  const onPage = consolidate(files.map((f) => ({ path: f, sheets: readWorkbook(bytesOf(f), f).sheets })));
  expect(viaWorker).toEqual(onPage);
});

test('a file the worker cannot read rejects with its read error code; the next one is read', async () => {
  const worker = new FakeWorker();
  const reader = schoolWorkerReader(worker);
  const broken = reader.read(new TextEncoder().encode('not a workbook'), 'letter.xlsx');
  const good = reader.read(bytesOf(files[0]), files[0]);
  worker.flush();
  await expect(broken).rejects.toMatchObject({ code: 'file-not-workbook' });
  await expect(good).resolves.toMatchObject({ sheetNames: ['Показатели'] });
  expect(reader.stopped).toBe(false);
});

test('a worker that stops fails what it was reading and everything after', async () => {
  const worker = new FakeWorker();
  const reader = schoolWorkerReader(worker);
  const reading = reader.read(bytesOf(files[0]), files[0]);
  worker.onerror!(new Event('error'));
  await expect(reading).rejects.toThrow('the school reader stopped');
  expect(reader.stopped).toBe(true);
  await expect(reader.read(bytesOf(files[1]), files[1])).rejects.toThrow('the school reader stopped');
});
