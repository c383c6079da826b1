/** Why a file could not be read, with a code for machines and a message for a methodologist. */
import type { Localized } from '../core/descriptor';
import { READ_FAILURES, type ReadErrorCode } from '../core/file-findings';

export type { ReadErrorCode } from '../core/file-findings';

/** Each read failure's message in both languages, from its descriptor. */
export const READ_ERROR_MESSAGES = Object.fromEntries(
  READ_FAILURES.map((d) => [d.id, Object.values(d.meta.messages)[0]]),
) as Record<ReadErrorCode, Localized>;

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
  ) {
    super(READ_ERROR_MESSAGES[code].en + (detail ? ` (${detail})` : ''));
    this.name = 'WorkbookReadError';
  }

  /** SheetJS's own error, mapped to what a person can act on; its text is kept as detail. */
  static fromLibrary(error: unknown): WorkbookReadError {
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) return new WorkbookReadError('file-encrypted', text);
    // Out of memory on the way (guarded against, but a library's own buffers are its own).
    if (error instanceof RangeError && /allocation failed|invalid (string|array) length|call stack/i.test(text)) {
      return new WorkbookReadError('file-too-large', text);
    }
    return new WorkbookReadError('file-corrupt', text);
  }
}

export const READ_ERROR_CODES: readonly ReadErrorCode[] = READ_FAILURES.map((d) => d.id);

export function readErrorMessage(code: ReadErrorCode, language: 'ru' | 'en' = 'ru'): string {
  return READ_ERROR_MESSAGES[code][language];
}

/**
 * Any failure to read a workbook as a code and the message a person is shown — the one place
 * the command line and the pane take both from, so they always say the same for a code.
 */
export function describeReadFailure(error: unknown, language: 'ru' | 'en' = 'ru'): { code: ReadErrorCode; message: string } {
  const e = error instanceof WorkbookReadError ? error : WorkbookReadError.fromLibrary(error);
  return { code: e.code, message: readErrorMessage(e.code, language) };
}
