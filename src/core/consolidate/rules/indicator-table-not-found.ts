import { defineConsolidationRule } from '../rule';

export const indicatorTableNotFound = defineConsolidationRule({
  id: 'indicator-table-not-found',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет таблицы показателей', en: 'No indicator table' },
      description: {
        ru: 'Ни на одном листе книги школы нет таблицы показателей: школа не вошла в свод.',
        en: 'No sheet of the school’s workbook holds the indicator table: the school is left out of the summary.',
      },
      fix: {
        ru: 'Попросите школу заполнить таблицу по шаблону: «Наименование показателя», «Единицы измерения», значения по годам.',
        en: 'Ask the school to fill in the template’s table: indicator name, unit, values by year.',
      },
    },
    messages: {
      noTable: {
        ru: 'Таблица показателей не найдена ни на одном листе ({sheets}): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
        en: 'No indicator table on any sheet ({sheets}): a header row with «Наименование показателя», «Единицы измерения» and value columns (years, plan / fact) is needed. The school is left out of the summary.',
      },
    },
  },
  create({ report }) {
    return {
      noTable(school, sheets) {
        report({ messageId: 'noTable', data: { sheets: sheets.join(', ') }, school, at: { sheet: '', row: null, cell: '', value: '' }, indicator: null, column: null });
      },
    };
  },
});
