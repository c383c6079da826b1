/**
 * The codes about a file or a sheet as a whole — it cannot be read, or is too large to read —
 * with the same descriptor as every rule. Readers (SheetJS for files, Office.js for the open
 * workbook) raise them; the command line, the pane and the summary's «Замечания» show their
 * messages; the catalog writes their docs into docs/troubleshooting.md.
 */
import { defineFinding } from './descriptor';

export const fileNotFound = defineFinding({
  id: 'file-not-found',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Файл не найден', en: 'File not found' },
      description: {
        ru: 'Путь не указывает ни на какой файл (только в командной строке: опечатка, другая папка).',
        en: 'The path names no file (command line only: a typo, another folder).',
      },
      fix: { ru: 'Проверьте имя и папку; пути с пробелами берите в кавычки.', en: 'Check the name and the folder; quote paths with spaces.' },
    },
    messages: { notFound: { ru: 'Файл не найден. Проверьте имя и папку.', en: 'File not found. Check the name and folder.' } },
  },
});

export const fileNotReadable = defineFinding({
  id: 'file-not-readable',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Файл не открывается', en: 'File cannot be opened' },
      description: {
        ru: 'Путь указывает на папку, канал или устройство, или файл нельзя прочитать (права, блокировка).',
        en: 'The path is a folder, a pipe or a device, or the file cannot be read (permissions, a lock).',
      },
      fix: {
        ru: 'Укажите сам файл; проверьте права на него; закройте программу, которая его держит.',
        en: 'Point at the file itself; check its permissions; close a program that holds it.',
      },
    },
    messages: {
      notReadable: {
        ru: 'Файл не удалось открыть: это папка, а не файл, или к нему нет доступа на чтение. Проверьте путь и права на файл.',
        en: "The file could not be opened: it is a folder, not a file, or it cannot be read. Check the path and the file's permissions.",
      },
    },
  },
});

export const fileEmpty = defineFinding({
  id: 'file-empty',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Пустой файл', en: 'Empty file' },
      description: {
        ru: 'В файле 0 байт — обычно это неудачная загрузка или вложение письма.',
        en: 'The file has 0 bytes — usually a failed download or e-mail attachment.',
      },
      fix: { ru: 'Попросите прислать файл заново.', en: 'Ask the sender for the file again.' },
    },
    messages: { empty: { ru: 'Файл пустой (0 байт). Попросите прислать его заново.', en: 'The file is empty (0 bytes). Ask for it to be sent again.' } },
  },
});

export const fileNotWorkbook = defineFinding({
  id: 'file-not-workbook',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Это не книга Excel', en: 'Not a workbook' },
      description: {
        ru: 'Содержимое — не книга, что бы ни говорило имя: HTML, PDF, рисунок, документ Word или архив других файлов, переименованный в .xlsx. Читаются .xlsx, .xlsm, .xls, .ods, .fods и текст .csv / .txt; сообщение называет расширение файла.',
        en: 'The bytes are not a workbook whatever the name says: HTML, PDF, a picture, a Word document, or a zip of other files renamed to .xlsx. Read are .xlsx, .xlsm, .xls, .ods, .fods and text .csv / .txt; the message names the file\'s extension.',
      },
      fix: {
        ru: 'Откройте файл в Excel и сохраните как «Книга Excel (.xlsx)» или попросите прислать саму книгу.',
        en: 'Open the file in Excel and save it as «Книга Excel (.xlsx)»; or ask the sender for the workbook itself.',
      },
    },
    messages: {
      notWorkbook: {
        ru: 'Это не книга Excel и не таблица LibreOffice или CSV: внутри файла другой формат. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».',
        en: 'This is not an Excel workbook, a LibreOffice spreadsheet or a CSV: the file holds another format. Open it in Excel and save it as an Excel Workbook (.xlsx).',
      },
      notWorkbookNamed: {
        ru: 'Файл с расширением {extension} не читается как таблица: внутри не книга Excel или LibreOffice и не CSV. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».',
        en: 'The file with the extension {extension} cannot be read as a table: it holds no Excel or LibreOffice workbook and no CSV. Open it in Excel and save it as an Excel Workbook (.xlsx).',
      },
    },
  },
});

export const fileEncrypted = defineFinding({
  id: 'file-encrypted',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Книга под паролем', en: 'Password-protected workbook' },
      description: {
        ru: 'Чтобы открыть книгу, нужен пароль: .xlsx, сохранённый с «Зашифровать паролем» (OLE-контейнер с потоком EncryptionInfo), .xls с записью FILEPASS или архив с зашифрованными частями. Защита листа или книги без пароля на открытие — не то: такие файлы читаются.',
        en: 'The workbook needs a password to open: an .xlsx saved with «Зашифровать паролем» (an OLE container with an EncryptionInfo stream), an .xls with a FILEPASS record, or a zip with encrypted entries. Sheet or workbook protection without a password to open is not this: such files are read.',
      },
      fix: {
        ru: 'Откройте книгу в Excel с паролем, Файл → Сведения → Защита книги → Зашифровать с использованием пароля, сотрите пароль, сохраните.',
        en: 'Open it in Excel with the password, File → Info → Protect Workbook → Encrypt with Password, clear the password, save.',
      },
    },
    messages: {
      encrypted: {
        ru: 'Книга защищена паролем. Снимите пароль (Файл → Сведения → Защита книги) и пришлите файл заново.',
        en: 'The workbook is password-protected. Remove the password (File → Info → Protect Workbook) and send it again.',
      },
    },
  },
});

