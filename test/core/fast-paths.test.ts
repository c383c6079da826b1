/**
 * The engine's fast paths answer exactly as the plain definitions they replace: the grid's sorted
 * rows against a map of cells, the ditto test's character pre-check against the bare pattern, and
 * the findings order against the regex-based column comparison.
 */
import fc from 'fast-check';
import { columnLetter } from '../../src/core/address';
import { compareFindings, SEVERITY_RANK, type Finding } from '../../src/core/findings';
import { Grid, type Cell } from '../../src/core/grid';
import { numberParts } from '../../src/core/roadmap/model';
import { isDitto, normalize } from '../../src/core/text';

describe('Grid', () => {
  it('keeps rows sorted by column whatever order cells are set in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer()), { maxLength: 300 }),
        (ops) => {
          const grid = new Grid('g');
          const model = new Map<string, Cell>();
          for (const [r, c, v] of ops) {
            const cell = { value: v };
            grid.set(r, c, cell);
            model.set(`${r},${c}`, cell);
          }
          for (const [key, cell] of model) {
            const [r, c] = key.split(',').map(Number);
            expect(grid.get(r, c)).toBe(cell);
          }
          expect(grid.get(41, 0)).toBeUndefined();
          expect(grid.get(0, 31)).toBeUndefined();
          expect(grid.cellCount).toBe(model.size);
          const rows = [...new Set([...model.keys()].map((k) => Number(k.split(',')[0])))].sort((a, b) => a - b);
          expect(grid.rowIndices()).toEqual(rows);
          for (const r of rows) {
            const expected = [...model]
              .filter(([k]) => Number(k.split(',')[0]) === r)
              .map(([k, cell]) => [Number(k.split(',')[1]), cell] as [number, Cell])
              .sort((a, b) => a[0] - b[0]);
            expect(grid.rowCells(r)).toEqual(expected);
          }
        },
      ),
    );
  });

  it('finds cells in a wide row by bisection', () => {
    const grid = new Grid('wide');
    for (let c = 16383; c >= 0; c -= 3) grid.set(0, c, { value: c });
    expect(grid.get(0, 16383)).toEqual({ value: 16383 });
    expect(grid.get(0, 16382)).toBeUndefined();
    expect(grid.get(0, 3)).toEqual({ value: 3 });
    expect(grid.get(0, 2)).toBeUndefined();
    expect(grid.rowCells(0)).toHaveLength(5462);
    expect(grid.rowCells(0)[0][0]).toBe(0);
  });
});

describe('isDitto', () => {
  const plain = (text: string) => /^(-\s*\/\/\s*-|\/\/|-\s*"\s*-|"|''|то же|тоже|то же самое)$/.test(normalize(text));
  const pieces = ['-', '—', '–', '/', '//', '"', '«', '»', "'", ' ', '\u00a0', '\u200b', '\t', 'то', 'ТО', 'же', 'Же', 'самое', 'ё', 'x', 'а', 'м'];

  it('answers as the pattern on normalised text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(isDitto(text)).toBe(plain(text));
      }),
      { numRuns: 3000 },
    );
    for (const t of ['-//-', ' -"- ', '«»', '"', 'То же', 'ТО ЖЕ САМОЕ', 'тоже', "''", '—//—', 'Иванов']) expect(isDitto(t)).toBe(plain(t));
  });
});

describe('compareFindings', () => {
  const columnOf = (cell: string) => {
    const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
    let n = 0;
    for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  };
  const reference = (a: Finding, b: Finding) =>
    a.row - b.row || columnOf(a.cell) - columnOf(b.cell) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule);
  const finding = fc.record({
    rule: fc.constantFrom('deadline-vague', 'deadline-missing', 'responsible-missing', 'number-sequence', 'row-fragment'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    sheet: fc.constant('s'),
    row: fc.integer({ min: 1, max: 5 }),
    cell: fc.constantFrom('A1', 'B7', 'Z3', 'AA3', 'AB10', 'XFD1', ''),
    value: fc.constant(''),
    message: fc.constant(''),
  });

  it('orders as the reference comparison', () => {
    fc.assert(
      fc.property(finding, finding, (a, b) => {
        expect(Math.sign(compareFindings(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('numberParts', () => {
  const NUMBERING = /^(\d{1,3}(\.\d{1,3})*)\.?$/;
  const ROMAN = /^([IVXLC]{1,6}|[ІVХ]{1,6})\.?$/;
  const reference = (text: string) => {
    const t = text.trim();
    const m = NUMBERING.exec(t);
    if (m) return m[1].split('.').map(Number);
    return ROMAN.test(t) ? 'roman' : null;
  };

  it('reads numbers as the numbering pattern does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '2', '0', '9', '.', ' ', 'a', '١', 'I', 'V', '12', '123', '1234'), { maxLength: 7 }), (parts) => {
        const text = parts.join('');
        const expected = reference(text);
        const got = numberParts(text);
        if (expected === 'roman') expect(got === null || got.length === 1).toBe(true);
        else expect(got).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('columnLetter', () => {
  it('names columns as the plain computation does', () => {
    const reference = (col: number) => {
      let n = col + 1;
      let s = '';
      while (n > 0) {
        s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
        n = Math.floor((n - 1) / 26);
      }
      return s;
    };
    for (const c of [0, 1, 25, 26, 27, 255, 256, 701, 702, 16383]) expect(columnLetter(c)).toBe(reference(c));
  });
});
