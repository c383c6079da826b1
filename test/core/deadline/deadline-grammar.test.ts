/** The deadline grammar, form by form: the spec's «Deadline policy» and the forms seen in real plans. */
import { analyzeDeadline, analyzeDeadlineText, type DeadlineClass, type DeadlineOptions } from '../../../src/core/deadline';

type Row = [text: string, cls: DeadlineClass, intervals?: string[], extra?: { yearless?: boolean; repeatsYearly?: boolean }];

/** Intervals written «from..to» (or one day alone). */
function check(rows: Row[], options?: DeadlineOptions): void {
  // A rest parameter: jest takes a callback with more parameters than the row has for one wanting done().
  test.each(rows)('%s → %s', (...row) => {
    const [text, cls, intervals, extra] = row as Row;
    const a = analyzeDeadlineText(text, options);
    expect(a.class).toBe(cls);
    if (intervals) expect(a.intervals.map((i) => (i.from === i.to ? i.from : `${i.from}..${i.to}`))).toEqual(intervals);
    if (extra?.yearless !== undefined) expect(a.yearless).toBe(extra.yearless);
    if (extra?.repeatsYearly !== undefined) expect(a.repeatsYearly).toBe(extra.repeatsYearly);
  });
}

describe('missing', () => {
  check([
    ['', 'missing', []],
    ['   ', 'missing'],
    ['-', 'missing'],
    ['—', 'missing'],
    ['--', 'missing'],
    [' – ', 'missing'],
    ['...', 'missing'],
    ['…', 'missing'],
  ]);
  test('no cell, an empty cell and an error cell are missing', () => {
    expect(analyzeDeadline(undefined).class).toBe('missing');
    expect(analyzeDeadline({ value: null }).class).toBe('missing');
    expect(analyzeDeadline({ value: '' }).class).toBe('missing');
    expect(analyzeDeadline({ value: null, error: '#N/A' })).toMatchObject({ class: 'missing', text: '#N/A' });
    expect(analyzeDeadline({ value: null, error: '#REF!' }).class).toBe('missing');
  });
});

describe('dates', () => {
  check([
    ['10.09.2021', 'concrete', ['2021-09-10']],
    ['10.09.21', 'concrete', ['2021-09-10']],
    ['10/09/2021', 'concrete', ['2021-09-10']],
    ['2021-02-08', 'concrete', ['2021-02-08']],
    ['27 мая 2021 г.', 'concrete', ['2021-05-27']],
    ['до 15.10.2021', 'concrete', ['2021-10-15']],
    ['до 25 сентября 2023', 'concrete', ['2023-09-25']],
    ['01 сентября', 'concrete', [], { yearless: true }],
    ['1-15 сентября 2021 г.', 'concrete', ['2021-09-01..2021-09-15']],
    ['с 1 по 15 сентября 2021', 'concrete', ['2021-09-01..2021-09-15']],
    ['с 01.09.2021 по 31.05.2022', 'concrete', ['2021-09-01..2022-05-31']],
    ['по 31 мая 2023', 'concrete', ['2023-05-31']],
    ['с сентября до декабря 2022', 'concrete', ['2022-09-01..2022-12-31']],
    ['с 2022 по 2024 год', 'concrete', ['2022-01-01..2024-12-31']],
    ['1 сентября - 31 мая', 'concrete', [], { yearless: true }],
    ['31.02.2023', 'concrete', ['2023-01-01..2023-12-31']], // no such day: only its year anchors
  ]);
});

