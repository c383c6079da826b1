/** A memo of judged deadlines kept between checks changes nothing but the work done. */
import { checkSheet } from '../../../src/core/check';
import { DeadlineMemo } from '../../../src/core/deadline/memo';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { gridOf, HEADER, type RowSpec } from '../../support/rule-tester';

const TITLE: RowSpec = ['План мероприятий на 2024 год'];
const ev = (n: string, deadline: string | { value: number; format: string }): RowSpec => [n, `Мероприятие ${n}`, deadline, 'УО', 'Протокол'];
const sheet = (rows: RowSpec[]) => gridOf({ rows: [TITLE, [], HEADER, ...rows] });
const summary = (report: ReturnType<typeof checkSheet>) => report.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`);

test('a re-check with the memo reports what a check without it reports, edit after edit', () => {
  const memo = new DeadlineMemo();
  const plans: RowSpec[][] = [
    [ev('1', 'март 2024'), ev('2', 'постоянно'), ev('3', { value: 45400, format: 'dd.mm.yyyy' }), ev('4', 'май 2026')],
    [ev('1', 'март 2024'), ev('2', 'апрель 2024'), ev('3', { value: 45400, format: 'dd.mm.yyyy' }), ev('4', 'май 2026')],
    [ev('1', 'в течение года'), ev('2', 'апрель 2024'), ev('3', { value: 45400, format: '0' }), ev('4', '')],
  ];
  for (const rows of plans) expect(summary(checkSheet(sheet(rows), { deadlines: memo }))).toEqual(summary(checkSheet(sheet(rows))));
});

test('what a deadline is depends on the profile and the plan period: the memo keeps them apart', () => {
  const memo = new DeadlineMemo();
  const rows = [ev('1', 'ежемесячно'), ev('2', 'сентябрь')];
  // A region that wants months named: «ежемесячно» is vague under its profile.
  const strict = { ...DEFAULT_PROFILE, vagueDeadlines: ['ежемесячно'] };
  const plain = summary(checkSheet(sheet(rows), { deadlines: memo }));
  const withPhrase = summary(checkSheet(sheet(rows), { deadlines: memo, profile: strict }));
  expect(withPhrase).not.toEqual(plain);
  expect(withPhrase).toEqual(summary(checkSheet(sheet(rows), { profile: strict })));
  expect(summary(checkSheet(sheet(rows), { deadlines: memo }))).toEqual(plain);
  // «сентябрь» under a plan for 2024 and under one for 2026: each plan's own year.
  const later = gridOf({ rows: [['План мероприятий на 2026 год'], [], HEADER, ev('1', 'сентябрь'), ev('2', 'март 2024')] });
  expect(summary(checkSheet(later, { deadlines: memo }))).toEqual(summary(checkSheet(later)));
});
