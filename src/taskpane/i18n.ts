/**
 * The pane's own strings, in Russian and English. The language follows Office's display
 * language: Russian for ru-*, English for anything else. Findings' messages come from the
 * engine in the same language (checkSheet's `language` option), so nothing here translates them.
 */
import type { Language, Severity } from '../core/findings';

/** «ru» for ru, ru-RU, ru-KZ…; «en» for every other display language (and when there is none). */
export function languageFromDisplay(displayLanguage: string | null | undefined): Language {
  return /^ru(?:[-_]|$)/i.test((displayLanguage ?? '').trim()) ? 'ru' : 'en';
}

/** Russian plural forms: 1 ошибка, 2 ошибки, 5 ошибок, 11 ошибок, 21 ошибка. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs >= 11 && abs <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
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
}

/** Short group titles for the rules of SPEC; an unknown rule shows its id. */
const RULE_TITLES: Record<Language, Record<string, string>> = {
  ru: {
    'header-not-found': 'Не найдена строка заголовков',
    'column-missing': 'Нет столбца',
    'column-order': 'Столбцы в другом порядке',
    'column-duplicate': 'Повтор столбца',
    'responsible-missing': 'Не указан ответственный',
    'responsible-vague': 'Ответственный не назван',
    'deadline-missing': 'Не указан срок',
    'deadline-vague': 'Неконкретный срок',
    'deadline-outside-period': 'Срок вне периода плана',
    'name-missing': 'Нет наименования мероприятия',
    'result-missing': 'Не указан результат',
    'number-duplicate': 'Повтор номера',
    'number-sequence': 'Нарушена нумерация',
    'row-fragment': 'Обрывок строки',
  },
  en: {
    'header-not-found': 'Header row not found',
    'column-missing': 'Column missing',
    'column-order': 'Columns in another order',
    'column-duplicate': 'Duplicate column',
    'responsible-missing': 'No responsible',
    'responsible-vague': 'Responsible names nobody',
    'deadline-missing': 'No deadline',
    'deadline-vague': 'Vague deadline',
    'deadline-outside-period': 'Deadline outside the plan period',
    'name-missing': 'No event name',
    'result-missing': 'No result',
    'number-duplicate': 'Duplicate number',
    'number-sequence': 'Numbering out of sequence',
    'row-fragment': 'Row fragment',
  },
};

/** The rules in the order SPEC lists them: structure first, then rows. Groups are shown in this order. */
export const RULE_ORDER: readonly string[] = Object.keys(RULE_TITLES.ru);

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
  severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведение' },
  severityPlural: { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' },
  severityCount: (severity, n) =>
    severity === 'error'
      ? `${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}`
      : severity === 'warning'
        ? `${n} ${pluralRu(n, 'предупреждение', 'предупреждения', 'предупреждений')}`
        : `${n} ${pluralRu(n, 'сведение', 'сведения', 'сведений')}`,
  filterLabel: 'Показывать',
  ruleTitle: (rule) => RULE_TITLES.ru[rule] ?? rule,
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
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  severityCount: (severity, n) =>
    severity === 'error' ? `${n} ${pluralEn(n, 'error', 'errors')}` : severity === 'warning' ? `${n} ${pluralEn(n, 'warning', 'warnings')}` : `${n} info`,
  filterLabel: 'Show',
  ruleTitle: (rule) => RULE_TITLES.en[rule] ?? rule,
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
};

export const STRINGS: Record<Language, Strings> = { ru: RU, en: EN };

export function strings(language: Language): Strings {
  return STRINGS[language];
}
