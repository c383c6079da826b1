/**
 * «Новый план»: a roadmap sheet in the profile's structure, ready to fill — a title with the plan
 * period, the header in the profile's order and words, column widths, a frozen header, and Excel
 * data validation with an input hint on the deadline column (and a hint on the responsible
 * column). A sheet the checker finds clean: the header is the profile's own.
 */
import { a1, columnLetter } from '../../core/address';
import type { Field, Language } from '../../core/findings';
import type { Profile } from '../../core/profile/schema';
import type { NewSheet, NewSheetValidation } from '../../excel/workbook-port';

export const PLAN_SHEET_NAME = 'Дорожная карта';
/** Rows below the header that get the validation and hints. */
export const PLAN_ROWS = 200;
const TITLE_ROW = 0;
const HEADER_ROW = 2;

/** Column widths in points by field. */
const WIDTHS: Record<Field, number> = { number: 42, name: 300, deadline: 130, responsible: 190, result: 190 };

/** Deadline phrases the validation warns about (SEARCH is case-insensitive), most common first. */
const VAGUE_DEADLINES = ['постоянно', 'в течение года', 'по мере необходимости', 'весь период', 'в течение учебного года', 'в течение всего периода', 'по отдельному плану'];
/** Excel's limit for a validation formula. */
const MAX_FORMULA = 255;

const TEXT = {
  ru: {
    title: (from: number, to: number) => `План мероприятий («дорожная карта») на ${from}-${to} годы`,
    deadlinePromptTitle: 'Срок',
    deadlinePrompt:
      'Укажите дату, месяц, квартал или год: «до 25.09.2025», «сентябрь – октябрь 2025», «I квартал 2026», «2025-2026 учебный год». Не пишите «Постоянно» или «В течение года».',
    deadlineAlertTitle: 'Неконкретный срок',
    deadlineAlert: 'Срок без даты, месяца, квартала или года вернут на доработку. Укажите, например, «сентябрь 2025» или «I квартал 2026».',
    responsiblePromptTitle: 'Ответственный',
    responsiblePrompt: 'Должность и ФИО или организация: «Иванова И.И., заместитель директора». Не «все участники» и не «по согласованию».',
  },
  en: {
    title: (from: number, to: number) => `План мероприятий («дорожная карта») на ${from}-${to} годы`,
    deadlinePromptTitle: 'Deadline',
    deadlinePrompt:
      'Give a date, month, quarter or year: «до 25.09.2025», «сентябрь – октябрь 2025», «I квартал 2026», «2025-2026 учебный год». Not «Постоянно» or «В течение года».',
    deadlineAlertTitle: 'Vague deadline',
    deadlineAlert: 'A deadline without a date, month, quarter or year is sent back. Give, for example, «сентябрь 2025» or «I квартал 2026».',
    responsiblePromptTitle: 'Responsible',
    responsiblePrompt: 'A position and name, or an organisation: «Иванова И.И., заместитель директора». Not «все участники», not «по согласованию».',
  },
};

/** The header word a new plan uses for a field: the profile's first of two words or more (a fuller name), else its first. */
export function headerWord(profile: Profile, field: Field): string {
  const headers = profile.fields[field].headers;
  return headers.find((h) => h.trim().split(/\s+/).length >= 2) ?? headers[0];
}

/**
 * The custom rule for the deadline column: no vague phrase of the built-in policy or the
 * profile, as many as fit in Excel's 255 characters. `cell` is the range's top-left cell; Excel
 * shifts the relative reference for every other cell.
 */
export function deadlineRuleFormula(profile: Profile, cell: string): string {
  const phrases = [...VAGUE_DEADLINES, ...profile.vagueDeadlines.map((p) => p.toLowerCase())].filter((p, i, all) => all.indexOf(p) === i && !p.includes('"'));
  const parts: string[] = [];
  for (const phrase of phrases) {
    const part = `ISERROR(SEARCH("${phrase}",${cell}))`;
    const formula = `=AND(${[...parts, part].join(',')})`;
    if (formula.length - 1 > MAX_FORMULA) break;
    parts.push(part);
  }
  return `=AND(${parts.join(',')})`;
}

export interface NewPlanOptions {
  language: Language;
  /** The first year of the plan period (the title says «на Y-(Y+1) годы»). */
  year: number;
}

export function newPlanSheet(profile: Profile, options: NewPlanOptions): NewSheet {
  const t = TEXT[options.language];
  const fields = profile.order;
  const last = fields.length - 1;
  const col = (field: Field) => fields.indexOf(field);
  const rows: NewSheet['rows'] = [
    [{ value: t.title(options.year, options.year + 1) }],
    [],
    fields.map((f) => ({ value: headerWord(profile, f) })),
  ];
  const first = HEADER_ROW + 1;
  const end = HEADER_ROW + PLAN_ROWS;
  const columnRange = (field: Field) => `${a1(first, col(field))}:${a1(end, col(field))}`;
  const validations: NewSheetValidation[] = [
    {
      range: columnRange('deadline'),
      rule: { custom: { formula: deadlineRuleFormula(profile, a1(first, col('deadline'))) } },
      prompt: { title: t.deadlinePromptTitle, message: t.deadlinePrompt },
      errorAlert: { style: 'Warning', title: t.deadlineAlertTitle, message: t.deadlineAlert },
    },
    { range: columnRange('responsible'), prompt: { title: t.responsiblePromptTitle, message: t.responsiblePrompt } },
  ];
  return {
    name: PLAN_SHEET_NAME,
    rows,
    merges: [{ r1: TITLE_ROW, c1: 0, r2: TITLE_ROW, c2: last }],
    columnWidths: fields.map((f) => WIDTHS[f]),
    styles: [
      { range: `A${TITLE_ROW + 1}`, bold: true },
      { range: `A${HEADER_ROW + 1}:${columnLetter(last)}${HEADER_ROW + 1}`, bold: true, wrap: true, fill: '#F2F2F2' },
      { range: `A${first + 1}:${columnLetter(last)}${end + 1}`, wrap: true },
    ],
    freezeRows: HEADER_ROW + 1,
    validations,
    select: a1(first, col('name')),
  };
}