describe('months', () => {
  check([
    ['Сентябрь 2021 г.', 'concrete', ['2021-09-01..2021-09-30']],
    ['Декабрь 2021г.', 'concrete', ['2021-12-01..2021-12-31']],
    ['Сентябрь – октябрь 2021 г.', 'concrete', ['2021-09-01..2021-10-31']],
    ['август- сентябрь 2023', 'concrete', ['2023-08-01..2023-09-30']],
    ['май-сентябрь 2023', 'concrete', ['2023-05-01..2023-09-30']],
    ['май - август 2027', 'concrete', ['2027-05-01..2027-08-31']],
    ['Январь – март 2022 .', 'concrete', ['2022-01-01..2022-03-31']],
    ['февраль 2024', 'concrete', ['2024-02-01..2024-02-29']],
    ['декабрь 2022 - январь 2023', 'concrete', ['2022-12-01..2023-01-31']],
    ['Декабрь-январь 2023', 'concrete', ['2022-12-01..2023-01-31']],
    ['Ноябрь 2021 г.- май 2022 г.', 'concrete', ['2021-11-01..2022-05-31']],
    ['Сентябрь 2021-май 2022', 'concrete', ['2021-09-01..2022-05-31']],
    ['Октябрь, ноябрь 2021 г. и Февраль, март 2022 г.', 'concrete', ['2021-10-01..2021-10-31', '2021-11-01..2021-11-30', '2022-02-01..2022-02-28', '2022-03-01..2022-03-31']],
    ['Сентябрь – ноябрь 2021 г. Ноябрь – декабрь 2021 г.', 'concrete', ['2021-09-01..2021-11-30', '2021-11-01..2021-12-31']],
    ['до мая 2023 года', 'concrete', ['2023-05-01..2023-05-31']],
    ['сент. 2021', 'concrete', ['2021-09-01..2021-09-30']],
    ['в сентябре', 'concrete', [], { yearless: true }],
    ['мая', 'concrete', [], { yearless: true }],
    ['в январе', 'concrete', [], { yearless: true }],
    ['Июнь 2022 года - август 2022 года', 'concrete', ['2022-06-01..2022-08-31']],
  ]);
});

describe('quarters and half-years', () => {
  check([
    ['I квартал 2023 года', 'concrete', ['2023-01-01..2023-03-31']],
    ['IV кв. 2021', 'concrete', ['2021-10-01..2021-12-31']],
    ['1 кв. 2022', 'concrete', ['2022-01-01..2022-03-31']],
    ['II квартал 2022 г.', 'concrete', ['2022-04-01..2022-06-30']],
    ['ІІ квартал 2023', 'concrete', ['2023-04-01..2023-06-30']], // Cyrillic «І»
    ['в течение II квартала', 'concrete', [], { yearless: true }],
    ['I-II квартал 2023', 'concrete', ['2023-01-01..2023-06-30']],
    ['I и II квартал 2023', 'concrete', ['2023-01-01..2023-03-31', '2023-04-01..2023-06-30']],
    ['IV квартал 2021 г. - I квартал 2022 г.', 'concrete', ['2021-10-01..2022-03-31']],
    ['Первое полугодие 2023 года', 'concrete', ['2023-01-01..2023-06-30']],
    ['2 полугодие 2021 года', 'concrete', ['2021-07-01..2021-12-31']],
    ['II полугодие 2022', 'concrete', ['2022-07-01..2022-12-31']],
    ['1-е полугодие 2023 г.', 'concrete', ['2023-01-01..2023-06-30']],
    ['1 полугодие', 'concrete', [], { yearless: true }],
  ]);
});

describe('school terms: quarters of an academic year («четверть») and trimesters', () => {
  check([
    ['II четверть', 'concrete', [], { yearless: true }],
    ['I-II четверть', 'concrete', [], { yearless: true }],
    ['II четверть 2024/2025 уч. года', 'concrete', ['2024-11-01..2024-12-31']],
    ['IV четверть 2024-2025 учебного года', 'concrete', ['2025-04-01..2025-05-31']],
    // With one year, the academic year the term ends in.
    ['I четверть 2024', 'concrete', ['2024-09-01..2024-10-31']],
    ['III четверть 2025', 'concrete', ['2025-01-01..2025-03-31']],
    ['2 триместр 2025', 'concrete', ['2024-12-01..2025-02-28']],
    ['I, III четверть 2024/2025 уч. года', 'concrete', ['2024-09-01..2024-10-31', '2025-01-01..2025-03-31']],
    // A term is finer than a quarter: once a term is a periodicity the policy counts.
    ['1 раз в четверть', 'concrete', [], { yearless: true }],
    ['в конце каждой четверти', 'concrete', [], { yearless: true }],
    ['V четверть', 'vague'],
    ['четверть часа', 'vague'],
  ]);
});

