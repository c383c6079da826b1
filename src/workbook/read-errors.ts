/** Why a file could not be read, with a code for machines and a message for a methodologist. */

export type ReadErrorCode =
  | 'file-not-found'
  | 'file-not-readable'
  | 'file-empty'
  | 'file-not-workbook'
  | 'file-encrypted'
  | 'file-corrupt'
  | 'file-too-large';

export const READ_ERROR_MESSAGES: Record<ReadErrorCode, { ru: string; en: string }> = {
  'file-not-found': {
    ru: 'Файл не найден. Проверьте имя и папку.',
    en: 'File not found. Check the name and folder.',
  },
  'file-not-readable': {
    ru: 'Файл не удалось открыть: это папка, а не файл, или к нему нет доступа на чтение. Проверьте путь и права на файл.',
    en: 'The file could not be opened: it is a folder, not a file, or it cannot be read. Check the path and the file\'s permissions.',
  },
  'file-empty': {
    ru: 'Файл пустой (0 байт). Попросите прислать его заново.',
    en: 'The file is empty (0 bytes). Ask for it to be sent again.',
  },
  'file-not-workbook': {
    ru: 'Это не книга Excel: файл другого формата с расширением .xlsx. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».',
    en: 'This is not an Excel workbook: a file of another format under an .xlsx name. Open it in Excel and save it as an Excel Workbook (.xlsx).',
  },
  'file-encrypted': {
    ru: 'Книга защищена паролем. Снимите пароль (Файл → Сведения → Защита книги) и пришлите файл заново.',
    en: 'The workbook is password-protected. Remove the password (File → Info → Protect Workbook) and send it again.',
  },
  'file-corrupt': {
    ru: 'Файл повреждён или не докачан, прочитать его нельзя. Попросите прислать его заново.',
    en: 'The file is damaged or incomplete and cannot be read. Ask for it to be sent again.',
  },
  'file-too-large': {
    ru: 'Файл слишком велик для проверки — сам или после распаковки. Удалите лишние листы и пустые строки и сохраните заново.',
    en: 'The file is too large to check, as it is or once unpacked. Remove extra sheets and empty rows and save it again.',
  },
};

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

export const READ_ERROR_CODES = Object.keys(READ_ERROR_MESSAGES) as ReadErrorCode[];

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
