/**
 * The web app's own words around the pane, in Russian and English. The pane speaks for itself
 * (src/taskpane/i18n.ts); findings' messages come from the engine in the same language.
 */
import { pluralRu } from '../core/catalog';
import type { Language } from '../core/findings';

/** The extensions the app opens; the picker offers them, drag and drop takes any file (the reader says what it is not). */
export const ACCEPTED = '.xlsx,.xlsm,.xls,.ods,.fods,.csv,.txt';

/** Formats whose annotated copy is an .xlsx made by conversion (annotate's ConvertedFormat), by the name's extension. */
export function convertsToXlsx(fileName: string): boolean {
  return /\.(xls|ods|fods|csv|txt|xlsb|numbers)$/i.test(fileName);
}

export interface AppStrings {
  title: string;
  shortTitle: string;
  open: string;
  openHint: string;
  privacy: string;
  welcomeTitle: string;
  welcomeText: string;
  welcomeFormats: string;
  sample: string;
  dropHere: string;
  files: string;
  closeFile: (name: string) => string;
  fileStatus: (status: 'waiting' | 'reading' | 'open' | 'failed', sheets: number) => string;
  toXlsx: string;
  readFailed: (name: string, message: string) => string;
  download: string;
  downloadHint: string;
  downloadFirstCheck: string;
  downloadScopeSheet: (sheet: string) => string;
  downloadScopeWorkbook: (n: number) => string;
  downloadConverted: string;
  downloaded: (fileName: string, findings: number, cells: number, sheet: string) => string;
  summary: string;
  summaryHint: string;
  summaryDownloaded: (fileName: string) => string;
  failed: (message: string) => string;
  pane: string;
  sheetOf: (name: string) => string;
  language: string;
  dark: string;
  light: string;
  dismiss: string;
  offlineReady: string;
  offlineFile: string;
  updateReady: string;
  update: string;
}

const ru: AppStrings = {
  title: 'Проверка дорожных карт — веб-версия',
  shortTitle: 'Проверка дорожных карт',
  open: 'Открыть файлы…',
  openHint: 'Дорожные карты и файлы школ: .xlsx, .xlsm, .xls, .ods, .fods, .csv',
  privacy: 'Файлы читаются в этом браузере и никуда не отправляются.',
  welcomeTitle: 'Откройте дорожную карту или файлы школ',
  welcomeText:
    'Перетащите файлы в это окно или выберите их — один или сразу несколько. Проверка, свод и «Перед отправкой» — те же, что в надстройке Excel. Скачайте копию книги с замечаниями, чтобы отправить её школе, и свод показателей.',
  welcomeFormats: 'Форматы: .xlsx, .xlsm, .xls, .ods, .fods, .csv (в том числе CSV из русского Excel).',
  sample: 'Открыть пример',
  dropHere: 'Отпустите файлы, чтобы открыть их',
  files: 'Открытые файлы',
  closeFile: (name) => `Закрыть «${name}»`,
  fileStatus: (status, sheets) =>
    ({ waiting: 'не открыт', reading: 'читается…', failed: 'не прочитан', open: `${sheets} ${pluralRu(sheets, 'лист', 'листа', 'листов')}` })[status],
  toXlsx: 'копия в .xlsx',
  readFailed: (name, message) => `Файл «${name}» не прочитан. ${message}`,
  download: 'Скачать с замечаниями',
  downloadHint: 'Копия этого файла: на каждой отмеченной ячейке заливка и примечание, лист «Замечания» со ссылками на ячейки. Всё остальное в книге остаётся как было.',
  downloadFirstCheck: 'Сначала проверьте книгу: в копию войдут показанные замечания.',
  downloadScopeSheet: (sheet) => `В копию войдут замечания листа «${sheet}». Чтобы отметить всю книгу, проверьте её целиком («Вся книга»).`,
  downloadScopeWorkbook: (n) => (n === 0 ? 'Замечаний нет: в копии будет только лист «Замечания» с этим выводом.' : `В копию войдут ${n} ${pluralRu(n, 'замечание', 'замечания', 'замечаний')} по всей книге.`),
  downloadConverted: 'Исходный файл — не книга Excel: копия будет в формате .xlsx, без оформления и формул исходника.',
  downloaded: (fileName, findings, cells, sheet) =>
    `Скачан файл «${fileName}»: ${findings} ${pluralRu(findings, 'замечание', 'замечания', 'замечаний')}, отмечено ${cells} ${pluralRu(cells, 'ячейка', 'ячейки', 'ячеек')}, список — на листе «${sheet}».`,
  summary: 'Скачать свод',
  summaryHint: 'Книга .xlsx со сводом, источниками и замечаниями по школам — готова к печати.',
  summaryDownloaded: (fileName) => `Скачан свод «${fileName}».`,
  failed: (message) => `Не получилось: ${message}`,
  pane: 'Проверка дорожной карты',
  sheetOf: (name) => `Книга «${name}»`,
  language: 'Язык',
  dark: 'Тёмная тема',
  light: 'Светлая тема',
  dismiss: 'Закрыть',
  offlineReady: 'Приложение сохранено в браузере и работает без сети.',
  offlineFile: 'Открыто с диска: проверка работает, но установить приложение и работать без сети можно, только открыв его с веб-сервера (http или https).',
  updateReady: 'Доступна новая версия приложения.',
  update: 'Обновить',
};