describe('a college\'s semesters', () => {
  check([
    ['I семестр', 'concrete'],
    ['2 семестр', 'concrete'],
    ['II семестр 2025/2026 уч. года', 'concrete', ['2026-01-01..2026-06-30']],
    ['по итогам семестра', 'vague'],
    ['1 раз в семестр', 'vague'], // coarser than a quarter
  ]);
});

describe('years and academic years', () => {
  check([
    ['2022 г.', 'concrete', ['2022-01-01..2022-12-31']],
    ['2021-2023', 'concrete', ['2021-01-01..2023-12-31']],
    ['В течение 2021-2022 гг.', 'concrete', ['2021-01-01..2022-12-31']],
    ['2021 – 2022 годы', 'concrete', ['2021-01-01..2022-12-31']],
    ['к 2025 году', 'concrete', ['2025-01-01..2025-12-31']],
    ['2023-2024 учебный год', 'concrete', ['2023-09-01..2024-08-31']],
    ['2023/2024 уч. год', 'concrete', ['2023-09-01..2024-08-31']],
    ['2021-2022 уч.г.', 'concrete', ['2021-09-01..2022-08-31']],
    ['2021/2022 учебный год', 'concrete', ['2021-09-01..2022-08-31']],
    ['2023-24 уч. год', 'concrete', ['2023-09-01..2024-08-31']],
    ['в течение 2022-2023 учебного года', 'concrete', ['2022-09-01..2023-08-31']],
    ['учебный год 2022-2023', 'concrete', ['2022-09-01..2023-08-31']],
    ['2023-2024 учебный год 2024- 2025 учебный год', 'concrete', ['2023-09-01..2024-08-31', '2024-09-01..2025-08-31']],
    ['сентябрь 2023/2024 учебного года', 'concrete', ['2023-09-01..2023-09-30']],
    ['март 2023/2024 учебного года', 'concrete', ['2024-03-01..2024-03-31']],
  ]);
});

describe('periodicities of a quarter or finer are concrete, coarser ones vague', () => {
  check([
    ['Ежеквартально', 'concrete', [], { yearless: true }],
    ['Ежеквартально (до 15 числа месяца, следующего за отчетным)', 'concrete'],
    ['Ежемесячно (третий четверг месяца, по предварительной записи)', 'concrete'],
    ['еженедельно', 'concrete'],
    ['ежедневно', 'concrete'],
    ['1 раз в квартал', 'concrete'],
    ['ежегодно 1 раз в квартал', 'concrete', [], { repeatsYearly: true }],
    ['раз в месяц', 'concrete'],
    ['2 раза в месяц', 'concrete'],
    ['раз в две недели', 'concrete'],
    ['не реже одного раза в 3 месяца', 'concrete'],
    ['каждый месяц', 'concrete'],
    ['каждую неделю', 'concrete'],
    ['по средам', 'concrete'],
    ['в последнюю пятницу месяца', 'concrete'],
    ['до 1 числа месяца, следующего за отчётным кварталом', 'concrete'],
    ['до 5 числа, следующего за отчетным месяцем', 'concrete'],
    ['по итогам отчётного периода', 'vague'], // a reporting period of no stated length
    ['за отчетный год', 'vague'],
    ['1 раз в год', 'vague'],
    ['2 раза в год', 'vague'],
    ['4 раза в год', 'vague'], // a count per year says how often, not when
    ['Не менее 2 раз в год', 'vague'],
    ['раз в полугодие', 'vague'],
    ['раз в 6 месяцев', 'vague'],
    ['каждый год', 'vague', [], { repeatsYearly: true }],
  ]);
});

