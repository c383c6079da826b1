/**
 * The worker threads of `roadmap-checker consolidate --jobs N` (N - 1 of them; the main thread is
 * the N-th): each parses school files and finds their indicator tables (school-worker.ts); the
 * main thread reads the files, hands their bytes over (moved, not copied) and gets back only what
 * consolidation needs. Answers come back in any
 * order; `read` resolves each file's own, so the caller consolidates in file order and the output
 * is the serial run's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SchoolTables } from '../core/consolidate/school-tables';
import type { SchoolInput } from '../core/consolidate/types';
import type { Language } from '../core/findings';
import type { FileError } from './read-file';

export interface SchoolJob {
  id: number;
  path: string;
  bytes: Uint8Array;
  language: Language;
}

export type SchoolAnswer = { id: number; tables: SchoolTables } | { id: number; error: FileError } | { id: number; fault: string };

/** Files a worker is given at a time: one being parsed and one waiting, so it never idles on a round trip. */
const PER_WORKER = 2;

interface Slot {
  worker: Worker;
  busy: number;
}

interface Waiting {
  path: string;
  resolve(input: SchoolInput): void;
  reject(error: Error): void;
}

export class SchoolPool {
  private readonly slots: Slot[];
  private readonly waiting = new Map<number, Waiting>();
  private readonly queue: SchoolJob[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(size: number) {
    const { file, execArgv } = workerEntry();
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(file, { execArgv }), busy: 0 };
      slot.worker.on('message', (answer: SchoolAnswer) => this.answered(slot, answer));
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (this.waiting.size) this.fail(new Error(`a consolidate worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  /** One school file's bytes in, its tables (or read error) out. The bytes are moved to the worker. */
  read(path: string, bytes: Uint8Array, language: Language): Promise<SchoolInput> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const promise = new Promise<SchoolInput>((resolve, reject) => this.waiting.set(id, { path, resolve, reject }));
    this.queue.push({ id, path, bytes, language });
    this.dispatch();
    return promise;
  }

  /** Whether a file given now would go to a worker at once (one has fewer than two files). */
  hasRoom(): boolean {
    return !this.failure && this.queue.length === 0 && this.slots.some((s) => s.busy < PER_WORKER);
  }

  /** Stops the workers (after the last answer, or at once when something failed). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots[0];
      for (const s of this.slots) if (s.busy < slot.busy) slot = s;
      if (slot.busy >= PER_WORKER) return;
      const job = this.queue.shift()!;
      slot.busy++;
      slot.worker.postMessage(job, [transferable(job)]);
    }
  }

  private answered(slot: Slot, answer: SchoolAnswer): void {
    slot.busy--;
    const waiting = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    if (waiting) {
      if ('fault' in answer) waiting.reject(new Error(`${waiting.path}: ${answer.fault}`));
      else if ('error' in answer) waiting.resolve({ path: waiting.path, error: answer.error });
      else waiting.resolve({ path: waiting.path, tables: answer.tables });
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
    this.queue.length = 0;
  }
}

/**
 * The job's bytes as a buffer of their own, to move rather than copy: a view into a larger
 * buffer (Node's pool for small files) is copied out first, since moving it would take the rest.
 */
function transferable(job: SchoolJob): ArrayBuffer {
  const { bytes } = job;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) job.bytes = bytes.slice();
  return job.bytes.buffer as ArrayBuffer;
}

/**
 * The worker's script: the compiled school-worker.js beside this file; run from the TypeScript
 * sources (jest, ts-node), the .ts file, compiled in the worker by ts-node the same way.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  const compiled = join(__dirname, 'school-worker.js');
  if (existsSync(compiled)) return { file: compiled };
  return { file: join(__dirname, 'school-worker.ts'), execArgv: ['--require', require.resolve('ts-node/register/transpile-only')] };
}
