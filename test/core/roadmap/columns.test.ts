/**
 * Columns by meaning, one kind at a time: headers in other words, blank headers over clear content,
 * deadlines in two columns and in plan-graphs, columns the standard lacks, numbering that restarts
 * in each section, a sheet with no responsible column, and the user's own mapping.
 */
import { analyzeSheet } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import { parseColumnMapping } from '../../../src/core/roadmap/user-columns';
import { gridOf, type RowSpec, type SheetSpec } from '../../support/rule-tester';

const TITLE: RowSpec = ['План мероприятий на 2024-2025 учебный год'];
const check = (spec: SheetSpec, columns?: string) => analyzeSheet(gridOf(spec), columns ? { columns: parseColumnMapping(columns) } : {});
const findings = (spec: SheetSpec, ...rules: string[]) =>
  check(spec).report.findings.filter((f: Finding) => rules.includes(f.rule)).map((f) => `${f.rule} ${f.cell}${f.value ? ` «${f.value}»` : ''}`);

describe('headers in other words, and blank ones over clear content', () => {
  test('«№ мероприятия», «Содержание деятельности», «Координатор», «Когда», «Итоговый продукт»', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['№ мероприятия', 'Содержание деятельности', 'Когда', 'Координатор', 'Итоговый продукт'],
        ['1', 'Проведение совещания с руководителями ОО', 'сентябрь 2024', 'Управление образования', 'Протокол'],
        ['2', 'Организация курсов повышения квалификации', 'октябрь 2024', 'ИМЦ', 'Удостоверения'],
      ],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
    expect(report.columnMap?.every((c) => c.source === 'header')).toBe(true);
  });

  test('a blank header over 1, 2, 3 is the number column, a blank one over people the responsible one', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['', 'Мероприятие', 'Срок', '', 'Результат'],
        ['1', 'Проведение родительского собрания', 'сентябрь 2024', 'Классный руководитель Иванова А.П.', 'Протокол'],
        ['2', 'Организация экскурсии на предприятие', 'октябрь 2024', 'Зам. директора по ВР Петров С.С.', 'Отчёт'],
        ['3', 'Участие в региональной олимпиаде', 'ноябрь 2024', 'Учителя-предметники', 'Приказ'],
        ['4', 'Анкетирование обучающихся 9 классов', 'декабрь 2024', 'Педагог-психолог', 'Справка'],
      ],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
    expect(report.columnMap?.filter((c) => c.source === 'content').map((c) => `${c.column}:${c.field}`)).toEqual(['A:number', 'D:responsible']);
  });

  test('header words broken over two rows with no merge, under a long preamble', () => {
    const preamble: RowSpec[] = Array.from({ length: 34 }, (_, i) => [`${i + 1}. Пункт приказа об утверждении плана мероприятий и о назначении ответственных лиц.`]);
    const { report } = check({
      rows: [
        ...preamble,
        TITLE,
        ['№', 'Наименование', 'Срок', 'Ответственный', 'Ожидаемый'],
        ['', 'мероприятия', 'исполнения', 'исполнитель', 'результат'],
        ['1', 'Проведение совещания', 'сентябрь 2024', 'УО', 'Протокол'],
      ],
    });
    expect(report.headerRow).toBe(36);
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
    expect(report.counts.events).toBe(1);
  });

  test('columns the standard lacks stay unmapped and never trip a rule', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Ожидаемый результат', 'Объём финансирования, тыс. руб.', 'Участники', 'Примечание'],
        ['1', 'Проведение совещания', 'сентябрь 2024', 'УО', 'Протокол', '', 'Руководители ОО', ''],
        ['2', 'Закупка оборудования', 'октябрь 2024', 'УО', 'Оборудование', '1 250,5', '', 'по согласованию'],
      ],
    };
    const { report } = check(spec);
    expect(report.columnMap?.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(report.findings).toEqual([]);
  });
});

