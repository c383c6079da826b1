/**
 * The verdict in three states, on sheets the engine really checked: errors → not ready (listed);
 * warnings only → can be submitted, vague deadlines counted first; nothing → ready. A passport,
 * an indicator table, the add-in's own sheet and an empty plan are never ready: each says what it
 * is. A region's profile that raises a rule to an error makes it block.
 */
import { checkSheet } from '../../src/core/check';
import type { Finding, SheetReport } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import type { Profile } from '../../src/core/profile/schema';
import { decideVerdict } from '../../src/core/verdict';

const HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'];

function roadmap(name: string, events: Array<[string, string, string]>): Grid {
  const grid = new Grid(name);
  grid.set(0, 0, { value: 'План мероприятий («дорожная карта») на 2025-2026 годы' });
  HEADER.forEach((h, c) => grid.set(2, c, { value: h }));
  events.forEach(([event, deadline, responsible], i) => {
    const r = 3 + i;
    grid.set(r, 0, { value: `${i + 1}.` });
    grid.set(r, 1, { value: event });
    grid.set(r, 2, { value: deadline });
    if (responsible) grid.set(r, 3, { value: responsible });
    grid.set(r, 4, { value: 'Протокол' });
  });
  return grid;
}

function sheet(name: string, rows: string[][]): Grid {
  const grid = new Grid(name);
  rows.forEach((row, r) => row.forEach((value, c) => value && grid.set(r, c, { value })));
  return grid;
}

const CLEAN: Array<[string, string, string]> = [
  ['Совещание с руководителями школ', 'сентябрь 2025', 'Иванова И.И., начальник отдела'],
  ['Мониторинг профессиональных намерений', 'декабрь 2025', 'Петров П.П., методист'],
];

function verdictOf(grids: Grid[], profile: Profile = DEFAULT_PROFILE, own: string[] = []) {
  const reports: SheetReport[] = grids.map((g) => checkSheet(g, { profile }));
  const findings: Finding[] = reports.flatMap((r) => r.findings);
  return decideVerdict(reports, findings, { isOwnSheet: (name) => own.includes(name) });
}

describe('decideVerdict on checked sheets', () => {
  it('ready: a roadmap with events and no error or warning', () => {
    const v = verdictOf([roadmap('ДК', CLEAN)]);
    expect(v).toMatchObject({ state: 'ready', nothing: null, blocking: [], roadmaps: 1, events: 2, counts: { error: 0, warning: 0 } });
  });

  it('warnings: vague deadlines counted first among the warnings, although the catalog lists other rules before them', () => {
    const v = verdictOf([
      roadmap('ДК', [
        ...CLEAN,
        ['Профориентационные экскурсии', 'Постоянно', 'Сидорова С.С., педагог'],
        ['Классные часы', 'В течение года', 'все участники'],
        ['Родительские собрания', 'По мере необходимости', 'Иванова И.И., начальник отдела'],
      ]),
    ]);
    expect(v.state).toBe('warnings');
    expect(v.counts.error).toBe(0);
    expect(v.warningRules[0]).toEqual({ rule: 'deadline-vague', count: 3 });
    expect(v.warningRules.map((r) => r.rule)).toContain('responsible-vague');
  });

  it('not ready: errors, listed in reading order and counted per rule', () => {
    const v = verdictOf([roadmap('ДК', [...CLEAN, ['Дни открытых дверей', 'март 2026', ''], ['Экскурсии', 'апрель 2026', '']])]);
    expect(v.state).toBe('not-ready');
    expect(v.nothing).toBeNull();
    expect(v.blocking.map((f) => f.cell)).toEqual(['D6', 'D7']);
    expect(v.errorRules).toEqual([{ rule: 'responsible-missing', count: 2 }]);
  });

  it('a region’s profile that makes vague deadlines an error makes them block', () => {
    const strict: Profile = { ...DEFAULT_PROFILE, rules: { 'deadline-vague': 'error' } };
    const grids = [roadmap('ДК', [...CLEAN, ['Экскурсии', 'Постоянно', 'Сидорова С.С., педагог']])];
    expect(verdictOf(grids).state).toBe('warnings');
    const v = verdictOf(grids, strict);
    expect(v.state).toBe('not-ready');
    expect(v.blocking.map((f) => f.rule)).toEqual(['deadline-vague']);
  });

  it('a passport sheet is not ready: not a roadmap, named', () => {
    const passport = sheet('Паспорт', [['Паспорт программы'], ['Наименование', 'Программа профориентации'], ['Сроки реализации', '2025-2027 годы'], ['Исполнители', 'Отдел образования']]);
    const v = verdictOf([passport]);
    expect(v).toMatchObject({ state: 'not-ready', nothing: { reason: 'not-roadmap', sheets: ['Паспорт'] }, roadmaps: 0, events: 0 });
  });

  it('an empty plan — the header and no event — is not ready', () => {
    const v = verdictOf([roadmap('Дорожная карта', [])]);
    expect(v).toMatchObject({ state: 'not-ready', nothing: { reason: 'empty-plan', sheets: ['Дорожная карта'] }, counts: { error: 0, warning: 0, info: 0 } });
  });

  it('the add-in’s own report sheet is not ready, even when it reads like a table of events', () => {
    const report = sheet('Замечания', [
      ['№', 'Лист', 'Ячейка', 'Мероприятие', 'Замечание', 'Важность', 'Значение', 'Сообщение'],
      ['1', 'ДК', 'C5', 'Экскурсии', 'Неконкретный срок', 'Предупреждение', 'Постоянно', 'Срок «Постоянно» не указывает дату'],
    ]);
    const v = verdictOf([report], DEFAULT_PROFILE, ['Замечания']);
    expect(v).toMatchObject({ state: 'not-ready', nothing: { reason: 'own-sheet', sheets: ['Замечания'] } });
  });

  it('an indicator table is not ready: it is consolidated, not submitted as a plan', () => {
    const v = decideVerdict([{ name: 'Показатели', kind: 'indicators', headerRow: null, columns: {}, planPeriod: null, counts: { sections: 0, events: 0 }, findings: [] }], []);
    expect(v.nothing).toEqual({ reason: 'indicators', sheets: ['Показатели'] });
    expect(v.state).toBe('not-ready');
  });

  it('a workbook with a plan and a passport is judged on the plan; with no sheet at all, not ready', () => {
    expect(verdictOf([sheet('Паспорт', [['Паспорт программы']]), roadmap('ДК', CLEAN)]).state).toBe('ready');
    expect(decideVerdict([], [])).toMatchObject({ state: 'not-ready', nothing: { reason: 'no-sheets', sheets: [] } });
  });

  it('notes alone leave a plan ready', () => {
    const reports: SheetReport[] = [{ ...checkSheet(roadmap('ДК', CLEAN)) }];
    const note: Finding = { rule: 'column-order', severity: 'info', sheet: 'ДК', row: 3, cell: 'A3', value: '', message: 'порядок' };
    expect(decideVerdict(reports, [note])).toMatchObject({ state: 'ready', counts: { info: 1 } });
  });
});
