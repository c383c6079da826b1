import { periodYears } from '../roadmap/period';
import { fieldColumn, type Rule } from './rule';

export const deadlineOutsidePeriod: Rule = {
  id: 'deadline-outside-period',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Срок выходит за период плана, указанный в заголовке.',
    en: 'A deadline falls outside the plan period stated in the title.',
  },
  messages: {
    ru: { default: 'Срок «{value}» выходит за период плана ({period}).' },
    en: { default: 'The deadline "{value}" falls outside the plan period ({period}).' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'deadline');
    const years = periodYears(model.planPeriod);
    if (col === undefined || !years) return;
    const from = years.from ?? -Infinity;
    const to = years.to ?? Infinity;
    const period = `${years.from ?? '…'}–${years.to ?? '…'}`;
    const events = ctx.events();
    for (let i = 0; i < events.row.length; i++) {
      const deadline = events.deadlineOf(i);
      // Compared by year: the title states years, and a plan for an academic year starts in its first.
      const outside = deadline.intervals.some((iv) => Number(iv.to.slice(0, 4)) < from || Number(iv.from.slice(0, 4)) > to);
      if (outside) ctx.report({ row: events.row[i], col, value: deadline.text, data: { value: deadline.text, period } });
    }
  },
};