describe('yearly and «далее» tails', () => {
  check([
    ['Ежегодно', 'vague', [], { repeatsYearly: true, yearless: false }],
    ['ежегодно до 25 сентября', 'concrete', [], { yearless: true, repeatsYearly: true }],
    ['Ежегодно, июнь-август', 'concrete', [], { yearless: true, repeatsYearly: true }],
    ['Март-апрель ежегодно', 'concrete', [], { yearless: true, repeatsYearly: true }],
    ['Ежегодно - июнь, декабрь', 'concrete', [], { yearless: true }],
    ['Ежегодно (сентябрь)', 'concrete', [], { yearless: true }],
    ['До 01 сентября Ежегодно', 'concrete', [], { yearless: true }],
    ['Август – декабрь 2023 года, далее – ежегодно', 'concrete', ['2023-08-01..2023-12-31'], { yearless: false, repeatsYearly: true }],
    ['I квартал 2023 года (далее - по мере необходимости)', 'concrete', ['2023-01-01..2023-03-31'], { repeatsYearly: false }],
    ['2023-2024 учебный год (далее - по мере необходимости)', 'concrete', ['2023-09-01..2024-08-31']],
    ['Март 2023 (утверждение) Ежегодно Сентябрь (корректировка)', 'concrete', ['2023-03-01..2023-03-31'], { yearless: true, repeatsYearly: true }],
    ['август-сентябрь 2023, далее постоянно в течение реализации проекта', 'concrete', ['2023-08-01..2023-09-30']],
  ]);

  describe('with the plan period', () => {
    check(
      [
        // «далее ежегодно» repeats the first interval each year up to the plan's end.
        ['Август – декабрь 2023 года, далее – ежегодно', 'concrete', ['2023-08-01..2023-12-31', '2024-08-01..2024-12-31', '2025-08-01..2025-12-31']],
        ['2021 г., далее - ежегодно', 'concrete', ['2021-01-01..2021-12-31', '2022-01-01..2022-12-31', '2023-01-01..2023-12-31', '2024-01-01..2024-12-31', '2025-01-01..2025-12-31']],
        ['Октябрь - ноябрь 2021г. и далее ежегодно', 'concrete', ['2021-10-01..2021-11-30', '2022-10-01..2022-11-30', '2023-10-01..2023-11-30', '2024-10-01..2024-11-30', '2025-10-01..2025-11-30']],
        // «до X» starts at the plan's start; repeated, on 1 January of each year.
        ['до мая 2024 года, далее – ежегодно', 'concrete', ['2021-01-01..2024-05-31', '2025-01-01..2025-05-31']],
        ['до 15.10.2021', 'concrete', ['2021-01-01..2021-10-15']],
        ['до 25 сентября 2019', 'concrete', ['2019-09-25']], // before the plan: X's own start
        // «с X» with no end runs to the plan's end.
        ['с сентября 2022', 'concrete', ['2022-09-01..2025-12-31']],
        ['Постоянно, начиная с 2022 года', 'concrete', ['2022-01-01..2025-12-31']],
        // Yearless parts: once per plan year.
        ['ежегодно до 25 сентября', 'concrete', ['2021-01-01..2021-09-25', '2022-01-01..2022-09-25', '2023-01-01..2023-09-25', '2024-01-01..2024-09-25', '2025-01-01..2025-09-25'], { yearless: true }],
        ['Декабрь-январь ежегодно', 'concrete', ['2021-12-01..2022-01-31', '2022-12-01..2023-01-31', '2023-12-01..2024-01-31', '2024-12-01..2025-01-31', '2025-12-01..2026-01-31']],
        ['Ежеквартально', 'concrete', [], { yearless: true }],
        ['1 сентября - 31 мая', 'concrete', ['2021-09-01..2022-05-31', '2022-09-01..2023-05-31', '2023-09-01..2024-05-31', '2024-09-01..2025-05-31', '2025-09-01..2026-05-31']],
      ],
      { planYears: { from: 2021, to: 2025 } },
    );
    check(
      [
        ['Август – декабрь 2023 года, далее – ежегодно', 'concrete', ['2023-08-01..2023-12-31', '2024-08-01..2024-12-31', '2025-08-01..2025-12-31', '2026-08-01..2026-12-31']],
        ['ежегодно до 25 сентября', 'concrete', [], { yearless: true }], // one end unknown: not expanded
        ['до мая 2023 года', 'concrete', ['2023-05-01..2023-05-31']],
      ],
      { planYears: { from: null, to: 2026 } },
    );
  });
});

