/** Why a file could not be read, with a code for machines and a message for a methodologist. */

export type ReadErrorCode =
  | 'file-not-found'
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
    ru: 'Файл слишком велик для проверки: при распаковке он занимает больше допустимого. Удалите лишние листы или пустые строки и сохраните заново.',
    en: 'The file is too large to check once unpacked. Remove extra sheets or empty rows and save it again.',
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
    return new WorkbookReadError('file-corrupt', text);
  }
}

export function readErrorMessage(code: ReadErrorCode, language: 'ru' | 'en' = 'ru'): string {
  return READ_ERROR_MESSAGES[code][language];
}
