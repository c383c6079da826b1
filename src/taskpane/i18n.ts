/**
 * The pane's own strings, in Russian and English. The language follows Office's display
 * language: Russian for ru-*, English for anything else. Findings' messages come from the
 * engine in the same language (checkSheet's `language` option), so nothing here translates them.
 */
import { findingTitle, pluralRu, SEVERITY_WORDS } from '../core/catalog';
import type { Field, Language, Severity } from '../core/findings';
import { FIELD_NAMES } from '../core/rules/field-names';
import { RETURNED_BY_REVIEWERS, type Verdict } from '../core/verdict';

/** What the verdict's words depend on. */
export type VerdictFacts = Pick<Verdict, 'state' | 'nothing' | 'counts' | 'warningRules'>;

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
  /** «Столбцы»: which column is which field, changed by the user. */
  columns: string;
  columnsHint: string;
  columnsTitle: (sheet: string) => string;
  columnsIntro: string;
  /** The choice that leaves the field to the recognition: what it found, or (null) that it will look again. */
  columnAuto: (found: string | null) => string;
  columnChoice: (column: string, header: string) => string;
  columnSource: Record<'header' | 'content' | 'user', string>;
  field: Record<Field, string>;
  reportWritten: (sheet: string) => string;
  next: string;
  prev: string;
  nextHint: string;
  prevHint: string;
  listLabel: string;
  listHint: string;
  ignoreHint: string;
  event: (name: string) => string;
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
  /** The verdict's heading: «Не готово: 3 ошибки», «Можно отправить, но есть замечания», «Готово к отправке». */
  verdictTitle: (v: VerdictFacts) => string;
  /** Why: what the checked sheet is when there is nothing to submit, what the warnings mean, what is left. */
  verdictReason: (v: VerdictFacts) => string;
  ruleCount: (rule: string, n: number) => string;
  sheetSummary: (sheet: string, events: number, sections: number) => string;
  workbookSummary: (sheets: number, roadmaps: number, events: number) => string;
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
  consTotals: string;
  consTotalsHint: string;
  consAggregate: Record<'sum' | 'mean', string>;
  consGiven: (n: number, of: number) => string;
  consNoValues: string;
  consBySchool: string;
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
  verdictWarnings: string;
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


/** «Лист «Паспорт»», «листы «А», «Б»» — the sheets a reason names. */
function quoted(sheets: readonly string[], open: string, close: string): string {
  return sheets.map((s) => `${open}${s}${close}`).join(', ');
}

const RU_VERDICT = {
  title(v: VerdictFacts): string {
    if (v.state === 'ready') return 'Готово к отправке';
    if (v.state === 'warnings') return 'Можно отправить, но есть замечания';
    if (v.nothing) {
      return {
        'own-sheet': 'Не готово: это лист надстройки, а не план',
        indicators: 'Не готово: это таблица показателей, а не план',
        'not-roadmap': 'Не готово: дорожная карта не найдена',
        'empty-plan': 'Не готово: в плане нет мероприятий',
        'no-sheets': 'Не готово: проверять нечего',
      }[v.nothing.reason];
    }
    return `Не готово: ${SEVERITY_WORDS.ru.error.count(v.counts.error)}`;
  },
  reason(v: VerdictFacts): string {
    if (v.nothing) {
      const { reason, sheets } = v.nothing;
      const many = sheets.length > 1;
      if (reason === 'own-sheet') return `${many ? 'Листы' : 'Лист'} ${quoted(sheets, '«', '»')} записала надстройка. Откройте лист с дорожной картой и проверьте его.`;
      if (reason === 'indicators') return `${many ? 'Листы' : 'Лист'} ${quoted(sheets, '«', '»')} — ${many ? 'таблицы' : 'таблица'} показателей школы: их сводят на вкладке «Свод».`;
      if (reason === 'not-roadmap')
        return `${many ? 'Листы' : 'Лист'} ${quoted(sheets, '«', '»')} не ${many ? 'похожи' : 'похож'} на дорожную карту: не найдена шапка с мероприятиями, сроками и ответственными.`;
      if (reason === 'empty-plan') return `В ${many ? 'планах' : 'плане'} ${quoted(sheets, '«', '»')} нет ни одного мероприятия: заполните план и проверьте снова.`;
      return 'В книге нет листов, которые можно проверить.';
    }
    if (v.state === 'not-ready') return 'С ошибками план вернут: исправьте их (щелчок по ошибке — переход к ячейке).';
    if (v.state === 'warnings') {
      const returned = v.warningRules.some((r) => RETURNED_BY_REVIEWERS.includes(r.rule));
      return returned
        ? `Ошибок нет. ${SEVERITY_WORDS.ru.warning.plural} отправке не мешают, но планы с неконкретными сроками проверяющие обычно возвращают.`
        : `Ошибок нет. ${SEVERITY_WORDS.ru.warning.plural} отправке не мешают — посмотрите их, если есть время.`;
    }
    return v.counts.info > 0 ? `Ошибок и предупреждений нет; ${SEVERITY_WORDS.ru.info.count(v.counts.info)} — на ваше усмотрение.` : 'Ошибок и предупреждений нет.';
  },
};

