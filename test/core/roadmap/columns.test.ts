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

  test('a Word paste: words broken with a hyphen, name and result merged over two columns, the two-row header repeated at a page break', () => {
    const header: RowSpec[] = [
      ['№', 'Наименование', '', 'Срок', 'Ответствен-', 'Планируемый', ''],
      ['п/п', 'мероприятия', '', 'исполнения', 'ные', 'результат', ''],
    ];
    const ev = (n: string, name: string, deadline: string, who: string): RowSpec => [n, name, '', deadline, who, 'Протокол', ''];
    const spec: SheetSpec = {
      rows: [TITLE, [], ...header, ev('1.1', 'Создание рабочей группы по внедрению', 'Сентябрь 2024', 'Заведующий'), ev('1.2', 'Педагогический совет по итогам года', 'Май 2025', ''), ...header, ev('1.3', 'Анкетирование родителей воспитанников', 'Апрель 2025', 'Воспитатели')],
      merges: ['B3:C3', 'F3:G3', 'B4:C4', 'F4:G4', 'B5:C5', 'F5:G5', 'B6:C6', 'F6:G6', 'B7:C7', 'F7:G7', 'B8:C8', 'F8:G8', 'B9:C9', 'F9:G9'],
    };
    const { report } = check(spec);
    expect(report.headerRow).toBe(3);
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'D', responsible: 'E', result: 'F' });
    expect(report.columnMap?.every((c) => c.source === 'header')).toBe(true);
    expect(report.counts.events).toBe(3);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['responsible-missing E6']);
  });

  test('abbreviations of a table narrowed to print: «Наим. мер-тия», «Срок исп.», «Отв.», «Рез-т», «Прим.»', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['№', 'Наим. мер-тия', 'Срок исп.', 'Отв.', 'Рез-т', 'Прим.'],
        ['1', 'Утв. плана мероприятий по ФГ', 'январь 2024', 'УО', 'Приказ', ''],
        ['2', 'Семинар «ФГ на уроках»', 'март 2024', 'ММЦ', 'Материалы', 'совм. с ЦНППМ'],
      ],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
    expect(report.columnMap?.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  test('«Отм. о вып.» (a mark that it was done) is the result column', () => {
    const { report } = check({
      rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', 'Отв.', 'Отм. о вып.'], ['1', 'Проведение совещания', 'март 2024', 'УО', '']],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
  });

  test('«Примерный срок» is a deadline: an abbreviation counts as a whole word only', () => {
    const { report } = check({
      rows: [TITLE, [], ['№', 'Мероприятие', 'Примерный срок', 'Ответственный'], ['1', 'Проведение совещания', 'март 2024', 'УО']],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D' });
  });

  test('headers transliterated into Latin letters, the responsible one blank', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['N p/p', 'Naimenovanie meropriyatiya', 'Srok ispolneniya', '', "Ozhidaemyy rezul'tat"],
        ['1', 'Анализ результатов ГИА-2023', 'сентябрь 2023', 'Заместитель директора по УВР', 'Аналитическая справка'],
        ['2', 'Составление плана подготовки к ГИА', 'до 20.09.2023', 'Заместитель директора по УВР', 'План'],
        ['3', 'Родительское собрание «Порядок проведения ГИА»', 'ноябрь 2023', 'Классные руководители', 'Протокол'],
      ],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
    expect(report.columnMap?.filter((c) => c.source === 'content').map((c) => c.column)).toEqual(['D']);
  });

  test('«Код мероприятия» beside «№ п/п» is a code, not the name', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['№ п/п', 'Код мероприятия', 'Наименование мероприятия', 'Ответственный', 'Срок'],
        ['1', '1.1.1.1', 'Разработка региональной модели выявления талантов', 'РМЦ', 'март 2024'],
        ['2', '1.1.1.2', 'Утверждение порядка сопровождения детей', 'Министерство', 'апрель 2024'],
      ],
    });
    expect(report.columns).toEqual({ number: 'A', name: 'C', deadline: 'E', responsible: 'D' });
    expect(report.columnMap?.map((c) => c.column)).toEqual(['A', 'C', 'D', 'E']);
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

  test('«Срок» over the first column only, «начало» / «окончание» under it with no merge', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        ['№', 'Мероприятие', 'Срок', '', 'Ответственный', 'Результат'],
        ['п/п', '', 'начало', 'окончание', '', ''],
        ['1', 'Издание приказа о внедрении программы', 'сентябрь 2024', 'октябрь 2024', 'Заведующий', 'Приказ'],
        ['2', 'Формирование базы наставников', '', 'ноябрь 2024', 'Старший воспитатель', 'База данных'],
        ['3', 'Открытые мероприятия наставляемых', '', '', 'Наставники', 'Конспекты'],
      ],
    };
    const { report } = check(spec);
    expect(report.columnMap?.filter((c) => c.field === 'deadline').map((c) => `${c.column}:${c.role}`)).toEqual(['C:start', 'D:end']);
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'E', result: 'F' });
    expect(findings(spec, 'deadline-missing', 'column-duplicate')).toEqual(['deadline-missing C7']);
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

  test('school quarters marked 1 and 0: only the ones mark, a row of zeros has no deadline', () => {
    const spec: SheetSpec = {
      rows: [
        ['План-график подготовки к ГИА на 2024-2025 учебный год'],
        [],
        ['№', 'Мероприятие', 'Сроки', '', '', '', 'Ответственный'],
        ['', '', 'I четверть', 'II четверть', 'III четверть', 'IV четверть', ''],
        ['1', 'Изучение нормативных документов', 1, 0, 0, 0, 'Заместитель директора'],
        ['2', 'Пробные экзамены', 0, 1, '1', 0, 'Учителя-предметники'],
        ['3', 'Психологические тренинги', 0, 0, 0, 0, 'Педагог-психолог'],
      ],
      merges: ['C3:F3', 'A3:A4', 'B3:B4', 'G3:G4'],
    };
    const { report, model } = check(spec);
    expect(report.columnMap?.filter((c) => c.role === 'period').map((c) => c.column)).toEqual(['C', 'D', 'E', 'F']);
    expect(findings(spec, 'deadline-missing', 'deadline-vague', 'deadline-outside-period')).toEqual(['deadline-missing C7']);
    expect(model?.rows.find((r) => r.number === '2')?.values.deadline?.text).toBe('II четверть 2024/2025 учебного года; III четверть 2024/2025 учебного года');
  });

  test('weeks under months under «Сроки»: each week read as its month', () => {
    const spec: SheetSpec = {
      rows: [
        ['План-график адаптации пятиклассников на 2024 год'],
        [],
        ['№', 'Мероприятие', 'Сроки (недели)', '', '', '', 'Ответственный'],
        ['', '', 'Сентябрь', '', 'Октябрь', '', ''],
        ['', '', '1 нед.', '2 нед.', '1 нед.', '2 нед.', ''],
        ['1', 'Стартовая диагностика', '+', 'х', '', '', 'Педагог-психолог'],
        ['2', 'Родительское собрание', '', '', '', '1', 'Классные руководители'],
        ['3', 'Анкетирование', '', '', '', '', 'Педагог-психолог'],
      ],
      merges: ['C3:F3', 'C4:D4', 'E4:F4', 'A3:A5', 'B3:B5', 'G3:G5'],
    };
    const { model } = check(spec);
    expect(findings(spec, 'deadline-missing', 'deadline-vague')).toEqual(['deadline-missing C8']);
    expect(model?.rows.find((r) => r.number === '1')?.values.deadline?.text).toBe('сентябрь 2024');
    expect(model?.rows.find((r) => r.number === '2')?.values.deadline?.text).toBe('октябрь 2024');
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

describe('plans of fewer columns, and columns of numbers that are no numbering', () => {
  test('what is done and when, and nothing of who: a plan all the same, with the responsible column missing', () => {
    const spec: SheetSpec = {
      rows: [
        ['План работы с родителями на 2025-2026 учебный год'],
        [],
        ['Содержание работы', 'Возрастная группа', 'Сроки'],
        ['Блок 1. Информационная работа'],
        ['1. Оформление информационных стендов для родителей', 'все группы', 'сентябрь'],
        ['2. Обновление раздела «Родителям» на сайте детского сада', 'все группы', 'ежемесячно'],
        ['3. Выпуск памяток о безопасности детей на дорогах', 'старшая', 'постоянно'],
      ],
    };
    const { report } = check(spec);
    expect(report.kind).toBe('roadmap');
    expect(report.columns).toEqual({ name: 'A', deadline: 'C' });
    // No number, responsible or result column: each said once for the sheet, no finding per row.
    expect(findings(spec, 'column-missing', 'deadline-vague', 'responsible-missing')).toEqual(['column-missing D3', 'column-missing D3', 'column-missing D3', 'deadline-vague C7 «постоянно»']);
    expect(report.findings.filter((f) => f.rule === 'column-missing').map((f) => f.severity).sort()).toEqual(['error', 'warning', 'warning']);
  });

  test('a column of classes (7, 6, 9, 9) between the name and the date is no number column', () => {
    const { report } = check({
      rows: [
        TITLE,
        [],
        ['Наименование процедуры', 'Классы', 'Дата проведения', 'Ответственные'],
        ['Региональная контрольная работа по математике', 7, 'март 2025', 'ОО района'],
        ['Региональная контрольная работа по читательской грамотности', 6, 'апрель 2025', 'ОО района'],
        ['Муниципальная диагностика по русскому языку', 9, 'ноябрь 2025', 'МКУ «ИМЦ»'],
        ['Муниципальная диагностика по математике', 9, 'декабрь 2025', 'МКУ «ИМЦ»'],
        ['Итоговое сочинение (изложение)', 11, 'декабрь 2025', 'ОО района'],
        ['Исследование PIRLS (выборка ОО)', 4, 'май 2025', 'Управление образования'],
      ],
    });
    expect(report.columns).toEqual({ name: 'A', deadline: 'C', responsible: 'D' });
  });

  test('a name with its participants beside it and no deadline or responsible is an event that lacks both, not a section', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        ['Дата проведения', 'Содержание работы', 'Участники', 'Ответственный'],
        ['', 'Работа с обучающимися'],
        ['сентябрь 2024', 'Входная диагностика по русскому языку и математике', '2–11 кл.', 'учителя-предметники'],
        ['', 'Школьный этап конкурса проектов «Шаг в науку»', '5–10 кл.'],
        ['декабрь 2024', 'Полугодовые контрольные работы', '2–11 кл.', 'ЗДУВР Орлова Т.П.'],
      ],
    };
    expect(check(spec).report.counts).toEqual({ sections: 1, events: 3 });
    expect(findings(spec, 'deadline-missing', 'responsible-missing')).toEqual(['deadline-missing A6', 'responsible-missing D6']);
  });
});

