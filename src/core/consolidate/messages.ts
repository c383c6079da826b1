/**
 * Every consolidation finding in one place: its severity and its message in Russian and English,
 * with {placeholders} filled from the finding's data (so the pane can re-render it).
 *
 * Severities: a finding is an `error` when the school's data cannot enter the totals as the
 * template asks (no table, an indicator or a column missing, a unit that contradicts the
 * template, an expected school absent) or when a counted value cannot be right (a negative
 * count, a percentage past 0–100). It is a `warning` when the totals stay sound but something
 * needs a look (text where a number should be, a number written as text and still counted, a
 * row or a column the template lacks, a duplicate of which the first is counted).
 */
import { formatMessage, type Language, type Severity } from '../findings';
import type { Profile } from '../profile/schema';
import type { ConsolidationRule } from './types';

export interface RuleInfo {
  severity: Severity;
  ru: string;
  en: string;
}

export const CONSOLIDATION_RULES: Record<ConsolidationRule, RuleInfo> = {
  'indicator-table-not-found': {
    severity: 'error',
    ru: 'Таблица показателей не найдена ни на одном листе ({sheets}): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
    en: 'No indicator table on any sheet ({sheets}): a header row with «Наименование показателя», «Единицы измерения» and value columns (years, plan / fact) is needed. The school is left out of the summary.',
  },
  'indicator-missing': {
    severity: 'error',
    ru: 'Нет показателя «{indicator}»: в свод по нему школа не вошла.',
    en: 'Indicator «{indicator}» is missing: the school is not counted for it.',
  },
  'indicator-unknown': {
    severity: 'warning',
    ru: 'Показателя «{indicator}» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.',
    en: 'Indicator «{indicator}» is not in the template: the row is left out of the summary. Check whether it was renamed.',
  },
  'indicator-duplicate': {
    severity: 'warning',
    ru: 'Показатель «{indicator}» повторяется (первый раз в строке {firstRow}): в свод вошла только первая строка.',
    en: 'Indicator «{indicator}» repeats (first in row {firstRow}): only the first row is counted.',
  },
  'value-not-number': {
    severity: 'warning',
    ru: 'Значение «{value}» ({column}) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.',
    en: 'The value «{value}» ({column}) is not a number and is left out of the summary. Enter a number or leave the cell empty.',
  },
  'value-number-as-text': {
    severity: 'warning',
    ru: 'Число записано текстом: «{value}» ({column}). В свод вошло {number}; впишите в ячейку только число.',
    en: 'A number written as text: «{value}» ({column}). Counted as {number}; enter the number alone.',
  },
  'value-negative': {
    severity: 'error',
    ru: 'Отрицательное значение {number} ({column}): так быть не может. В свод вошло как есть — исправьте.',
    en: 'A negative value {number} ({column}) cannot be right. It is counted as written — correct it.',
  },
  'value-percent-out-of-range': {
    severity: 'error',
    ru: 'Процент {number} ({column}) вне пределов 0–100. В свод вошло как есть — исправьте.',
    en: 'The percentage {number} ({column}) is outside 0–100. It is counted as written — correct it.',
  },
  'unit-mismatch': {
    severity: 'error',
    ru: 'Единица «{unit}» не совпадает с единицей шаблона «{expected}» для показателя «{indicator}»: значения этой строки в свод не вошли.',
    en: 'The unit «{unit}» differs from the template unit «{expected}» for «{indicator}»: this row’s values are left out of the summary.',
  },
  'value-column-missing': {
    severity: 'error',
    ru: 'Нет столбца «{column}»: по нему школа в свод не вошла.',
    en: 'The column «{column}» is missing: the school is not counted for it.',
  },
  'value-column-unknown': {
    severity: 'warning',
    ru: 'Столбца «{header}» нет в шаблоне: его значения в свод не вошли.',
    en: 'The column «{header}» is not in the template: its values are left out of the summary.',
  },
  'value-column-duplicate': {
    severity: 'warning',
    ru: 'Столбец «{column}» повторяется: в свод вошёл только первый ({first}).',
    en: 'The column «{column}» repeats: only the first ({first}) is counted.',
  },
  'school-missing': {
    severity: 'error',
    ru: 'Нет файла школы «{school}» из списка ожидаемых.',
    en: 'No file from the expected school «{school}».',
  },
};

export const CONSOLIDATION_RULE_IDS = Object.keys(CONSOLIDATION_RULES) as ConsolidationRule[];

export function consolidationMessage(rule: ConsolidationRule, data: Record<string, string | number>, language: Language = 'ru'): string {
  return formatMessage(CONSOLIDATION_RULES[rule][language], data);
}

/** The severity a profile gives the rule ('off' → null: the finding is dropped). */
export function ruleSeverity(rule: ConsolidationRule, profile?: Profile): Severity | null {
  const setting = profile?.rules[rule];
  if (setting === 'off') return null;
  return setting ?? CONSOLIDATION_RULES[rule].severity;
}