describe('a deadline in two columns', () => {
  const merged: SheetSpec = {
    rows: [
      TITLE,
      [],
      ['№', 'Мероприятие', 'Срок', '', 'Ответственный', 'Результат'],
      ['', '', 'начало', 'окончание', '', ''],
      ['1', 'Проведение совещания', 'сентябрь 2024', 'октябрь 2024', 'УО', 'Протокол'],
      ['2', 'Мониторинг', '', 'декабрь 2024', 'ИМЦ', 'Справка'],
      ['3', 'Семинар', 'в течение года', '', 'ИМЦ', 'Программа'],
      ['4', 'Конкурс', '', '', 'ИМЦ', 'Приказ'],
      ['5', 'Отчёт', 'май 2026', 'июнь 2026', 'УО', 'Отчёт'],
    ],
    merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
  };

  test('start and end under a merged «Срок»: one field, read from both', () => {
    const { report } = check(merged);
    expect(report.columns.deadline).toBe('C');
    expect(report.columnMap?.filter((c) => c.field === 'deadline').map((c) => `${c.column}:${c.role}`)).toEqual(['C:start', 'D:end']);
  });

  test('missing only when both are empty; vague when nothing anchors it; outside the period by the two together', () => {
    expect(findings(merged, 'deadline-missing', 'deadline-vague', 'deadline-outside-period', 'column-duplicate')).toEqual([
      'deadline-vague C7 «в течение года»',
      'deadline-missing C8',
      'deadline-outside-period C9 «май 2026 – июнь 2026»',
    ]);
  });

  test('«Дата начала» / «Дата окончания» side by side, as date cells', () => {
    const date = (serial: number) => ({ value: serial, format: 'dd\\.mm\\.yyyy' });
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['№', 'Мероприятие', 'Дата начала', 'Дата окончания', 'Ответственный'],
        ['1', 'Проведение совещания', date(45566), date(45580), 'УО'],
        ['2', 'Мониторинг', '', '', 'ИМЦ'],
      ],
    });
    expect(report.columnMap?.filter((c) => c.field === 'deadline').map((c) => `${c.column}:${c.role}`)).toEqual(['C:start', 'D:end']);
    expect(report.findings.filter((f) => f.rule.startsWith('deadline')).map((f) => `${f.rule} ${f.cell}`)).toEqual(['deadline-missing C5']);
  });
});

describe('a plan-graph', () => {
  const months = ['сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь'];
  const graph: SheetSpec = {
    rows: [
      ['План-график на 2024/2025 учебный год'],
      [],
      ['№', 'Мероприятие', 'Сроки проведения', '', '', '', '', 'Ответственный'],
      ['', '', ...months, ''],
      ['1', 'Линейка', 'х', '', '', '', '', 'Зам. директора'],
      ['2', 'Классные часы', '+', '+', '+', '+', '+', 'Классные руководители'],
      ['3', 'Акция', '', '', '', '', '', 'Вожатый'],
    ],
    merges: ['C3:G3', 'A3:A4', 'B3:B4', 'H3:H4'],
  };

  test('the period columns are the deadline, each read by its month', () => {
    const { report } = check(graph);
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'H' });
    expect(report.columnMap?.filter((c) => c.role === 'period').map((c) => c.column)).toEqual(['C', 'D', 'E', 'F', 'G']);
  });

  test('marks are no vague deadline, and a row with no mark has none', () => {
    expect(findings(graph, 'deadline-missing', 'deadline-vague', 'deadline-outside-period')).toEqual(['deadline-missing C7']);
  });

  test('quarters under their years: a mark past the plan period is outside it', () => {
    const spec: SheetSpec = {
      rows: [
        ['План мероприятий на 2025 год'],
        [],
        ['№', 'Мероприятие', 'Сроки', '', '', '', '', 'Ответственный'],
        ['', '', '2025', '', '', '', '2026', ''],
        ['', '', 'I кв.', 'II кв.', 'III кв.', 'IV кв.', 'I кв.', ''],
        ['1', 'Мониторинг', 'х', '', 'х', '', '', 'ИРО'],
        ['2', 'Конференция', '', '', '', '', 'х', 'ИРО'],
      ],
      merges: ['C3:G3', 'C4:F4', 'A3:A5', 'B3:B5', 'H3:H5'],
    };
    const { report } = check(spec);
    expect(report.headerRow).toBe(3);
    expect(report.columnMap?.filter((c) => c.role === 'period').map((c) => c.column)).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect(findings(spec, 'deadline-missing', 'deadline-vague', 'deadline-outside-period')).toEqual(['deadline-outside-period C7 «I квартал 2026»']);
  });

  test('years under «Объём финансирования» are finance, not a plan-graph', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Объём финансирования', ''],
        ['', '', '', '', '2024', '2025'],
        ['1', 'Закупка оборудования', 'сентябрь 2024', 'УО', '120,0', '80,0'],
      ],
      merges: ['E3:F3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D' });
    expect(report.columnMap?.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('numbering and sections', () => {
  const ev = (n: string, name: string): RowSpec => [n, name, 'сентябрь 2024', 'УО', 'Протокол'];
  const HEADER: RowSpec = ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];

  test('numbering that restarts in each section is a style, not a repeat', () => {
    const spec: SheetSpec = {
      rows: [TITLE, [], HEADER, ['Раздел 1. Организационная работа'], ev('1', 'Совещание'), ev('2', 'Семинар'), ['Раздел 2. Работа с кадрами'], ev('1', 'Курсы'), ev('2', 'Конкурс')],
      merges: ['A4:E4', 'A7:E7'],
    };
    expect(findings(spec, 'number-duplicate', 'number-sequence')).toEqual([]);
    expect(check(spec).report.counts).toEqual({ sections: 2, events: 4 });
  });

  test('«Задача 2.» and «Раздел 2» number their sections: items 1.x under them are out of place', () => {
    const spec: SheetSpec = {
      rows: [TITLE, [], HEADER, ['Задача 1. Нормативная база'], ev('1.1', 'Положение'), ['', 'Задача 2 Кадры'], ev('1.2', 'Курсы')],
      merges: ['A4:E4'],
    };
    expect(findings(spec, 'number-sequence')).toEqual(['number-sequence A7 «1.2»']);
  });
});

