import { periodYears } from '../roadmap/period';
import { defineRoadmapRule, fieldColumn } from './rule';

export interface DeadlineOutsidePeriodOptions {
  /**
   * `year` (the default) compares a deadline's years with the plan's years: titles state years,
   * and a plan for an academic year starts in its first. `date` compares the days themselves.
   */
  compare: 'year' | 'date';
}

export const deadlineOutsidePeriod = defineRoadmapRule({
  id: 'deadline-outside-period',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Срок вне периода плана', en: 'Deadline outside the plan period' },
      description: { ru: 'Срок выходит за период плана, указанный в заголовке.', en: 'A deadline falls outside the plan period stated in the title.' },
      fix: {
        ru: 'Исправьте год в сроке или период плана в заголовке.',
        en: 'Correct the year of the deadline, or the plan period in the title.',
      },
    },
    messages: {
      outside: {
        ru: 'Срок «{value}» выходит за период плана ({period}).',
        en: 'The deadline "{value}" falls outside the plan period ({period}).',
      },
    },
    schema: (z) => z.strictObject({ compare: z.enum(['year', 'date']) }),
  },
  defaultOptions: { compare: 'year' } as DeadlineOutsidePeriodOptions,
  create({ model, session, options, report }) {
    const col = fieldColumn(model, 'deadline');
    const years = periodYears(model.planPeriod);
    if (col === undefined || !years) return {};
    const period = `${years.from ?? '…'}–${years.to ?? '…'}`;
    // ISO dates compare as text; by year, only their first four characters are compared.
    const length = options.compare === 'year' ? 4 : 10;
    const from = options.compare === 'year' ? (years.from === null ? null : String(years.from)) : model.planPeriod?.from ?? null;
    const to = options.compare === 'year' ? (years.to === null ? null : String(years.to)) : model.planPeriod?.to ?? null;
    return {
      event({ row }) {
        const deadline = session.deadlineOf(row.values.deadline);
        const outside = deadline.intervals.some(
          (iv) => (from !== null && iv.to.slice(0, length) < from.slice(0, length)) || (to !== null && iv.from.slice(0, length) > to.slice(0, length)),
        );
        if (outside) report({ messageId: 'outside', data: { value: deadline.text, period }, row: row.row, col, value: deadline.text });
      },
    };
  },
});
