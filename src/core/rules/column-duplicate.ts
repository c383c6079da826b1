import type { Rule } from './rule';

export const columnDuplicate: Rule = {
  id: 'column-duplicate',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Две графы означают одно и то же поле (например, два столбца «Срок»).',
    en: 'Two columns map to one field (two "Deadline" columns, say).',
  },
  messages: {
    ru: { default: 'Графа повторяет поле «{field}»: данные возьмутся из первой.' },
    en: { default: 'This column repeats the field "{field}": the first one is used.' },
  },
  check(ctx) {
    const model = ctx.model!;
    for (const [field, cols] of model.header.columns) {
      // Sub-columns under one merged header («Срок»: начало / окончание) are one field by design.
      for (const col of cols.slice(1).filter((c) => !model.header.subColumns.has(c))) {
        ctx.report({
          row: model.header.row,
          col,
          value: model.header.headerText.get(col) ?? '',
          data: { field: ctx.fieldName(field) },
        });
      }
    }
  },
};
