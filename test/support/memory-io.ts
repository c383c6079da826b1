/** A CliIo over real files for reading, capturing what a command prints and writes. */
import { promises as fs } from 'node:fs';
import type { CliIo } from '../../src/cli/io';

export interface CapturedIo extends CliIo {
  out: string;
  err: string;
  written: Map<string, Uint8Array>;
}

export function captureIo(options: { tty?: boolean } = {}): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    written: new Map(),
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    stderrIsTTY: options.tty ?? false,
    readFile: async (p) => new Uint8Array(await fs.readFile(p)),
    writeFile: async (p, data) => void io.written.set(p, data),
  };
  return io;
}
