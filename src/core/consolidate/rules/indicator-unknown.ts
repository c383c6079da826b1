import { defineConsolidationRule } from '../rule';

export const indicatorUnknown = defineConsolidationRule({
  id: 'indicator-unknown',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Показателя нет в шаблоне', en: 'Indicator not in the template' },
      description: {
        ru: 'В таблице школы есть показатель, которого нет в шаблоне: строка не вошла в свод.',
        en: 'The school’s table has an indicator the template lacks: the row is left out of the summary.',
      },
      fix: {
        ru: 'Проверьте, не переименован ли показатель; верните ему название из шаблона.',
        en: 'Check whether the indicator was renamed, and give it back the template’s name.',
      },
    },
    messages: {
      unknown: {
        ru: 'Показателя «{indicator}» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.',
        en: 'Indicator «{indicator}» is not in the template: the row is left out of the summary. Check whether it was renamed.',
      },
    },
  },
  create({ report }) {
    return {
      unknownIndicator(school, at, name) {
        report({ messageId: 'unknown', data: { indicator: name }, school, at, indicator: null, column: null });
      },
    };
  },
});
