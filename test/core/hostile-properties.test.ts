/**
 * Property-based tests (fast-check) of the three readers of untrusted text: the header finder,
 * the number reader, the deadline grammar (its own properties are in deadline-properties.test.ts;
 * here, texts of Excel's full 32 767 characters). Over arbitrary input each never throws, gives
 * the same answer twice, gives a well-formed answer, and takes time linear in its input.
 */
import fc from 'fast-check';
import { readWithEveryReader } from '../support/hostile-sheets';
import { checkSheet } from '../../src/core/check';
import { parseNumberText, readValue } from '../../src/core/consolidate/value-reader';
import { findIndicatorTable } from '../../src/core/consolidate/table-finder';
import { Grid, type Cell } from '../../src/core/grid';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { findHeader, HEADER_SEARCH_ROWS } from '../../src/core/roadmap/header';
import { MergeIndex } from '../../src/core/roadmap/merges';

const HEADER_WORDS = [
  '№ п/п', '№', 'N п/п', 'Наименование мероприятия', 'Мероприятия', 'Содержание работы', 'Срок', 'Сроки исполнени я', 'Дата проведения',
  'Период реализации', 'Ответственный', 'ответственн ый', 'Исполнители', 'Ожидаемый результат', 'Результат', 'Информация об исполнении',
  'Наименование показателя', 'Единицы измерения', 'Ед. изм.', '2023 план', 'факт 2024', 'на 01.01.2024', 'Цель',
];
const JUNK = ['Постоянно', 'Иванов И.И.', 'УО', '1.', '1.1', '-//-', '', ' ', '#REF!', 'Приказ № 15', 'УТВЕРЖДАЮ', '<img src=x>', '=SUM(A1)', 'х'.repeat(200)];

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...HEADER_WORDS, ...JUNK).map((value) => ({ value })),
  fc.string({ maxLength: 30 }).map((value) => ({ value })),
  fc.string({ unit: 'binary', maxLength: 20 }).map((value) => ({ value })),
  fc.oneof(fc.integer({ min: -5, max: 60_000 }), fc.double(), fc.constant(Number.NaN)).map((value) => ({ value })),
  fc.integer({ min: 1, max: 60_000 }).map((value) => ({ value, format: 'dd.mm.yyyy' })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((error) => ({ value: null, error })),
);

/** A grid of cells in the first rows and columns, some far away, with merges (some reaching the last row). */
const gridArb = fc
  .record({
    cells: fc.array(fc.tuple(fc.oneof(fc.nat(40), fc.constant(1_048_575)), fc.oneof(fc.nat(8), fc.constant(16_383)), cellArb), { maxLength: 120 }),
    merges: fc.array(fc.tuple(fc.nat(40), fc.nat(8), fc.oneof(fc.nat(5), fc.constant(1_048_575)), fc.nat(3)), { maxLength: 12 }),
  })
  .map(({ cells, merges }) => {
    const build = () => {
      const grid = new Grid('Лист');
      for (const [r, c, cell] of cells) grid.set(r, c, cell);
      for (const [r, c, h, w] of merges) grid.addMerge({ r1: r, c1: c, r2: Math.min(1_048_575, r + h), c2: c + w });
      return grid;
    };
    return build;
  });