test('no responsible column: one column-missing for the sheet, no finding per row', () => {
  const spec: SheetSpec = {
    rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', 'Результат'], ['1', 'Совещание', 'сентябрь 2024', 'Протокол'], ['2', 'Семинар', 'октябрь 2024', 'Программа']],
  };
  expect(findings(spec, 'column-missing', 'responsible-missing')).toEqual(['column-missing E3']);
  expect(check(spec).report.findings.find((f) => f.rule === 'column-missing')?.severity).toBe('error');
});

describe('the user\'s own mapping', () => {
  const spec: SheetSpec = {
    rows: [
      TITLE,
      [],
      ['Пункт', 'Что делаем', 'Примечание', 'Отметка'],
      ['1', 'Совещание с руководителями', 'сентябрь 2024', 'Иванов И.И.'],
      ['2', 'Семинар для педагогов', 'октябрь 2024', ''],
    ],
  };

  test('overrides the recognition field by field, and the findings follow', () => {
    const mapped = check(spec, 'number=A,name=B,deadline=C,responsible=D');
    expect(mapped.report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D' });
    expect(mapped.report.columnMap?.map((c) => `${c.column}:${c.source}`)).toEqual(['A:user', 'B:user', 'C:user', 'D:user']);
    expect(mapped.report.findings.filter((f) => f.rule === 'responsible-missing').map((f) => f.cell)).toEqual(['D5']);
  });

  test('a deadline from several columns: «C+D»', () => {
    const { report } = check(
      { rows: [TITLE, [], ['№', 'Мероприятие', 'С', 'По', 'Ответственный'], ['1', 'Совещание', 'сентябрь 2024', 'октябрь 2024', 'УО']] },
      'deadline=C+D',
    );
    expect(report.columnMap?.filter((c) => c.field === 'deadline').map((c) => `${c.column}:${c.source}`)).toEqual(['C:user', 'D:user']);
    expect(report.findings.filter((f) => f.rule.startsWith('deadline'))).toEqual([]);
  });

  test('bad mappings are refused with the place and an example', () => {
    expect(() => parseColumnMapping('owner=A')).toThrow(/«owner=A»: field=column expected, fields: number, name, deadline, responsible, result/);
    expect(() => parseColumnMapping('deadline=1')).toThrow(/Field «deadline»: «1» is not a column letter/);
  });
});
