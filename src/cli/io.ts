/** The command line's contact with the outside world, injected so commands are testable in-process. */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY: boolean;
  readFile(path: string): Promise<Uint8Array>;
  /** What a path is, before it is read: a folder, a pipe or a huge file is refused unread. */
  stat?(path: string): Promise<{ isFile: boolean; size: number }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Creates a folder (and its parents) for output and proves it writable, or throws. */
  prepareOutputDir?(path: string): Promise<void>;
  /** Proves a file can be written (its folder exists and takes a file; the path is no folder), or throws. */
  prepareOutputFile?(path: string): Promise<void>;
  /** The environment: the locale (LC_ALL, LC_MESSAGES, LANG) chooses the language. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Root passes every permission check, and a read-only mount passes access(): only a write proves a folder writable. */
async function probeWritable(dir: string): Promise<void> {
  const probe = join(dir, `.roadmap-checker-${process.pid}-${Date.now()}.tmp`);
  await fs.writeFile(probe, '');
  await fs.unlink(probe);
}

/**
 * Files are read with Node's synchronous calls behind the promise: a command has nothing else to
 * do while a file loads, and for the small files a region sends (~16 kB a school) the promise
 * API's round trips through the thread pool cost more than the read — 2,000 schools: ~300 ms of
 * stat and readFile against ~45 ms. The bytes are the read buffer itself, not a copy.
 */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  readFile: async (path) => {
    const buffer = readFileSync(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
  stat: async (path) => {
    const s = statSync(path);
    return { isFile: s.isFile(), size: s.size };
  },
  writeFile: (path, data) => fs.writeFile(path, data),
  prepareOutputDir: async (dir) => {
    await fs.mkdir(dir, { recursive: true });
    await probeWritable(dir);
  },
  prepareOutputFile: async (file) => {
    const target = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (target?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    const dir = dirname(resolve(file));
    if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
    await probeWritable(dir);
  },
  env: process.env,
};