/** The checker's answer without functions or Maps, for comparing. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)));

describe('the header finder', () => {
  test('never throws, answers the same twice (and for an equal grid), and its answer is well formed', () => {
    fc.assert(
      fc.property(gridArb, (build) => {
        const grid = build();
        const a = findHeader(grid, new MergeIndex(grid), DEFAULT_PROFILE);
        expect(plain(findHeader(grid, new MergeIndex(grid), DEFAULT_PROFILE))).toEqual(plain(a));
        const other = build();
        expect(plain(findHeader(other, new MergeIndex(other), DEFAULT_PROFILE))).toEqual(plain(a));
        if (a) {
          expect(a.row).toBeLessThan(HEADER_SEARCH_ROWS);
          expect(a.lastRow).toBeGreaterThanOrEqual(a.row);
          expect(a.firstCol).toBeLessThanOrEqual(a.lastCol);
          expect(a.columns.size).toBeGreaterThanOrEqual(3);
          for (const cols of a.columns.values()) {
            expect(cols.length).toBeGreaterThan(0);
            expect([...cols].sort((x, y) => x - y)).toEqual(cols);
            for (const c of cols) expect(c >= a.firstCol && c <= a.lastCol).toBe(true);
          }
        }
        // The whole check of such a sheet, too.
        const report = checkSheet(grid);
        expect(plain(checkSheet(build()))).toEqual(plain(report));
        expect(['roadmap', 'indicators', 'other']).toContain(report.kind);
        for (const f of report.findings) {
          expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
          expect(typeof f.message).toBe('string');
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('a standard header under any title junk is found in its row, each field in its column', () => {
    const fields = ['number', 'name', 'deadline', 'responsible', 'result'] as const;
    const words = { number: '№ п/п', name: 'Наименование мероприятия', deadline: 'Срок исполнения', responsible: 'Ответственный', result: 'Ожидаемый результат' };
    fc.assert(
      fc.property(
        fc.nat(HEADER_SEARCH_ROWS - 2),
        fc.shuffledSubarray([...fields], { minLength: 5, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(HEADER_SEARCH_ROWS), fc.nat(6), fc.constantFrom(...JUNK)), { maxLength: 30 }),
        (headerRow, order, junk) => {
          const grid = new Grid('План');
          for (const [r, c, value] of junk) if (r < headerRow && value) grid.set(r, c, { value });
          order.forEach((field, c) => grid.set(headerRow, c, { value: words[field] }));
          grid.set(headerRow + 1, 0, { value: 'Совещание' });
          const found = findHeader(grid, new MergeIndex(grid), DEFAULT_PROFILE);
          expect(found?.row).toBe(headerRow);
          order.forEach((field, c) => expect(found!.columns.get(field)?.[0]).toBe(c));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the indicator table finder', () => {
  test('never throws and answers the same twice', () => {
    fc.assert(
      fc.property(gridArb, (build) => {
        const a = findIndicatorTable(build());
        expect(plain(findIndicatorTable(build()))).toEqual(plain(a));
        if (a) for (const row of a.rows) expect(typeof row.name).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the number reader', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.constantFrom('1', '23', '456', ' ', '\u00a0', ',', '.', '-', '+', '\u2212', '%', 'чел.', 'ед', 'руб.', 'e5', 'Infinity', 'NaN', '0x1F'), { maxLength: 12 }).map((p) => p.join('')),
  );

  test('parseNumberText never throws, answers the same twice, and a number it finds is finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const a = parseNumberText(text);
        expect(parseNumberText(text)).toEqual(a);
        if (a) {
          expect(Number.isFinite(a.value)).toBe(true);
          expect(typeof a.unit).toBe('string');
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('reads back what people type: digit groups, a decimal comma, a sign, a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999_999, max: 999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        fc.constantFrom(' ', '\u00a0', '\u202f', ''),
        fc.constantFrom('', ' чел.', 'чел', ' %', ' ед.', ' руб.'),
        (n, decimals, group, unit) => {
          const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
          const text = `${n < 0 ? '-' : ''}${digits}${decimals === undefined ? '' : `,${String(decimals).padStart(2, '0')}`}${unit}`;
          const parsed = parseNumberText(text);
          const expected = n < 0 ? n - (decimals ?? 0) / 100 : n + (decimals ?? 0) / 100;
          expect(parsed?.value).toBeCloseTo(expected, 6);
          expect(parsed?.unit).toBe(unit.trim());
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('readValue never throws, answers the same twice, and a number is finite', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), cellArb, anyText.map((value) => ({ value })), fc.double().map((value) => ({ value, format: '0%' }))), (cell) => {
        const a = readValue(cell);
        expect(readValue(cell)).toEqual(a);
        expect(['empty', 'text', 'number']).toContain(a.kind);
        if (a.kind === 'number') expect(Number.isFinite(a.value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('texts of Excel\'s full length', () => {
  const long = (piece: fc.Arbitrary<string>) => fc.tuple(piece, fc.nat(50)).map(([p, k]) => (p || 'x').repeat(Math.ceil((32_767 - k) / Math.max(1, (p || 'x').length))).slice(0, 32_767 - k));
  const pieces = fc.oneof(
    fc.constantFrom('1', '1 ', '1,', '1 2', 'а', 'до ', 'I ', '2023-', 'сентябрь ', '10.09.', 'кв. ', '-//- ', ' ', '.', '%', 'чел. '),
    fc.string({ minLength: 1, maxLength: 6 }),
  );

  // How long each takes is measured in `npm run bench` (the «hostile» scenario).
  test('each reader answers a 32 767-character text', () => {
    fc.assert(
      fc.property(long(pieces), (text) => {
        expect(readWithEveryReader(text).kind).toBe('roadmap');
      }),
      { numRuns: Number(process.env.LONG_RUNS ?? 60) },
    );
  });
});
