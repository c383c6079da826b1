/** Properties of the deadline grammar over arbitrary input. */
import fc from 'fast-check';
import { analyzeDeadline, analyzeDeadlineText, type DeadlineAnalysis, type DeadlineOptions } from '../../../src/core/deadline';
import type { Cell } from '../../../src/core/grid';

/** Pieces of real deadlines, so random texts reach the grammar's rules, not only its fallbacks. */
const PIECES = [
  'до', 'с', 'по', 'в', 'к', 'не позднее', 'ежегодно', 'далее', 'ежеквартально', 'раз в', 'каждый', 'месяц', 'год',
  'январь', 'мая', 'сентябрь', 'декабря', 'сентяб ря', 'I', 'IV', 'ІІ', 'квартал', 'кв.', 'полугодие', 'первое',
  'учебный год', 'уч.г.', 'г.', 'гг.', 'года', '2021', '2023', '2024', '1950', '2100', '1', '15', '31', '29', '0', '00',
  '10.09.2021', '31.02.2023', '2021-02-08', '2023/2024', '2023-24', '1-е', '-', '–', '/', '.', ',', '(', ')', ';', ' ',
  'по средам', 'четверг месяца', 'не менее 2 раз в год', 'В течение года', 'Постоянно',
];
const deadlineLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }), deadlineLike);

const year = fc.oneof(fc.constant(null), fc.integer({ min: 1990, max: 2040 }), fc.integer(), fc.constant(Number.NaN));
const options: fc.Arbitrary<DeadlineOptions> = fc.record(
  {
    planYears: fc.record({ from: year, to: year }),
    extraVague: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('ежеквартально', 'по графику', '')), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      value: fc.oneof(anyText, fc.double(), fc.integer({ min: -5, max: 3_000_000 }), fc.boolean(), fc.constant(null)),
      format: fc.constantFrom('dd.mm.yyyy', 'General', '0', 'm/d/yy', 'm/d/yy h:mm', '14', 'h:mm', '0%', '[$-419]d mmmm yyyy', ''),
      error: fc.constantFrom('#N/A', '#REF!'),
    },
    { requiredKeys: ['value'] },
  ),
);

const ISO = /^\d{4}-\d\d-\d\d$/;

function wellFormed(a: DeadlineAnalysis): void {
  expect(['missing', 'vague', 'concrete']).toContain(a.class);
  expect(typeof a.text).toBe('string');
  // docs/spec.md: concrete exactly when something is anchored, to a year or not.
  expect(a.class === 'concrete').toBe(a.intervals.length > 0 || a.yearless);
  for (const i of a.intervals) {
    expect(i.from).toMatch(ISO);
    expect(i.to).toMatch(ISO);
    expect(i.from <= i.to).toBe(true);
    expect(Number.isNaN(Date.parse(i.from))).toBe(false);
    expect(Number.isNaN(Date.parse(i.to))).toBe(false);
  }
}

test('a text never throws, is judged the same twice, and its answer is well formed', () => {
  fc.assert(
    fc.property(anyText, options, (text, opts) => {
      const a = analyzeDeadlineText(text, opts);
      expect(analyzeDeadlineText(text, opts)).toEqual(a);
      wellFormed(a);
    }),
    { numRuns: 3000 },
  );
});

test('a cell never throws, is judged the same twice, and its answer is well formed', () => {
  fc.assert(
    fc.property(cell, options, (c, opts) => {
      const a = analyzeDeadline(c, opts);
      expect(analyzeDeadline(c, opts)).toEqual(a);
      wellFormed(a);
    }),
    { numRuns: 3000 },
  );
});

test('a date-formatted serial is concrete on one day', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
      const a = analyzeDeadline({ value: serial, format: 'dd.mm.yyyy' });
      expect(a.class).toBe('concrete');
      expect(a.intervals).toHaveLength(1);
      expect(a.intervals[0].from).toBe(a.intervals[0].to);
      expect(a.text).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    }),
  );
});

test('consecutive serials are consecutive days (past the fictitious 29.02.1900)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
      const day = (s: number) => analyzeDeadline({ value: s, format: 'dd.mm.yyyy' }).intervals[0].from;
      expect(Date.parse(day(serial + 1)) - Date.parse(day(serial))).toBe(86_400_000);
    }),
  );
});

test('a vague phrase around a concrete part never hides it', () => {
  const concrete = fc.constantFrom('Сентябрь 2021 г.', 'I квартал 2023 года', '2023-2024 учебный год', 'до 25 сентября', 'Ежеквартально', '10.09.2021');
  const vague = fc.constantFrom('', 'по мере необходимости', 'далее - постоянно', 'в течение года', '(по графику)', 'ежегодно');
  fc.assert(
    fc.property(vague, concrete, vague, (a, b, c) => {
      expect(analyzeDeadlineText(`${a} ${b} ${c}`).class).toBe('concrete');
    }),
  );
});