const EN_VERDICT = {
  title(v: VerdictFacts): string {
    if (v.state === 'ready') return 'Ready to submit';
    if (v.state === 'warnings') return 'Can be submitted, with findings';
    if (v.nothing) {
      return {
        'own-sheet': 'Not ready: this is the add-in’s sheet, not a plan',
        indicators: 'Not ready: this is an indicator table, not a plan',
        'not-roadmap': 'Not ready: no roadmap found',
        'empty-plan': 'Not ready: the plan has no events',
        'no-sheets': 'Not ready: nothing to check',
      }[v.nothing.reason];
    }
    return `Not ready: ${SEVERITY_WORDS.en.error.count(v.counts.error)}`;
  },
  reason(v: VerdictFacts): string {
    if (v.nothing) {
      const { reason, sheets } = v.nothing;
      const many = sheets.length > 1;
      const named = `${many ? 'The sheets' : 'The sheet'} ${quoted(sheets, '“', '”')}`;
      if (reason === 'own-sheet') return `${named} ${many ? 'were' : 'was'} written by the add-in. Open the sheet with the roadmap and check it.`;
      if (reason === 'indicators') return `${named} ${many ? 'are school indicator tables' : 'is a school indicator table'}: consolidate ${many ? 'them' : 'it'} on the “Summary” tab.`;
      if (reason === 'not-roadmap') return `${named} ${many ? 'do' : 'does'} not look like a roadmap: no header with events, deadlines and responsibles was found.`;
      if (reason === 'empty-plan') return `${many ? 'The plans' : 'The plan'} ${quoted(sheets, '“', '”')} ${many ? 'have' : 'has'} no event: fill it in and check again.`;
      return 'The workbook has no sheet that can be checked.';
    }
    if (v.state === 'not-ready') return 'A plan with errors is returned: fix them (click an error to go to its cell).';
    if (v.state === 'warnings') {
      const returned = v.warningRules.some((r) => RETURNED_BY_REVIEWERS.includes(r.rule));
      return returned
        ? 'No errors. Warnings do not block submission, but reviewers usually return plans with vague deadlines.'
        : 'No errors. Warnings do not block submission — look at them if there is time.';
    }
    return v.counts.info > 0 ? `No errors or warnings; ${SEVERITY_WORDS.en.info.count(v.counts.info)}, at your discretion.` : 'No errors or warnings.';
  },
};

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
  columns: 'Столбцы',
  columnsHint: 'Какой столбец какое поле: проверьте и при необходимости укажите сами',
  columnsTitle: (sheet) => `Столбцы листа «${sheet}»`,
  columnsIntro: 'Столбцы распознаны по заголовкам и содержимому. Если поле определено неверно, выберите нужный столбец: выбор сохранится в книге и будет учитываться при каждой проверке этого листа.',
  columnAuto: (found) => (found ? `Авто: ${found}` : 'Авто: распознать по заголовкам и содержимому'),
  columnChoice: (column, header) => (header ? `${column} — ${header}` : column),
  columnSource: { header: 'по заголовку', content: 'по содержимому', user: 'указан вами' },
  field: FIELD_NAMES.ru,
  reportWritten: (sheet) => `Отчёт записан на лист «${sheet}».`,
  next: 'Далее',
  prev: 'Назад',
  nextHint: 'Следующее замечание (F8)',
  prevHint: 'Предыдущее замечание (Shift+F8)',
  listLabel: 'Замечания',
  listHint: 'Стрелки — по списку, Enter — к ячейке, Delete — пропустить',
  ignoreHint: 'Пропустить это замечание (Delete в списке)',
  event: (name) => `Мероприятие: ${name}`,
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
  verdictTitle: RU_VERDICT.title,
  verdictReason: RU_VERDICT.reason,
  ruleCount: (rule, n) => `${findingTitle(rule, 'ru')} — ${n}`,
  sheetSummary: (sheet, events, sections) =>
    `«${sheet}»: ${events} ${pluralRu(events, 'мероприятие', 'мероприятия', 'мероприятий')}, ${sections} ${pluralRu(sections, 'раздел', 'раздела', 'разделов')}`,
  workbookSummary: (sheets, roadmaps, events) =>
    `${sheets} ${pluralRu(sheets, 'лист', 'листа', 'листов')}, ${roadmaps} ${pluralRu(roadmaps, 'дорожная карта', 'дорожные карты', 'дорожных карт')}, ${events} ${pluralRu(events, 'мероприятие', 'мероприятия', 'мероприятий')}`,
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
  consTotals: 'Итоги по показателям',
  consTotalsHint: 'Итог столбца и число школ, давших значение. В книгу ничего не записано.',
  consAggregate: { sum: 'сумма', mean: 'среднее' },
  consGiven: (n, of) => `${n} из ${of} ${pluralRu(of, 'школы', 'школ', 'школ')}`,
  consNoValues: 'нет значений',
  consBySchool: 'По школам',
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
  verdictWarnings: 'Предупреждения по правилам',
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
  columns: 'Columns',
  columnsHint: 'Which column is which field: check it, and set it yourself where needed',
  columnsTitle: (sheet) => `Columns of «${sheet}»`,
  columnsIntro: 'The columns were recognised by their headers and contents. Where a field is wrong, choose its column: the choice is kept in the workbook and used by every check of this sheet.',
  columnAuto: (found) => (found ? `Auto: ${found}` : 'Auto: recognise by headers and contents'),
  columnChoice: (column, header) => (header ? `${column} — ${header}` : column),
  columnSource: { header: 'by its header', content: 'by its contents', user: 'set by you' },
  field: FIELD_NAMES.en,
  reportWritten: (sheet) => `Report written to the sheet “${sheet}”.`,
  next: 'Next',
  prev: 'Previous',
  nextHint: 'Next finding (F8)',
  prevHint: 'Previous finding (Shift+F8)',
  listLabel: 'Findings',
  listHint: 'Arrows move through the list, Enter goes to the cell, Delete ignores',
  ignoreHint: 'Ignore this finding (Delete in the list)',
  event: (name) => `Event: ${name}`,
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
  verdictTitle: EN_VERDICT.title,
  verdictReason: EN_VERDICT.reason,
  ruleCount: (rule, n) => `${findingTitle(rule, 'en')} — ${n}`,
  sheetSummary: (sheet, events, sections) =>
    `“${sheet}”: ${events} ${pluralEn(events, 'event', 'events')}, ${sections} ${pluralEn(sections, 'section', 'sections')}`,
  workbookSummary: (sheets, roadmaps, events) =>
    `${sheets} ${pluralEn(sheets, 'sheet', 'sheets')}, ${roadmaps} ${pluralEn(roadmaps, 'roadmap', 'roadmaps')}, ${events} ${pluralEn(events, 'event', 'events')}`,
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
  consTotals: 'Totals by indicator',
  consTotalsHint: 'Each column’s total and how many schools gave a value. Nothing is written to the workbook.',
  consAggregate: { sum: 'sum', mean: 'mean' },
  consGiven: (n, of) => `${n} of ${of} ${pluralEn(of, 'school', 'schools')}`,
  consNoValues: 'no values',
  consBySchool: 'By school',
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
  verdictWarnings: 'Warnings by rule',
  verdictIgnored: (n) => `Ignored by you: ${n}.`,
  verdictReport: (sheet) => `Report written to the sheet “${sheet}”.`,
  verdictMore: (n) => `…and ${n} more`,
};

export const STRINGS: Record<Language, Strings> = { ru: RU, en: EN };

export function strings(language: Language): Strings {
  return STRINGS[language];
}