export const fileCorrupt = defineFinding({
  id: 'file-corrupt',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Файл повреждён', en: 'Damaged file' },
      description: {
        ru: 'Файл повреждён: обрезан (прерванная загрузка или копирование), байты перезаписаны, каталог или данные архива испорчены, или настоящий размер частей не совпадает с объявленным (повреждение или подделка: распаковка останавливается на объявленном размере).',
        en: 'The file is damaged: truncated (an interrupted download or copy), bytes overwritten, a zip whose directory or data is broken, or parts whose real size differs from the size the package declares (damage, or a forged package: it is stopped at the declared size).',
      },
      fix: {
        ru: 'Попросите файл заново; если Excel его открывает, пересохраните его из Excel.',
        en: 'Ask for the file again; if Excel opens it, save it again from Excel.',
      },
    },
    messages: {
      corrupt: {
        ru: 'Файл повреждён или не докачан, прочитать его нельзя. Попросите прислать его заново.',
        en: 'The file is damaged or incomplete and cannot be read. Ask for it to be sent again.',
      },
    },
  },
});

export const fileTooLarge = defineFinding({
  id: 'file-too-large',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Файл слишком велик', en: 'File too large' },
      description: {
        ru: 'Файл больше, чем берёт программа чтения, ещё до распаковки: больше предела для файла, или его архив объявляет больше пределов ниже (zip-бомба объявляет гигабайты). Ничего не распаковывается.',
        en: 'The file is bigger than the reader takes, before anything is unpacked: over the file limit, or its package declares more than the limits below (a zip bomb declares gigabytes). Nothing is inflated.',
      },
      fix: {
        ru: 'Удалите ненужные листы и пустые отформатированные строки и столбцы ниже и правее данных (Ctrl+End покажет, где Excel считает конец листа), сохраните и попробуйте снова.',
        en: 'Delete unused sheets and the empty formatted rows and columns below and right of the data (Ctrl+End shows where Excel thinks the sheet ends), save, try again.',
      },
    },
    messages: {
      tooLarge: {
        ru: 'Файл слишком велик для проверки — сам или после распаковки. Удалите лишние листы и пустые строки и сохраните заново.',
        en: 'The file is too large to check, as it is or once unpacked. Remove extra sheets and empty rows and save it again.',
      },
    },
  },
});

export const sheetTooLarge = defineFinding({
  id: 'sheet-too-large',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Лист слишком велик', en: 'Sheet too large' },
      description: {
        ru: 'Используемый диапазон листа открытой книги больше 20 млн ячеек — обычно из-за случайного значения или формата далеко ниже или правее данных.',
        en: 'The used range of a sheet of the open workbook spans more than 20 million cells — usually a stray value or format far below or right of the data.',
      },
      fix: {
        ru: 'Удалите лишние строки и столбцы ниже и правее данных (Ctrl+End покажет, где Excel считает конец листа), сохраните и проверьте снова.',
        en: 'Delete the extra rows and columns below and right of the data (Ctrl+End shows where Excel thinks the sheet ends), save, and check again.',
      },
    },
    messages: {
      tooLarge: {
        ru: 'Лист «{sheet}» слишком велик для проверки: его используемый диапазон {address} — больше {millions} млн ячеек, хотя данные занимают, скорее всего, малую часть. Удалите лишние строки и столбцы ниже и правее данных (Ctrl+End покажет, где Excel считает конец листа), сохраните и проверьте снова.',
        en: 'Sheet «{sheet}» is too large to check: its used range {address} spans more than {millions} million cells, though the data most likely fill a small part. Delete the extra rows and columns below and right of the data (Ctrl+End shows where Excel thinks the sheet ends), save, and check again.',
      },
    },
  },
});

export const chartSheetActive = defineFinding({
  id: 'chart-sheet-active',
  domain: 'file',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Открыт лист с диаграммой', en: 'A chart sheet is open' },
      description: {
        ru: 'Проверка листа начата, когда в открытой книге активен лист-диаграмма: в нём нет ячеек.',
        en: 'The sheet check was started while a chart sheet of the open workbook was active: it has no cells.',
      },
      fix: {
        ru: 'Откройте лист с дорожной картой и проверьте снова (или проверьте всю книгу).',
        en: 'Open the roadmap sheet and check again (or check the whole workbook).',
      },
    },
    messages: {
      chartSheet: {
        ru: 'Сейчас открыт лист с диаграммой, а не с таблицей. Откройте лист дорожной карты и проверьте снова.',
        en: 'A chart sheet is open, not a worksheet. Open the roadmap sheet and check again.',
      },
    },
  },
});

/** The codes a file that cannot be read gets, in the order the docs list them. */
export const READ_FAILURES = [fileNotFound, fileNotReadable, fileEmpty, fileNotWorkbook, fileEncrypted, fileCorrupt, fileTooLarge] as const;

export type ReadErrorCode = (typeof READ_FAILURES)[number]['id'];

/** Every code about a file or a sheet as a whole: the read failures, then the open workbook's. */
export const FILE_FINDINGS = [...READ_FAILURES, sheetTooLarge, chartSheetActive] as const;