const en: AppStrings = {
  title: 'Roadmap Checker — web version',
  shortTitle: 'Roadmap Checker',
  open: 'Open files…',
  openHint: 'Roadmaps and schools’ files: .xlsx, .xlsm, .xls, .ods, .fods, .csv',
  privacy: 'Files are read in this browser and sent nowhere.',
  welcomeTitle: 'Open a roadmap or the schools’ files',
  welcomeText:
    'Drop files into this window or pick them — one or many at once. The check, the summary and «Before submission» are the Excel add-in’s own. Download a copy of the workbook with its findings marked, to send back to a school, and the summary of indicators.',
  welcomeFormats: 'Formats: .xlsx, .xlsm, .xls, .ods, .fods, .csv (Russian Excel’s CSV too).',
  sample: 'Open a sample',
  dropHere: 'Drop the files to open them',
  files: 'Open files',
  closeFile: (name) => `Close «${name}»`,
  fileStatus: (status, sheets) => ({ waiting: 'not opened', reading: 'reading…', failed: 'not read', open: `${sheets} ${sheets === 1 ? 'sheet' : 'sheets'}` })[status],
  toXlsx: 'copy as .xlsx',
  readFailed: (name, message) => `«${name}» could not be read. ${message}`,
  download: 'Download with findings',
  downloadHint: 'A copy of this file: a fill and a note on each flagged cell, a «Замечания» sheet linking to the cells. Everything else in the workbook stays as it was.',
  downloadFirstCheck: 'Check the workbook first: the copy takes the findings shown.',
  downloadScopeSheet: (sheet) => `The copy takes the findings of sheet «${sheet}». To mark the whole workbook, check all of it («Whole workbook»).`,
  downloadScopeWorkbook: (n) => (n === 0 ? 'No findings: the copy gets only the «Замечания» sheet saying so.' : `The copy takes ${n} ${n === 1 ? 'finding' : 'findings'} across the workbook.`),
  downloadConverted: 'The file is not an Excel workbook: the copy will be an .xlsx, without the original’s formatting and formulas.',
  downloaded: (fileName, findings, cells, sheet) =>
    `Downloaded «${fileName}»: ${findings} ${findings === 1 ? 'finding' : 'findings'}, ${cells} ${cells === 1 ? 'cell' : 'cells'} marked, listed on sheet «${sheet}».`,
  summary: 'Download the summary',
  summaryHint: 'An .xlsx with the summary, its sources and the schools’ findings — ready to print.',
  summaryDownloaded: (fileName) => `Downloaded the summary «${fileName}».`,
  failed: (message) => `That did not work: ${message}`,
  pane: 'Roadmap check',
  sheetOf: (name) => `Workbook «${name}»`,
  language: 'Language',
  dark: 'Dark theme',
  light: 'Light theme',
  dismiss: 'Dismiss',
  offlineReady: 'The app is saved in this browser and works offline.',
  offlineFile: 'Opened from disk: the check works, but to install the app and use it offline, open it from a web server (http or https).',
  updateReady: 'A new version of the app is available.',
  update: 'Update',
};

export function appStrings(language: Language): AppStrings {
  return language === 'ru' ? ru : en;
}
