/**
 * The pane's own strings, in Russian and English. The language follows Office's display
 * language: Russian for ru-*, English for anything else. Findings' messages come from the
 * engine in the same language (checkSheet's `language` option), so nothing here translates them.
 */
import { findingTitle, pluralRu, SEVERITY_WORDS } from '../core/catalog';
import type { Language, Severity } from '../core/findings';

export { pluralRu };

/** «ru» for ru, ru-RU, ru-KZ…; «en» for every other display language (and when there is none). */
export function languageFromDisplay(displayLanguage: string | null | undefined): Language {
  return /^ru(?:[-_]|$)/i.test((displayLanguage ?? '').trim()) ? 'ru' : 'en';
}

function pluralEn(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export interface Strings {
  language: Language;
  appTitle: string;
  checkSheet: string;
  checkWorkbook: string;
  checkSheetHint: string;
  checkWorkbookHint: string;
  checking: string;
  live: string;
  liveHint: string;
  highlight: string;
  clearHighlight: string;
  highlightHint: string;
  report: string;
  reportHint: string;
  reportWritten: (sheet: string) => string;
  next: string;
  prev: string;
  position: (index: number | null, total: number) => string;
  ignore: string;
  unignore: string;
  ignored: string;
  showIgnored: (n: number) => string;
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  severityCount: (severity: Severity, n: number) => string;
  filterLabel: string;
  ruleTitle: (rule: string) => string;
  intro: string;
  introSteps: string[];
  noFindings: string;
  nothingVisible: string;
  verdictReady: string;
  verdictNotReady: (errors: number) => string;
  sheetSummary: (sheet: string, events: number, sections: number) => string;
  workbookSummary: (sheets: number, roadmaps: number, events: number) => string;
  notRoadmap: (sheet: string) => string;
  checkedAt: (time: string) => string;
  stale: string;
  recheck: string;
  cell: string;
  stepHint: string;
  emptyValue: string;
  failed: (message: string) => string;
  dismiss: string;
  sheetCell: (sheet: string, cell: string) => string;

  // The shell: tabs, the profile in force, «Новый план»
  tabCheck: string;
  tabConsolidate: string;
  tabVerdict: string;
  profileLabel: string;
  profileSource: (source: 'default' | 'workbook', fileName: string | null) => string;
  profileMenu: string;
  profileLoad: string;
  profileReset: string;
  profileLoaded: (name: string) => string;
  profileResetDone: string;
  profileBad: (fileName: string, problems: number) => string;
  profileBadStored: (fileName: string) => string;
  profileKept: string;
  newPlan: string;
  newPlanHint: string;
  planInserted: (sheet: string) => string;

  // «Свод»
  consIntro: string;
  consDrop: string;
  consPick: string;
  consFiles: (n: number, bytes: number) => string;
  consClear: string;
  consRemove: string;
  consExpected: string;
  consExpectedHint: string;
  consExpectedFile: string;
  consExpectedCount: (n: number) => string;
  consRun: (n: number) => string;
  consRunWorkbook: string;
  consRunWorkbookHint: string;
  consReading: (done: number, total: number, current: string) => string;
  consRead: (total: number) => string;
  consResult: (ok: number, total: number, indicators: number) => string;
  consSkipped: (sheets: string[]) => string;
  consNoSchools: string;
  badge: Record<'ready' | 'warnings' | 'errors' | 'unreadable' | 'missing', string>;
  consNoFindings: string;
  consMissing: string;
  consChart: string;
  consNoChart: string;
  consWrite: string;
  consWriteHint: string;
  consWritten: (sheets: string[]) => string;

  // «Перед отправкой»
  verdictIntro: string;
  verdictRun: string;
  verdictNoRoadmap: string;
  verdictProfile: (name: string) => string;
  verdictBlocking: string;
  verdictOthers: (warnings: number, info: number) => string;
  verdictIgnored: (n: number) => string;
  verdictReport: (sheet: string) => string;
  verdictMore: (n: number) => string;
}

function kilobytes(bytes: number, language: Language): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  return kb >= 1024 ? `${(kb / 1024).toFixed(1).replace('.', language === 'ru' ? ',' : '.')} ${language === 'ru' ? 'МБ' : 'MB'}` : `${kb} ${language === 'ru' ? 'КБ' : 'KB'}`;
}

