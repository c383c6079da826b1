import { describeReadFailure, readErrorMessage, type ReadErrorCode } from '../workbook/read-errors';
import { DEFAULT_READ_LIMITS, readWorkbook, type ReadOptions, type WorkbookGrids } from '../workbook/read-workbook';
import type { Language } from '../core/findings';
import type { CliIo } from './io';

export type FileError = { code: ReadErrorCode; message: string };
/** A read file: its grids, and the bytes they were read from (an annotated copy is made from the same bytes). */
export type FileResult = { ok: true; workbook: WorkbookGrids; bytes: Uint8Array } | { ok: false; error: FileError };

/**
 * Reads one workbook; any failure becomes a per-file error with a code and a message, never a
 * crash. Both commands read through here, so a code always comes with the same message.
 */
export async function readWorkbookFile(path: string, io: CliIo, language: Language, options: ReadOptions = {}): Promise<FileResult> {
  const file = await readFileBytes(path, io, language, options);
  return file.ok ? readWorkbookBytes(file.bytes, path, language, options) : file;
}

/** The first half of readWorkbookFile: the file's bytes, or why it could not be read (a folder, too large, missing). */
export async function readFileBytes(
  path: string,
  io: CliIo,
  language: Language,
  options: ReadOptions = {},
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: FileError }> {
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  try {
    if (io.stat) {
      const info = await io.stat(path);
      // A folder, a pipe or a device: reading it would fail or never end.
      if (!info.isFile) return fail('file-not-readable', language);
      if (info.size > maxFileBytes) return fail('file-too-large', language);
    }
    return { ok: true, bytes: await io.readFile(path) };
  } catch (error) {
    return fail(fsErrorCode(error), language);
  }
}

/** The second half: the bytes parsed into grids, or the read error's code and message (a worker thread runs this part). */
export function readWorkbookBytes(bytes: Uint8Array, path: string, language: Language, options: ReadOptions = {}): FileResult {
  try {
    return { ok: true, workbook: readWorkbook(bytes, path, options), bytes };
  } catch (error) {
    const { code, message } = describeReadFailure(error, language);
    return { ok: false, error: { code, message } };
  }
}

function fsErrorCode(error: unknown): ReadErrorCode {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'file-not-found';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'file-too-large';
  return 'file-not-readable';
}

function fail(code: ReadErrorCode, language: Language): { ok: false; error: FileError } {
  return { ok: false, error: { code, message: readErrorMessage(code, language) } };
}
