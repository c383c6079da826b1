import type { Field } from '../findings';
import type { Rule } from './rule';

export const columnOrder: Rule = {
  id: 'column-order',
  severity: 'info',
  scope: 'roadmap',
  description: {
    ru: 'Графы стоят в другом порядке, чем в профиле.',
    en: 'The columns stand in another order than the profile’s.',
  },
  messages: {
    ru: { default: 'Порядок граф отличается от шаблона: ожидается {expected}.' },
    en: { default: 'The column order differs from the template: expected {expected}.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const present = ctx.profile.order.filter((f) => model.header.columns.has(f));
    const actual = [...present].sort((a, b) => model.header.columns.get(a)![0] - model.header.columns.get(b)![0]);
    const firstOff = actual.findIndex((f, i) => f !== present[i]);
    if (firstOff < 0) return;
    const col = model.header.columns.get(actual[firstOff] as Field)![0];
    ctx.report({
      row: model.header.row,
      col,
      value: model.header.headerText.get(col) ?? '',
      data: { expected: present.map((f) => `«${ctx.fieldName(f)}»`).join(', ') },
    });
  },
};
