import { defineConsolidationRule } from '../rule';

export const valueNotNumber = defineConsolidationRule({
  id: 'value-not-number',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Значение — не число', en: 'Value is not a number' },
      description: {
        ru: 'В ячейке значения текст, а не число («нет данных»): в свод не вошло.',
        en: 'A value cell holds text, not a number ("no data"): it is left out of the summary.',
      },
      fix: { ru: 'Впишите число или оставьте ячейку пустой.', en: 'Enter a number or leave the cell empty.' },
    },
    messages: {
      notNumber: {
        ru: 'Значение «{value}» ({column}) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.',
        en: 'The value «{value}» ({column}) is not a number and is left out of the summary. Enter a number or leave the cell empty.',
      },
    },
  },
  create({ report }) {
    return {
      value(school, at, read, column, indicator) {
        if (read.kind === 'text') report({ messageId: 'notNumber', data: { value: read.text, column }, school, at, indicator: indicator.index, column });
      },
    };
  },
});
