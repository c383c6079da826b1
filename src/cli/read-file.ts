import { describeReadFailure, readErrorMessage, type ReadErrorCode } from '../workbook/read-errors';
import { DEFAULT_READ_LIMITS, readWorkbook, type ReadOptions, type WorkbookGrids } from '../workbook/read-workbook';
import type { Language } from '../core/findings';
import type { CliIo } from './io';

/** A read file: its grids, and the bytes they were read from (an annotated copy is made from the same bytes). */
export type FileResult = { ok: true; workbook: WorkbookGrids; bytes: Uint8Array } | { ok: false; error: { code: ReadErrorCode; message: string } };

/**
 * Reads one workbook; any failure becomes a per-file error with a code and a message, never a
 * crash. Both commands read through here, so a code always comes with the same message.
 */
export async function readWorkbookFile(path: string, io: CliIo, language: Language, options: ReadOptions = {}): Promise<FileResult> {
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  let bytes: Uint8Array;
  try {
    if (io.stat) {
      const info = await io.stat(path);
      // A folder, a pipe or a device: reading it would fail or never end.
      if (!info.isFile) return fail('file-not-readable', language);
      if (info.size > maxFileBytes) return fail('file-too-large', language);
    }
    bytes = await io.readFile(path);
  } catch (error) {
    return fail(fsErrorCode(error), language);
  }
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

function fail(code: ReadErrorCode, language: Language): FileResult {
  return { ok: false, error: { code, message: readErrorMessage(code, language) } };
}