describe('vague: no calendar anchor', () => {
  check(
    [
      'Постоянно',
      'В течение года',
      'В течение учебного года',
      'В течение всего периода',
      'Весь период',
      'По мере необходимости',
      'В соответствии с графиком',
      'По отдельному плану',
      'По плану ПОО',
      'Каникулярный период',
      'В каникулярное время',
      'В течение реализации проекта',
      'В течение срока действия программы',
      'Ежегодно, в течение учебного года',
      'Ежегодно (по отдельному графику)',
      'в течение 3 дней',
      'в течение 2-х недель',
      'в течение 10 рабочих дней',
      'за 10 дней до начала учебного года',
      'в течение месяца',
      'до 15 числа',
      'в 10.00',
      'летом',
      'V этап',
      '-//-',
      '44663', // a serial typed as text is not guessed at
    ].map((t): Row => [t, 'vague', [], { yearless: false }]),
  );
  check([['за 10 дней до 1 сентября', 'concrete', [], { yearless: true }]]); // the offset is not applied; the anchor is there
});

describe('PDF damage', () => {
  check([
    ['сентяб ря 2021', 'concrete', ['2021-09-01..2021-09-30']],
    ['сентяб- ря 2021', 'concrete', ['2021-09-01..2021-09-30']],
    ['ежеква ртально', 'concrete'],
    ['еже квартально', 'concrete'],
    ['Первое полу годие 2023 года', 'concrete', ['2023-01-01..2023-06-30']],
    ['2023-2024 учеб ный год', 'concrete', ['2023-09-01..2024-08-31']],
    ['ежегод но', 'vague', [], { repeatsYearly: true }],
  ]);
});

describe('profile phrases (extraVague)', () => {
  const options = { extraVague: ['ежеквартально', 'По графику РЦОИ'] };
  check(
    [
      ['Ежеквартально', 'vague'],
      ['Ежеквартально, до 1 марта', 'concrete', [], { yearless: true }],
      ['по графику рцои', 'vague'],
      ['Ежемесячно', 'concrete'],
    ],
    options,
  );
});

describe('Excel cells', () => {
  test('a date-formatted number is that day, shown dd.mm.yyyy', () => {
    expect(analyzeDeadline({ value: 45000, format: 'dd.mm.yyyy' })).toEqual({
      class: 'concrete',
      text: '15.03.2023',
      intervals: [{ from: '2023-03-15', to: '2023-03-15' }],
      yearless: false,
      repeatsYearly: false,
    });
    expect(analyzeDeadline({ value: 44663, format: 'd mmmm yyyy' }).intervals).toEqual([{ from: '2022-04-12', to: '2022-04-12' }]);
    expect(analyzeDeadline({ value: 44663.75, format: 'm/d/yy h:mm' }).intervals).toEqual([{ from: '2022-04-12', to: '2022-04-12' }]);
    expect(analyzeDeadline({ value: 44663, format: '14' }).class).toBe('concrete');
    expect(analyzeDeadline({ value: 44663, format: '[$-419]DD.MM.YYYY' }).text).toBe('12.04.2022');
  });

  test('a number cell holding a year is that year; other numbers are vague', () => {
    expect(analyzeDeadline({ value: 2023 })).toMatchObject({ class: 'concrete', text: '2023', intervals: [{ from: '2023-01-01', to: '2023-12-31' }] });
    expect(analyzeDeadline({ value: 2023, format: '0' }).class).toBe('concrete');
    expect(analyzeDeadline({ value: 44663 })).toMatchObject({ class: 'vague', text: '44663' });
    expect(analyzeDeadline({ value: 0.5, format: '0%' }).class).toBe('vague');
    expect(analyzeDeadline({ value: 0, format: 'dd.mm.yyyy' }).class).toBe('vague');
  });

  test('text and boolean cells', () => {
    expect(analyzeDeadline({ value: '  Май 2021 ' })).toMatchObject({ class: 'concrete', text: 'Май 2021' });
    expect(analyzeDeadline({ value: '—' }).class).toBe('missing');
    expect(analyzeDeadline({ value: true })).toMatchObject({ class: 'vague', text: 'ИСТИНА' });
  });
});
