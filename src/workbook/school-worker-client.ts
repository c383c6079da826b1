/**
 * The page's side of the school-reading Web Worker (school-worker.ts): files go over as bytes
 * (a copy: the page keeps its own, to read the file itself should the worker stop), their
 * indicator tables come back; answers are matched to their files by id. A file the worker cannot
 * read rejects with an error carrying the read error's `code`, as readWorkbook would throw it.
 */
import type { SchoolTables } from '../core/consolidate/school-tables';

export interface SchoolWorkerJob {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type SchoolWorkerAnswer = { id: number; tables: SchoolTables } | { id: number; error: { code: string | null; message: string } };

/** What the page needs of a Worker (a DOM Worker fits; tests pass their own). */
export interface WorkerLike {
  postMessage(job: SchoolWorkerJob): void;
  onmessage: ((event: { data: SchoolWorkerAnswer }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface SchoolWorkerReader {
  read(bytes: Uint8Array, fileName: string): Promise<SchoolTables>;
  /** True once the worker failed to start or died: what it was reading is rejected, and so is anything later. */
  readonly stopped: boolean;
  terminate(): void;
}

export function schoolWorkerReader(worker: WorkerLike): SchoolWorkerReader {
  const waiting = new Map<number, { resolve(tables: SchoolTables): void; reject(error: unknown): void }>();
  let nextId = 1;
  let failure: Error | null = null;
  worker.onmessage = ({ data }) => {
    const job = waiting.get(data.id);
    if (!job) return;
    waiting.delete(data.id);
    if ('tables' in data) job.resolve(data.tables);
    else job.reject(data.error.code ? Object.assign(new Error(data.error.message), { code: data.error.code }) : new Error(data.error.message));
  };
  // The script did not load, or the worker died: every file waiting fails, and so does every later one.
  worker.onerror = () => {
    failure = new Error('the school reader stopped');
    for (const job of waiting.values()) job.reject(failure);
    waiting.clear();
  };
  return {
    read(bytes, fileName) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<SchoolTables>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, name: fileName, bytes });
      });
    },
    get stopped() {
      return failure !== null;
    },
    terminate: () => worker.terminate(),
  };
}
