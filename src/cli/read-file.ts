import { readErrorMessage, WorkbookReadError, type ReadErrorCode } from '../workbook/read-errors';
import { readWorkbook, type WorkbookGrids } from '../workbook/read-workbook';
import type { Language } from '../core/findings';
import type { CliIo } from './io';

export type FileResult = { ok: true; workbook: WorkbookGrids } | { ok: false; error: { code: ReadErrorCode; message: string } };

/** Reads one workbook; any failure becomes a per-file error with a code and a message, never a crash. */
export async function readWorkbookFile(path: string, io: CliIo, language: Language): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    return fail('file-not-found', language);
  }
  try {
    return { ok: true, workbook: readWorkbook(bytes, path) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return fail(error.code, language);
    return fail('file-corrupt', language);
  }
}

function fail(code: ReadErrorCode, language: Language): FileResult {
  return { ok: false, error: { code, message: readErrorMessage(code, language) } };
}