/** Severity words from the catalog: one word for each severity everywhere. */
function severityStrings(language: Language): Pick<Strings, 'severity' | 'severityPlural' | 'severityCount'> {
  const words = SEVERITY_WORDS[language];
  return {
    severity: { error: words.error.label, warning: words.warning.label, info: words.info.label },
    severityPlural: { error: words.error.plural, warning: words.warning.plural, info: words.info.plural },
    severityCount: (severity, n) => words[severity].count(n),
  };
}

const RU: Strings = {
  language: 'ru',
  appTitle: 'Проверка дорожной карты',
  checkSheet: 'Проверить лист',
  checkWorkbook: 'Вся книга',
  checkSheetHint: 'Проверить активный лист',
  checkWorkbookHint: 'Проверить все листы книги',
  checking: 'Проверка…',
  live: 'Проверять при правке',
  liveHint: 'Проверять заново после каждого изменения листа',
  highlight: 'Подсветить',
  clearHighlight: 'Снять подсветку',
  highlightHint: 'Залить ячейки с замечаниями; прежняя заливка вернётся при снятии',
  report: 'Отчёт на лист',
  reportHint: 'Записать замечания на лист «Замечания» со ссылками на ячейки',
  reportWritten: (sheet) => `Отчёт записан на лист «${sheet}».`,
  next: 'Далее',
  prev: 'Назад',
  position: (index, total) => `${index === null ? '—' : index + 1} из ${total}`,
  ignore: 'Пропустить',
  unignore: 'Вернуть',
  ignored: 'пропущено',
  showIgnored: (n) => `Пропущенные (${n})`,
  ...severityStrings('ru'),
  filterLabel: 'Показывать',
  ruleTitle: (rule) => findingTitle(rule, 'ru'),
  intro: 'Найдёт то, что вернёт проверяющий: строки без ответственного, сроки вроде «Постоянно», столбцы не по шаблону.',
  introSteps: ['Откройте лист с дорожной картой.', 'Нажмите «Проверить лист» или «Вся книга».', 'Щёлкните замечание, чтобы перейти к ячейке.'],
  noFindings: 'Замечаний нет.',
  nothingVisible: 'Все замечания скрыты фильтром.',
  verdictReady: 'Готово к отправке: ошибок нет',
  verdictNotReady: (errors) => `Не готово: ${errors} ${pluralRu(errors, 'ошибка', 'ошибки', 'ошибок')}`,
  sheetSummary: (sheet, events, sections) =>
    `«${sheet}»: ${events} ${pluralRu(events, 'мероприятие', 'мероприятия', 'мероприятий')}, ${sections} ${pluralRu(sections, 'раздел', 'раздела', 'разделов')}`,
  workbookSummary: (sheets, roadmaps, events) =>
    `${sheets} ${pluralRu(sheets, 'лист', 'листа', 'листов')}, ${roadmaps} ${pluralRu(roadmaps, 'дорожная карта', 'дорожные карты', 'дорожных карт')}, ${events} ${pluralRu(events, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  notRoadmap: (sheet) => `Лист «${sheet}» не похож на дорожную карту.`,
  checkedAt: (time) => `Проверено в ${time}`,
  stale: 'Лист изменён после проверки.',
  recheck: 'Проверить снова',
  cell: 'Ячейка',
  stepHint: 'Нажмите «Далее», чтобы перейти к первому замечанию, или щёлкните замечание в списке.',
  emptyValue: '(пусто)',
  failed: (message) => `Не удалось: ${message}`,
  dismiss: 'Закрыть',
  sheetCell: (sheet, cell) => `${sheet}!${cell}`,

  tabCheck: 'Проверка',
  tabConsolidate: 'Свод',
  tabVerdict: 'Перед отправкой',
  profileLabel: 'Профиль',
  profileSource: (source, fileName) => (source === 'default' ? 'встроенный' : fileName ? `из книги, ${fileName}` : 'из книги'),
  profileMenu: 'Профиль…',
  profileLoad: 'Загрузить профиль региона (JSON)…',
  profileReset: 'Вернуть стандартный профиль',
  profileLoaded: (name) => `Профиль «${name}» загружен и сохранён в книге.`,
  profileResetDone: 'Действует стандартный профиль.',
  profileBad: (fileName, n) => `Профиль «${fileName}» не загружен: ${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}.`,
  profileBadStored: (fileName) => `Профиль, сохранённый в книге${fileName ? ` (${fileName})` : ''}, не прошёл проверку — действует стандартный.`,
  profileKept: 'Действует прежний профиль.',
  newPlan: 'Новый план',
  newPlanHint: 'Добавить лист дорожной карты в структуре профиля: заголовок, столбцы, подсказки к срокам',
  planInserted: (sheet) => `Добавлен лист «${sheet}». Выберите ячейку срока — Excel покажет подсказку.`,

  consIntro: 'Сводит таблицы показателей школ: итоги по каждому показателю, разбивка по школам и замечания к каждой школе. Файлы читаются здесь и никуда не отправляются.',
  consDrop: 'Перетащите сюда файлы школ (.xlsx, .xls, .csv) или',
  consPick: 'выберите файлы…',
  consFiles: (n, bytes) => `${n} ${pluralRu(n, 'файл', 'файла', 'файлов')}, ${kilobytes(bytes, 'ru')}`,
  consClear: 'Очистить',
  consRemove: 'Убрать',
  consExpected: 'Ожидаемые школы',
  consExpectedHint: 'По одной на строку — недостающие будут названы. Сравниваются с именами файлов и листов.',
  consExpectedFile: 'Из файла (.txt, .csv)…',
  consExpectedCount: (n) => (n ? `${n} ${pluralRu(n, 'школа', 'школы', 'школ')}` : 'не заданы'),
  consRun: (n) => `Свести ${n} ${pluralRu(n, 'файл', 'файла', 'файлов')}`,
  consRunWorkbook: 'Листы этой книги',
  consRunWorkbookHint: 'Свести листы открытой книги: каждый лист с таблицей показателей — школа',
  consReading: (done, total, current) => `Прочитано ${done} из ${total}${current ? ` · ${current}` : ''}`,
  consRead: (total) => `Прочитано ${total} из ${total}`,
  consResult: (ok, total, indicators) =>
    `В своде ${ok} из ${total} · ${indicators} ${pluralRu(indicators, 'показатель', 'показателя', 'показателей')}`,
  consSkipped: (sheets) => `Не таблицы показателей, пропущены: ${sheets.map((s) => `«${s}»`).join(', ')}.`,
  consNoSchools: 'Ни одной таблицы показателей не найдено.',
  badge: { ready: 'готово', warnings: 'предупреждения', errors: 'ошибки', unreadable: 'не прочитан', missing: 'нет файла' },
  consNoFindings: 'Замечаний нет.',
  consMissing: 'Файл этой школы не получен.',
  consChart: 'Диаграмма по показателю',
  consNoChart: 'Без диаграммы',
  consWrite: 'Записать свод в книгу',
  consWriteHint: 'Добавить листы «Свод», «Источники», «Замечания» (новые имена, если такие уже есть — ничего не перезаписывается)',
  consWritten: (sheets) => `Свод записан на ${sheets.length === 1 ? 'лист' : 'листы'} ${sheets.map((s) => `«${s}»`).join(', ')}.`,

  verdictIntro: 'Все проверки профиля на всех листах книги: готова ли она к отправке в регион. Отчёт запишется на лист «Замечания».',
  verdictRun: 'Проверить перед отправкой',
  verdictNoRoadmap: 'Не готово: в книге нет дорожной карты',
  verdictProfile: (name) => `Профиль: ${name}`,
  verdictBlocking: 'Что мешает отправке',
  verdictOthers: (warnings, info) =>
    `Кроме того, ${SEVERITY_WORDS.ru.warning.count(warnings)} и ${SEVERITY_WORDS.ru.info.count(info)} — отправке не мешают.`,
  verdictIgnored: (n) => `Пропущено вами: ${n}.`,
  verdictReport: (sheet) => `Отчёт записан на лист «${sheet}».`,
  verdictMore: (n) => `…и ещё ${n}`,
};

const EN: Strings = {
  language: 'en',
  appTitle: 'Roadmap check',
  checkSheet: 'Check sheet',
  checkWorkbook: 'Whole workbook',
  checkSheetHint: 'Check the active sheet',
  checkWorkbookHint: 'Check every sheet of the workbook',
  checking: 'Checking…',
  live: 'Re-check as I edit',
  liveHint: 'Check again after every change to the sheet',
  highlight: 'Highlight',
  clearHighlight: 'Clear highlight',
  highlightHint: 'Fill the cells that have findings; clearing restores their fill',
  report: 'Report to sheet',
  reportHint: 'Write the findings to the sheet «Замечания» with links to their cells',
  reportWritten: (sheet) => `Report written to the sheet “${sheet}”.`,
  next: 'Next',
  prev: 'Previous',
  position: (index, total) => `${index === null ? '—' : index + 1} of ${total}`,
  ignore: 'Ignore',
  unignore: 'Restore',
  ignored: 'ignored',
  showIgnored: (n) => `Ignored (${n})`,
  ...severityStrings('en'),
  filterLabel: 'Show',
  ruleTitle: (rule) => findingTitle(rule, 'en'),
  intro: 'Finds what a reviewer will reject: rows without a responsible, deadlines like «Постоянно», columns that are not the template’s.',
  introSteps: ['Open the sheet with the roadmap.', 'Press “Check sheet” or “Whole workbook”.', 'Click a finding to go to its cell.'],
  noFindings: 'No findings.',
  nothingVisible: 'Every finding is hidden by the filter.',
  verdictReady: 'Ready to submit: no errors',
  verdictNotReady: (errors) => `Not ready: ${errors} ${pluralEn(errors, 'error', 'errors')}`,
  sheetSummary: (sheet, events, sections) =>
    `“${sheet}”: ${events} ${pluralEn(events, 'event', 'events')}, ${sections} ${pluralEn(sections, 'section', 'sections')}`,
  workbookSummary: (sheets, roadmaps, events) =>
    `${sheets} ${pluralEn(sheets, 'sheet', 'sheets')}, ${roadmaps} ${pluralEn(roadmaps, 'roadmap', 'roadmaps')}, ${events} ${pluralEn(events, 'event', 'events')}`,
  notRoadmap: (sheet) => `The sheet “${sheet}” does not look like a roadmap.`,
  checkedAt: (time) => `Checked at ${time}`,
  stale: 'The sheet changed after the check.',
  recheck: 'Check again',
  cell: 'Cell',
  stepHint: 'Press “Next” to go to the first finding, or click a finding in the list.',
  emptyValue: '(empty)',
  failed: (message) => `Failed: ${message}`,
  dismiss: 'Dismiss',
  sheetCell: (sheet, cell) => `${sheet}!${cell}`,

  tabCheck: 'Check',
  tabConsolidate: 'Summary',
  tabVerdict: 'Before submission',
  profileLabel: 'Profile',
  profileSource: (source, fileName) => (source === 'default' ? 'built-in' : fileName ? `in the workbook, ${fileName}` : 'in the workbook'),
  profileMenu: 'Profile…',
  profileLoad: 'Load a region’s profile (JSON)…',
  profileReset: 'Back to the built-in profile',
  profileLoaded: (name) => `Profile “${name}” loaded and kept in the workbook.`,
  profileResetDone: 'The built-in profile is in force.',
  profileBad: (fileName, n) => `Profile “${fileName}” not loaded: ${n} ${pluralEn(n, 'problem', 'problems')}.`,
  profileBadStored: (fileName) => `The profile kept in the workbook${fileName ? ` (${fileName})` : ''} did not pass the check — the built-in one is in force.`,
  profileKept: 'The profile in force is unchanged.',
  newPlan: 'New plan',
  newPlanHint: 'Add a roadmap sheet in the profile’s structure: title, columns, hints on the deadlines',
  planInserted: (sheet) => `Sheet “${sheet}” added. Select a deadline cell and Excel shows the hint.`,

  consIntro: 'Consolidates the schools’ indicator tables: totals per indicator, the breakdown per school and the findings for each school. Files are read here and sent nowhere.',
  consDrop: 'Drop the schools’ files here (.xlsx, .xls, .csv) or',
  consPick: 'choose files…',
  consFiles: (n, bytes) => `${n} ${pluralEn(n, 'file', 'files')}, ${kilobytes(bytes, 'en')}`,
  consClear: 'Clear',
  consRemove: 'Remove',
  consExpected: 'Expected schools',
  consExpectedHint: 'One a line — the missing ones are named. Matched to file and sheet names.',
  consExpectedFile: 'From a file (.txt, .csv)…',
  consExpectedCount: (n) => (n ? `${n} ${pluralEn(n, 'school', 'schools')}` : 'none given'),
  consRun: (n) => `Consolidate ${n} ${pluralEn(n, 'file', 'files')}`,
  consRunWorkbook: 'Sheets of this workbook',
  consRunWorkbookHint: 'Consolidate the open workbook’s sheets: each sheet with an indicator table is a school',
  consReading: (done, total, current) => `Read ${done} of ${total}${current ? ` · ${current}` : ''}`,
  consRead: (total) => `Read ${total} of ${total}`,
  consResult: (ok, total, indicators) => `${ok} of ${total} consolidated · ${indicators} ${pluralEn(indicators, 'indicator', 'indicators')}`,
  consSkipped: (sheets) => `Not indicator tables, left out: ${sheets.map((s) => `“${s}”`).join(', ')}.`,
  consNoSchools: 'No indicator table found.',
  badge: { ready: 'ready', warnings: 'warnings', errors: 'errors', unreadable: 'unreadable', missing: 'missing' },
  consNoFindings: 'No findings.',
  consMissing: 'No file from this school.',
  consChart: 'Chart of the indicator',
  consNoChart: 'No chart',
  consWrite: 'Write the summary to the workbook',
  consWriteHint: 'Add the sheets «Свод», «Источники», «Замечания» (new names when taken — nothing is overwritten)',
  consWritten: (sheets) => `Summary written to ${pluralEn(sheets.length, 'the sheet', 'the sheets')} ${sheets.map((s) => `“${s}”`).join(', ')}.`,

  verdictIntro: 'Every check of the profile on every sheet: is the workbook ready to submit to the region? The report goes to the sheet «Замечания».',
  verdictRun: 'Check before submission',
  verdictNoRoadmap: 'Not ready: the workbook has no roadmap',
  verdictProfile: (name) => `Profile: ${name}`,
  verdictBlocking: 'What blocks submission',
  verdictOthers: (warnings, info) => `Besides, ${SEVERITY_WORDS.en.warning.count(warnings)} and ${SEVERITY_WORDS.en.info.count(info)} — they do not block submission.`,
  verdictIgnored: (n) => `Ignored by you: ${n}.`,
  verdictReport: (sheet) => `Report written to the sheet “${sheet}”.`,
  verdictMore: (n) => `…and ${n} more`,
};

export const STRINGS: Record<Language, Strings> = { ru: RU, en: EN };

export function strings(language: Language): Strings {
  return STRINGS[language];
}
