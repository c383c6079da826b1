/** Why a file could not be read, with a code for machines and a message for a methodologist. */
import { formatMessage, type Localized } from '../core/descriptor';
import { READ_FAILURES, type ReadErrorCode } from '../core/file-findings';

export type { ReadErrorCode } from '../core/file-findings';

/** Each read failure's general message in both languages (its descriptor's first), with no placeholder. */
export const READ_ERROR_MESSAGES = Object.fromEntries(
  READ_FAILURES.map((d) => [d.id, Object.values(d.meta.messages)[0]]),
) as Record<ReadErrorCode, Localized>;

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** A code's message filled with what is known: its most specific message whose placeholders the data fills. */
function messageWith(code: ReadErrorCode, data: Readonly<Record<string, string>> | undefined): Localized {
  const descriptor = READ_FAILURES.find((d) => d.id === code)!;
  const fitting = Object.values(descriptor.meta.messages as Record<string, Localized>).filter((m) => placeholders(m.en).every((p) => data?.[p]));
  const message = fitting[fitting.length - 1];
  return { ru: formatMessage(message.ru, data), en: formatMessage(message.en, data) };
}

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
    /** What the message can name: the file's `extension`. */
    readonly data?: Readonly<Record<string, string>>,
  ) {
    super(messageWith(code, data).en + (detail ? ` (${detail})` : ''));
    this.name = 'WorkbookReadError';
  }

  /** The same failure, its message given more to name. */
  withData(data: Readonly<Record<string, string>>): WorkbookReadError {
    return new WorkbookReadError(this.code, this.detail, { ...this.data, ...data });
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

export function readErrorMessage(code: ReadErrorCode, language: 'ru' | 'en' = 'ru', data?: Readonly<Record<string, string>>): string {
  return messageWith(code, data)[language];
}

/**
 * Any failure to read a workbook as a code and the message a person is shown — the one place
 * the command line and the pane take both from, so they always say the same for a code.
 */
export function describeReadFailure(error: unknown, language: 'ru' | 'en' = 'ru'): { code: ReadErrorCode; message: string } {
  const e = error instanceof WorkbookReadError ? error : WorkbookReadError.fromLibrary(error);
  return { code: e.code, message: readErrorMessage(e.code, language, e.data) };
}