describe('a field written in parts, and figures that are no field', () => {
  test('«Ответственные за исполнение» over ФИО and должность: who is read from both, and dashes in both are no one', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        ['№ п/п', 'Мероприятие', 'Срок', 'Ответственные за исполнение', '', 'Отметка о выполнении'],
        ['', '', '', 'ФИО', 'должность', ''],
        ['1', 'Самодиагностика школы по критериям проекта', 'сентябрь 2025', 'Голубева И.А.', 'заместитель директора по УВР'],
        ['2', 'Сетевая форма реализации программ с вузом', 'октябрь 2025', '', 'заместитель директора по УВР'],
        ['3', 'Просветительская программа по профилактике', 'ноябрь 2025', '—', '—'],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'],
    };
    const { report, model } = check(spec);
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'F' });
    expect(model?.rows.filter((r) => r.kind === 'event').map((r) => r.values.responsible?.text)).toEqual(['Голубева И.А., заместитель директора по УВР', 'заместитель директора по УВР', '—']);
    expect(findings(spec, 'responsible-missing')).toEqual(['responsible-missing D7 «—»']);
  });

  test('a chart\'s data (Месяц, Кол-во мероприятий, Кол-во участников) is no plan: no header-not-found', () => {
    const months = ['сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'январь'];
    const { report } = check({
      name: 'Диаграмма',
      rows: [['Количество мероприятий по месяцам (для диаграммы)'], ['Месяц', 'Кол-во мероприятий', 'Кол-во участников'], ...months.map((m, i): RowSpec => [m, i + 2, 100 + i * 50])],
    });
    expect(report.kind).toBe('other');
    expect(report.findings).toEqual([]);
  });

  test('a name with a link to the right of the mapped columns is an event without a deadline, not a section', () => {
    const spec: SheetSpec = {
      rows: [
        ['График вебинаров на I полугодие 2026 года'],
        [],
        ['Дата', 'Тема вебинара', 'Целевая аудитория', 'Ссылка на регистрацию'],
        ['январь 2026', 'Функциональная грамотность: задания нового типа', 'учителя-предметники', 'https://example.ru/web/0121'],
        ['', 'Итоги учебного года: методическая рефлексия', 'руководители ШМО'],
        ['апрель – май 2026', 'Читательская грамотность в начальной школе', 'учителя начальных классов', 'https://example.ru/web/0405'],
      ],
    };
    expect(check(spec).report.counts).toEqual({ sections: 0, events: 3 });
    expect(findings(spec, 'deadline-missing')).toEqual(['deadline-missing A5']);
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

  test('«I.», «II.» with a title and nothing else are sections, whatever the numbering below', () => {
    const spec: SheetSpec = {
      rows: [TITLE, [], HEADER, ['I.', 'Ремонтные работы'], ev('1', 'Ремонт кровли'), ev('2', 'Замена окон'), ['II.', 'Закупки'], ev('3', 'Закупка мебели')],
    };
    expect(check(spec).report.counts).toEqual({ sections: 2, events: 3 });
    expect(findings(spec, 'deadline-missing', 'responsible-missing', 'row-fragment')).toEqual([]);
  });

  test('a name cut off by a page break goes on in the next row: one event, not a row with no deadline', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        HEADER,
        ev('1', 'Косметический ремонт помещений (группы «Пчёлки»,'),
        ['', '«Солнышко», пищеблок)'],
        ev('2', 'Проверка готовности к учебному году:'),
        ['', 'Приёмка комиссией'],
        ev('3', 'Закупка мебели'),
      ],
    };
    expect(check(spec).report.counts).toEqual({ sections: 0, events: 3 });
    expect(findings(spec, 'deadline-missing', 'responsible-missing')).toEqual([]);
  });

  test('items «а)», «б)» with their own deadlines are events; a numbered heading over them with nothing else is a section', () => {
    const spec: SheetSpec = {
      rows: [
        TITLE,
        [],
        HEADER,
        ev('2.1', 'Работа пришкольного лагеря'),
        ['2.2', 'Организация малозатратных форм отдыха:'],
        ['', 'а) походы и экскурсии по родному краю', 'июнь–август 2025', 'классные руководители', 'Маршрутные листы'],
        ['', 'б) работа спортивных площадок', 'в каникулярное время', 'учителя физической культуры', 'График'],
        ['', 'в) досуговые площадки во дворах', 'июль 2025', '', 'Охват'],
        ev('2.3', 'Трудоустройство несовершеннолетних'),
      ],
    };
    expect(check(spec).report.counts).toEqual({ sections: 1, events: 5 });
    expect(findings(spec, 'deadline-missing', 'responsible-missing', 'deadline-vague', 'row-fragment')).toEqual([
      'deadline-vague C7 «в каникулярное время»',
      'responsible-missing D8',
    ]);
  });

  test('the row of column numbers repeated with the header at a page break is no event', () => {
    const spec: SheetSpec = {
      rows: [TITLE, [], HEADER, ['1', '2', '3', '4', '5'], ev('1', 'Совещание'), ev('2', 'Семинар'), ['1', '2', '3', '4', '5'], ev('3', 'Конкурс')],
    };
    expect(check(spec).report.counts.events).toBe(3);
    expect(findings(spec, 'number-sequence', 'number-duplicate', 'deadline-missing', 'responsible-missing')).toEqual([]);
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

describe('where the plan ends, and sheets that are no plan', () => {
  const HEADER: RowSpec = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Результат'];
  const ev = (n: string, name: string, deadline: string, who: string): RowSpec => [n, name, deadline, who, 'Справка'];

  test('targets in a table of their own below the plan: the plan ends before them', () => {
    const spec: SheetSpec = {
      rows: [
        ['План мероприятий («дорожная карта») на 2025 год'],
        [],
        HEADER,
        ev('1', 'Анализ результатов ГИА', 'январь 2025', 'УО'),
        ev('2', 'Пробные экзамены', 'март 2025', ''),
        [],
        ['Целевые показатели реализации дорожной карты'],
        ['№ п/п', 'Наименование показателя', 'Ед. изм.', '2025 год', '2026 год'],
        ['1', 'Доля выпускников, не получивших аттестат', '%', '1,5', '1'],
        ['2', 'Количество педагогов, прошедших курсы', 'чел.', '45', '60'],
      ],
    };
    const { report, model } = check(spec);
    expect(report.kind).toBe('roadmap');
    expect(report.counts).toEqual({ sections: 0, events: 2 });
    expect(model?.endRow).toBe(6);
    expect(report.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['responsible-missing D5']);
  });

  test('a table of indicators before anything else is an indicator table', () => {
    const { report } = check({
      rows: [
        ['Целевые показатели'],
        ['№ п/п', 'Наименование показателя', 'Ед. изм.', '2025 год', '2026 год'],
        ['1', 'Доля выпускников, не получивших аттестат', '%', '1,5', '1'],
        [],
        ['Мероприятия'],
        HEADER,
        ev('1', 'Анализ результатов ГИА', 'январь 2025', 'УО'),
      ],
    });
    expect(report.kind).toBe('indicators');
  });

  test('two plans on one sheet, each with its title: the first is checked, the second is none of its rows', () => {
    const spec: SheetSpec = {
      rows: [
        ['Дорожная карта по повышению качества образования на 2024 год'],
        [],
        HEADER,
        ev('1', 'Самодиагностика школы', 'январь 2024', 'Директор'),
        ev('2', 'Разработка концепции развития', 'март 2024', 'Директор'),
        [],
        ['Дорожная карта перехода школы в эффективный режим на 2025 год'],
        [],
        HEADER,
        ev('1', 'Корректировка программы развития', 'февраль 2025', ''),
        ev('2', 'Итоговый педсовет', 'постоянно', 'Директор'),
      ],
      merges: ['A1:E1', 'A7:E7'],
    };
    const { report } = check(spec);
    expect(report.headerRow).toBe(3);
    expect(report.counts).toEqual({ sections: 0, events: 2 });
    expect(report.findings).toEqual([]);
  });

  test('a header repeated at a page break with no title before it: the plan goes on', () => {
    const spec: SheetSpec = {
      rows: [TITLE, [], HEADER, ev('1', 'Совещание руководителей', 'январь 2024', 'УО'), [], HEADER, ev('2', 'Семинар для педагогов', 'март 2024', '')],
    };
    expect(check(spec).report.counts.events).toBe(2);
    expect(findings(spec, 'responsible-missing')).toEqual(['responsible-missing D7']);
  });

  test('a timetable (№, date, teacher) and a list of the people in charge are no plans: no header-not-found, no findings', () => {
    const timetable = check({
      name: 'Расписание',
      rows: [
        ['Расписание проведения экзаменов'],
        [],
        ['№ п/п', 'Дата', 'День недели', 'Учебный предмет', 'Ответственный организатор', 'Начало'],
        ['1', { value: 45798, format: 'dd.mm.yyyy' }, 'среда', 'Иностранные языки', 'Кравцова И.П.', '10:00'],
        ['2', { value: 45803, format: 'dd.mm.yyyy' }, 'понедельник', 'Биология', 'Кравцова И.П.', '10:00'],
      ],
    });
    expect(timetable.report.kind).toBe('other');
    expect(timetable.report.findings).toEqual([]);
    const school = (n: number): RowSpec => [String(n), `МБОУ «СОШ № ${n}»`, `Иванова Татьяна Сергеевна, заместитель директора по УВР`, '8 (8452) 23-45-67', `от ${10 + n}.01.2025 № ${n}`];
    const contacts = check({
      name: 'Контакты',
      rows: [
        ['Список ответственных за реализацию дорожной карты'],
        [],
        ['№ п/п', 'Наименование ОО', 'Ответственный (ФИО, должность)', 'Телефон', 'Приказ о назначении'],
        ...[1, 2, 3, 4, 5, 6].map(school),
      ],
    });
    expect(contacts.report.kind).toBe('other');
    expect(contacts.report.findings).toEqual([]);
  });

  test('an estimate (№, Наименование, Кол-во, Цена) beside the plan is no plan: no header-not-found', () => {
    const estimate = check({
      name: 'Смета',
      rows: [
        ['Смета расходов на ремонт пищеблока'],
        [],
        ['№', 'Наименование', 'Ед. изм.', 'Кол-во', 'Цена, руб.', 'Сумма, руб.'],
        ['1', 'Плита электрическая', 'шт.', 1, 158000, 158000],
        ['2', 'Шкаф холодильный', 'шт.', 2, 130000, 260000],
        ['', 'ИТОГО', '', '', '', 418000],
      ],
    });
    expect(estimate.report.kind).toBe('other');
    expect(estimate.report.findings).toEqual([]);
  });
});
