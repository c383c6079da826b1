import { defineConsolidationRule } from '../rule';

export const unitMismatch = defineConsolidationRule({
  id: 'unit-mismatch',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Единица не как в шаблоне', en: 'Unit differs from the template' },
      description: {
        ru: 'Единица измерения строки или значения не совпадает с единицей шаблона: значения не вошли в свод.',
        en: 'The unit of a row or a value differs from the template’s: the values are left out of the summary.',
      },
      fix: {
        ru: 'Пересчитайте значения в единицах шаблона и поставьте его единицу.',
        en: 'Convert the values into the template’s unit and write that unit.',
      },
    },
    messages: {
      mismatch: {
        ru: 'Единица «{unit}» не совпадает с единицей шаблона «{expected}» для показателя «{indicator}»: значения этой строки в свод не вошли.',
        en: 'The unit «{unit}» differs from the template unit «{expected}» for «{indicator}»: this row’s values are left out of the summary.',
      },
    },
  },
  create({ report }) {
    return {
      rowUnitMismatch(school, at, unit, indicator) {
        report({ messageId: 'mismatch', data: { unit, expected: indicator.unit, indicator: indicator.name }, school, at, indicator: indicator.index, column: null });
      },
      value(school, at, _read, column, indicator, unitConflict) {
        if (unitConflict === null) return;
        report({ messageId: 'mismatch', data: { unit: unitConflict, expected: indicator.unit, indicator: indicator.name, column }, school, at, indicator: indicator.index, column });
      },
    };
  },
});
