/**
 * `roadmap-checker consolidate`: the corpus end to end, the summary workbook, exit codes and
 * progress, and a second, generated set of 25 school workbooks with other sheet names, header
 * words and defects, each total checked against the generator's own truth.
 */
import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runConsolidate } from '../../src/cli/consolidate-command';
import { processIo, type CliIo } from '../../src/cli/io';
import { consolidate } from '../../src/core/consolidate';
import { writeSummary } from '../../src/workbook/write-summary';
import { grid } from '../core/consolidate/helpers';
import { CORPUS_DIR } from '../support/corpus';

const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const corpusFiles = Array.from({ length: 10 }, (_, i) => path.join(SCHOOLS, `school-${String(i + 1).padStart(2, '0')}.xlsx`));

interface TestIo extends CliIo {
  out: string;
  err: string;
  written: Map<string, Uint8Array>;
}

function testIo(tty = false, extra: Record<string, string | Uint8Array> = {}): TestIo {
  const io: TestIo = {
    out: '',
    err: '',
    written: new Map(),
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    stderrIsTTY: tty,
    readFile: async (p) => {
      if (p in extra) {
        const v = extra[p];
        return typeof v === 'string' ? new TextEncoder().encode(v) : v;
      }
      return new Uint8Array(await fs.readFile(p));
    },
    writeFile: async (p, data) => {
      if (p.includes('/no-such-dir/')) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      io.written.set(p, data);
    },
  };
  return io;
}

interface JsonOut {
  template: { file: string; sheet: string; source: string } | null;
  schools: Array<{ file: string; path: string; name: string; sheet: string | null; status: string; headerRow: number | null; error: { code: string; message: string } | null }>;
  columns: string[];
  indicators: Array<{ number: string; goal: string; name: string; unit: string; aggregate: string; values: Record<string, { value: number | null; n: number }>; bySchool: Record<string, Record<string, number | null>> }>;
  findings: Array<{ file: string; sheet: string; cell: string; row: number | null; rule: string; severity: string; value: string; message: string; indicator: number | null; column: string | null }>;
}

const readBook = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true });
/** «Свод»'s indicator rows (a goal's heading row has no aggregate), in order. */
const indicatorRows = (svod: unknown[][]) => svod.slice(2).filter((row) => ['сумма', 'среднее', 'sum', 'mean'].includes(row[2] as string));

describe('the corpus through the command line', () => {
  let io: TestIo;
  let code: number;
  let json: JsonOut;
  beforeAll(async () => {
    io = testIo();
    code = await runConsolidate(['--format', 'json', '--out', '/tmp/summary.xlsx', ...corpusFiles], io);
    json = JSON.parse(io.out);
  });

  test('exit 1 (an indicator is missing: an error), JSON as docs/spec.md describes', () => {
    expect(code).toBe(1);
    expect(json.schools[0]).toEqual({ file: 'school-01.xlsx', path: corpusFiles[0], name: 'school-01.xlsx', sheet: 'Показатели', status: 'ok', headerRow: 3, error: null });
    expect(json.columns).toEqual(['2023 план', '2023 факт', '2024 план', '2024 факт', '2025 план', '2025 факт']);
    expect(json.indicators[0]).toMatchObject({ number: '1.', goal: 'Сопровождение профессионального самоопределения обучающихся', unit: 'единиц', aggregate: 'sum' });
    expect(json.indicators[0].values['2023 план']).toEqual({ value: 10, n: 10 });
    expect(json.indicators[6].values['2023 план']).toEqual({ value: 50, n: 10 });
    expect(json.indicators[1].bySchool['school-03.xlsx']['2023 план']).toBe(176);
    expect(json.findings.map((f) => `${f.file} ${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      'school-03.xlsx E5 value-number-as-text warning',
      'school-04.xlsx F7 value-not-number warning',
      'school-05.xlsx C3 indicator-missing error',
    ]);
    expect(json.findings[0]).toMatchObject({ sheet: 'Показатели', row: 5, value: '176 чел.', indicator: 1, column: '2023 план' });
  });

  test('plain progress lines on a non-terminal', () => {
    expect(io.err.split('\n').filter(Boolean)).toEqual(corpusFiles.map((f, i) => `[${i + 1}/10] ${path.basename(f)}`));
  });

  test('the summary workbook: «Свод», «Источники», «Замечания»', () => {
    const book = readBook(io.written.get('/tmp/summary.xlsx')!);
    expect(book.SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
    const svod = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Свод'], { header: 1, defval: null });
    // It opens on the totals: the indicator, its unit and aggregate, then per column the total and its schools.
    expect(svod[0].slice(0, 4)).toEqual(['Наименование показателя', 'Единицы измерения', 'Свод', 'Итого по всем школам']);
    expect(svod[1].slice(3, 7)).toEqual(['2023 план', '2023 план: школ', '2023 факт', '2023 факт: школ']);
    // Then one block per school: school-01's block begins after 6 × 2 total columns.
    expect(svod[0][3 + 12]).toBe('school-01.xlsx');
    // Each goal heads its indicators.
    expect(svod[2].slice(0, 4)).toEqual([`1. ${json.indicators[0].goal}`, null, null, null]);
    expect(svod[3].slice(0, 5)).toEqual([json.indicators[0].name, 'единиц', 'сумма', 10, 10]);
    const rows = indicatorRows(svod);
    expect(rows).toHaveLength(json.indicators.length);
    json.indicators.forEach((ind, k) => {
      json.columns.forEach((col, j) => {
        expect(rows[k][3 + 2 * j]).toEqual(ind.values[col].value);
        expect(rows[k][4 + 2 * j]).toBe(ind.values[col].n);
      });
      expect(rows[k][15]).toEqual(ind.bySchool['school-01.xlsx']['2023 план']);
    });
    const sources = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Источники']);
    expect(sources).toHaveLength(815);
    expect(sources).toContainEqual(
      expect.objectContaining({ Школа: 'school-03.xlsx', Файл: 'school-03.xlsx', Лист: 'Показатели', Ячейка: 'E5', Столбец: '2023 план', Значение: 176, 'Текст в ячейке': '176 чел.', 'В своде': 'да' }),
    );
    const remarks = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Замечания']);
    expect(remarks.map((r) => [r['Файл'], r['Лист'], r['Ячейка'], r['Правило'], r['Важность']])).toEqual([
      ['school-03.xlsx', 'Показатели', 'E5', 'value-number-as-text', 'предупреждение'],
      ['school-04.xlsx', 'Показатели', 'F7', 'value-not-number', 'предупреждение'],
      ['school-05.xlsx', 'Показатели', 'C3', 'indicator-missing', 'ошибка'],
    ]);
  });

  test('the text format lists totals and findings', async () => {
    const t = testIo();
    expect(await runConsolidate(['consolidate', ...corpusFiles], t)).toBe(1);
    expect(t.out).toContain('Свод: файлов 10, в своде 10; шаблон — school-01.xlsx, лист «Показатели»');
    expect(t.out).toContain('2023 план: 10 (10 шк.)');
    expect(t.out).toContain('Замечания (3): ошибок 1, предупреждений 2');
    expect(t.out).toContain('school-03.xlsx  Показатели!E5  предупр.  value-number-as-text: Число записано текстом');
    const en = testIo();
    await runConsolidate(['--lang', 'en', ...corpusFiles], en);
    expect(en.out).toContain('Findings (3): 1 errors, 2 warnings');
  });
});

describe('text from a school is written as text, never as a formula', () => {
  const risky = ['=SUM(E4:E9)', '+7 (912) 000', '@школа'];
  const school = (p: string, rows: Array<[string, unknown[]]>) => ({
    path: p,
    sheets: [grid('Л', [['Показатель', 'Ед. изм.', 'План 2024', 'Факт 2024', 'Примечание'], ...rows.map(([name, values]) => [name, 'чел.', ...(values as never[])])])],
  });
  const link = '=HYPERLINK("http://example.com","x")';

  test('every string cell of the summary is type s with no formula', () => {
    const result = consolidate([
      school('=a.xlsx', [[link, [1, 2]]]),
      school('b.xlsx', [[link, ['=SUM(E4:E9)', '+7 (912) 000']]]),
      school('c.xlsx', [[link, ['-5 чел', 3, '=1+1']], ['@школа', [1, 1]]]),
    ]);
    const book = readBook(writeSummary(result));
    let seen = 0;
    for (const name of book.SheetNames) {
      const ws = book.Sheets[name];
      for (const [address, cell] of Object.entries(ws)) {
        if (address.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f).toBeUndefined();
        if (typeof c.v === 'string' && /^[=+\-@]/.test(c.v)) {
          expect(c.t).toBe('s');
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6);
    const svod = book.Sheets['Свод'];
    expect(svod['A3']).toMatchObject({ t: 's', v: link });
    expect(svod['A3'].f).toBeUndefined();
    const sources = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Источники']);
    expect(sources.map((s) => s['Текст в ячейке'])).toEqual(expect.arrayContaining(['=SUM(E4:E9)', '+7 (912) 000', '-5 чел']));
    const b = book.Sheets['Источники'];
    const sumCell = Object.entries(b).find(([, c]) => (c as XLSX.CellObject).v === '=SUM(E4:E9)')![1] as XLSX.CellObject;
    expect(sumCell.t).toBe('s');
    expect(sumCell.f).toBeUndefined();
    for (const v of risky) expect(JSON.stringify(book.Sheets['Замечания'])).toContain(JSON.stringify(v).slice(1, -1));
  });
});

describe('arguments and files that cannot be used: exit 2', () => {
  const one = corpusFiles.slice(0, 2);
  test.each([
    [['--format', 'xml', ...one], /^roadmap-checker consolidate: --format принимает text или json, а не «xml»\nСправка: roadmap-checker consolidate --help\n$/],
    [['--bogus', ...one], /неизвестный параметр --bogus; есть: --profile, --template, --expected-schools, --out, --format, --jobs, --lang, --help/],
    [[], /не указаны файлы школ/],
    [['--out'], /после --out нужно значение \(SUMMARY\.xlsx\)/],
    [['--out', 'svod.csv', ...one], /--out: свод пишется книгой \.xlsx; укажите имя с расширением \.xlsx, а не «svod\.csv»/],
    [['--lang', 'en', '--bogus', ...one], /unknown option --bogus/],
    [['--profile', '/nonexistent/profile.json', ...one], /профиль \/nonexistent\/profile\.json не прочитан: файл не найден/],
    [['--profile', 'bad-profile.json', ...one], /профиль bad-profile\.json не подходит:\n {2}name: ожидалось: непустая строка — название профиля; а здесь пустая строка ""\. Пример: "Профиль Калужской области"\n/],
    [['--profile', 'not-json.json', ...one], /профиль not-json\.json не подходит:\n {2}файл профиля — не JSON: ошибка в строке 1, столбце 2\./],
    [['--template', '/nonexistent/form.xlsx', ...one], /шаблон \/nonexistent\/form.xlsx: Файл не найден/],
    [['--template', 'empty-form.xlsx', ...one], /в шаблоне empty-form.xlsx нет таблицы показателей/],
    [['--expected-schools', 'bad.json', ...one], /список школ не прочитан bad\.json: ожидались названия школ/],
  ])('%j', async (argv, message) => {
    const emptyBook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(emptyBook, XLSX.utils.aoa_to_sheet([['Пустая форма']]), 'Л');
    const io = testIo(false, {
      'bad-profile.json': JSON.stringify({ name: '' }),
      'not-json.json': '{',
      'empty-form.xlsx': new Uint8Array(XLSX.write(emptyBook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'bad.json': '[1, 2]',
    });
    expect(await runConsolidate(argv as string[], io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  test('--help prints the usage and exits 0, in Russian unless English is asked for', async () => {
    const io = testIo();
    expect(await runConsolidate(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Запуск: roadmap-checker consolidate \[--profile FILE\] \[--template FILE\] \[--expected-schools FILE\] \[--out SUMMARY\.xlsx\] \[--format text\|json\] \[--jobs N\] \[--lang ru\|en\] FILE\.\.\./);
    expect(io.out).toContain('  --out SUMMARY.xlsx       записать книгу свода');
    const en = testIo();
    expect(await runConsolidate(['-h', '--lang=en'], en)).toBe(0);
    expect(en.out).toContain('Usage: roadmap-checker consolidate');
  });

  test('an unreadable school is reported in its place and the rest still consolidated', async () => {
    const io = testIo(false, { 'broken.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'notes.xlsx': 'just text' });
    const code = await runConsolidate(['--format=json', corpusFiles[0], 'broken.xlsx', '/nonexistent/school.xlsx', 'notes.xlsx', corpusFiles[1]], io);
    expect(code).toBe(2);
    const json: JsonOut = JSON.parse(io.out);
    expect(json.schools.map((s) => [s.file, s.status, s.error?.code ?? null])).toEqual([
      ['school-01.xlsx', 'ok', null],
      ['broken.xlsx', 'unreadable', 'file-corrupt'],
      ['school.xlsx', 'unreadable', 'file-not-found'],
      ['notes.xlsx', 'unreadable', 'file-not-workbook'],
      ['school-02.xlsx', 'ok', null],
    ]);
    expect(json.schools[2].error?.message).toBe('Файл не найден. Проверьте имя и папку.');
    expect(json.indicators[0].values['2023 план']).toEqual({ value: 2, n: 2 });
  });

  test('a summary whose folder cannot take it: exit 2 before anything is read or printed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rc-out-'));
    try {
      const folder = path.join(dir, 'svod.xlsx');
      await fs.mkdir(folder);
      for (const [out, reason] of [
        [path.join(dir, 'no-such-dir', 'x.xlsx'), 'такой папки нет'],
        [folder, 'это папка, а не файл'],
      ]) {
        const io = testIo();
        io.prepareOutputFile = processIo.prepareOutputFile;
        let read = 0;
        io.readFile = async () => {
          read++;
          return new Uint8Array();
        };
        expect(await runConsolidate(['--out', out, corpusFiles[0]], io)).toBe(2);
        expect(io.err).toBe(`roadmap-checker consolidate: свод нельзя записать в ${out}: ${reason}\n`);
        expect(io.out).toBe('');
        expect(read).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a summary that fails while it is written (the disk filled up) exits 2 after printing the result', async () => {
    const io = testIo();
    expect(await runConsolidate(['--out', '/no-such-dir/x.xlsx', corpusFiles[0]], io)).toBe(2);
    expect(io.err).toContain('свод не записан /no-such-dir/x.xlsx');
    expect(io.out).toContain('Свод: файлов 1');
  });

  test('no error finding exits 0', async () => {
    const io = testIo();
    expect(await runConsolidate(corpusFiles.slice(0, 4), io)).toBe(0);
  });
});

test('a progress bar on a terminal for many files, cleared at the end', async () => {
  const io = testIo(true);
  await runConsolidate(corpusFiles, io);
  expect(io.err).toContain('\r\x1b[K[###...........................] 1/10 school-01.xlsx');
  expect(io.err).toContain('[##############################] 10/10 school-10.xlsx');
  expect(io.err.endsWith('\r\x1b[K')).toBe(true);
  expect(io.err).not.toContain('\n');
  const few = testIo(true);
  await runConsolidate(corpusFiles.slice(0, 2), few);
  expect(few.err).toBe('');
});

// ---------------------------------------------------------------------------------------------
// A generated set: 25 schools, other sheet names and words, other defects, one unreadable file.

const INDICATORS = [
  { name: 'Количество обучающихся 1-11 классов', unit: 'человек', units: ['человек', 'чел.', 'Человек'], percent: false },
  { name: 'Количество педагогов, прошедших повышение квалификации', unit: 'человек', units: ['чел.', 'человек'], percent: false },
  { name: 'Доля обучающихся, охваченных дополнительным образованием', unit: '%', units: ['%', 'процентов'], percent: true },
  { name: 'Количество кружков и секций', unit: 'единиц', units: ['ед.', 'единиц', 'шт.'], percent: false },
  { name: 'Количество призёров олимпиад', unit: 'человек', units: ['человек', 'чел'], percent: false },
];
const COLUMNS = ['на 01.01.2024', '2024 план', '2024 факт'];
const HEADER_WORDS = {
  name: ['Показатель', 'Наименование показателя', 'Наименование индикатора', 'Целевой показатель'],
  unit: ['Ед. изм.', 'Единицы измерения', 'Единица измерения', 'ед.изм'],
  'на 01.01.2024': ['на 01.01.2024', 'Значение на 01.01.2024', 'Базовое значение на 1.1.2024'],
  '2024 план': ['План 2024', '2024 план', 'план на 2024 год', 'Плановое значение 2024'],
  '2024 факт': ['2024 (факт)', 'Факт 2024', '2024 факт', 'Фактическое значение 2024 г.'],
} as Record<string, string[]>;
const SHEET_NAMES = ['Показатели', 'Лист1', 'Отчёт', 'Форма 1', 'Данные'];
const usedHeaderWords = new Set<string>();

/** A deterministic generator (mulberry32), so the set is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

interface Flag {
  rule: string;
  indicator: number | null;
  column: string | null;
  cell?: string;
}

interface GeneratedSchool {
  file: string;
  name: string;
  unreadable: boolean;
  flags: Flag[];
  /** The value each (indicator, column) must contribute, or absent. */
  counted: Map<string, number>;
}

const truthKey = (ind: number, col: string) => `${ind}|${col}`;

/** Writes school i's workbook (1-based) and returns its truth. */
function generateSchool(i: number): { school: GeneratedSchool; bytes: Uint8Array } {
  const rand = rng(1000 + i);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const file = `sosh-${String(i).padStart(2, '0')}.xlsx`;
  const name = `МОУ СОШ № ${i}`;
  const school: GeneratedSchool = { file, name, unreadable: false, flags: [], counted: new Map() };
  if (i === 13) {
    school.unreadable = true;
    return { school, bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 9, 9, 9]) };
  }

  const twoRowHeader = i === 25;
  let columns = i === 11 ? COLUMNS.filter((c) => c !== '2024 факт') : [...COLUMNS];
  if (!twoRowHeader) columns = shuffle(columns, rand);
  const withNumber = i % 2 === 0;
  const withGoal = i % 3 === 0;
  const layout: string[] = [...(withNumber ? ['number'] : []), ...(withGoal ? ['goal'] : []), 'name', 'unit', ...columns];
  if (i === 9) layout.push('note');
  const colOf = (what: string) => layout.indexOf(what);

  // A title naming the school, then blank rows: the header one to four rows down.
  const aoa: unknown[][] = [];
  if (i % 3 === 0) aoa.push([`Сведения о выполнении показателей: ${name}`]);
  else if (i % 3 === 1) aoa.push(['Сведения о выполнении показателей'], [name], []);
  else aoa.push([name], [], [], []);
  const merges: XLSX.Range[] = [];
  const headerRow = aoa.length;

  if (twoRowHeader) {
    aoa.push(layout.map((w) => (w === 'name' ? 'Показатель' : w === 'unit' ? 'Ед. изм.' : w === 'на 01.01.2024' ? 'на 01.01.2024' : w === 'number' ? '№' : w === '2024 план' ? '2024 год' : null)));
    aoa.push(layout.map((w) => (w === '2024 план' ? 'план' : w === '2024 факт' ? 'факт' : null)));
    for (const w of ['number', 'name', 'unit', 'на 01.01.2024']) {
      const c = colOf(w);
      if (c >= 0) merges.push({ s: { r: headerRow, c }, e: { r: headerRow + 1, c } });
    }
    merges.push({ s: { r: headerRow, c: colOf('2024 план') }, e: { r: headerRow, c: colOf('2024 факт') } });
  } else {
    const words = layout.map((w) => (w === 'number' ? '№ п/п' : w === 'goal' ? 'Наименование цели' : w === 'note' ? 'Примечание' : pick(HEADER_WORDS[w])));
    words.forEach((w) => usedHeaderWords.add(w));
    aoa.push(words);
  }
  const firstDataRow = aoa.length;

  // Rows: every indicator (less one for school 19), shuffled for some, plus extras for defects.
  let rows: Array<{ ind: number | null; name: string; unit: string; duplicate?: boolean }> = INDICATORS.map((ind, k) => ({
    ind: k,
    name: i % 5 === 0 && k === 1 ? ind.name.toUpperCase().replace(', ', ' , ') : ind.name,
    unit: i === 7 && k === 2 ? 'чел.' : pick(ind.units),
  }));
  if (i === 19) rows = rows.filter((r) => r.ind !== 4);
  if (i % 4 === 1) rows = shuffle(rows, rand);
  if (i === 9) rows.splice(rows.findIndex((r) => r.ind === 1) + 2, 0, { ind: 1, name: INDICATORS[1].name, unit: 'чел.', duplicate: true });
  if (i === 21) rows.push({ ind: null, name: 'Количество медалистов', unit: 'человек' });

  rows.forEach((row, idx) => {
    const r = firstDataRow + idx;
    const line: unknown[] = layout.map(() => null);
    if (withNumber) line[colOf('number')] = `${idx + 1}.`;
    if (withGoal) line[colOf('goal')] = idx === 0 ? 'Развитие общего образования' : null;
    line[colOf('name')] = row.name;
    line[colOf('unit')] = row.unit;
    for (const col of columns) {
      const c = colOf(col);
      const address = XLSX.utils.encode_cell({ r, c });
      const k = row.ind;
      const percent = k !== null && INDICATORS[k].percent;
      let value = percent ? 5 + Math.floor(rand() * 90) : 1 + Math.floor(rand() * 400);
      let cell: XLSX.CellObject = { t: 'n', v: value };
      let counts = true;
      const defectCell =
        (i === 3 && k === 0 && col === '2024 план') ||
        (i === 5 && k === 2 && col === '2024 факт') ||
        (i === 15 && k === 3 && col === '2024 план') ||
        (i === 17 && k === 0 && col === 'на 01.01.2024');
      // Some cells left empty or dashed: no value, never a zero.
      if (!defectCell && (i + idx + c) % 11 === 0) {
        line[c] = (i + idx) % 2 ? '-' : null;
        continue;
      }
      if (i === 3 && k === 0 && col === '2024 план') {
        value = -7;
        cell = { t: 'n', v: value };
        school.flags.push({ rule: 'value-negative', indicator: 0, column: col, cell: address });
      }
      if (i === 5 && k === 2 && col === '2024 факт') {
        value = 140;
        cell = { t: 'n', v: value };
        school.flags.push({ rule: 'value-percent-out-of-range', indicator: 2, column: col, cell: address });
      }
      if (i === 15 && k === 3 && col === '2024 план') {
        cell = { t: 's', v: `${value} ед.` };
        school.flags.push({ rule: 'value-number-as-text', indicator: 3, column: col, cell: address });
      }
      if (i === 17 && k === 0 && col === 'на 01.01.2024') {
        cell = { t: 's', v: 'нет данных' };
        counts = false;
        school.flags.push({ rule: 'value-not-number', indicator: 0, column: col, cell: address });
      }
      if (i === 23 && percent) cell = { t: 'n', v: value / 100, z: '0%' };
      if (i === 24 && k === 4) cell = { t: 'n', v: value, f: `${value - 1}+1` };
      if (i === 7 && k === 2) counts = false; // unit «чел.» against «%»: the row is left out
      if (row.duplicate || k === null) counts = false;
      line[c] = cell;
      if (counts && k !== null) school.counted.set(truthKey(k, col), value);
    }
    if (i === 9 && colOf('note') >= 0) line[colOf('note')] = '=нет';
    aoa.push(line);
    if (row.duplicate) school.flags.push({ rule: 'indicator-duplicate', indicator: 1, column: null, cell: XLSX.utils.encode_cell({ r, c: colOf('name') }) });
    if (row.ind === null) school.flags.push({ rule: 'indicator-unknown', indicator: null, column: null, cell: XLSX.utils.encode_cell({ r, c: colOf('name') }) });
    if (i === 7 && row.ind === 2) school.flags.push({ rule: 'unit-mismatch', indicator: 2, column: null, cell: XLSX.utils.encode_cell({ r, c: colOf('unit') }) });
  });
  if (withGoal) merges.push({ s: { r: firstDataRow, c: colOf('goal') }, e: { r: firstDataRow + rows.length - 1, c: colOf('goal') } });
  aoa.push([], [null, 'Директор ____________ /подпись/']);
  if (i === 11) school.flags.push({ rule: 'value-column-missing', indicator: null, column: '2024 факт' });
  if (i === 19) school.flags.push({ rule: 'indicator-missing', indicator: 4, column: null });

  const ws = XLSX.utils.aoa_to_sheet(aoa);
  if (merges.length) ws['!merges'] = merges;
  const book = XLSX.utils.book_new();
  if (i % 6 === 0) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Пояснительная записка'], ['Текст']]), 'Записка');
  XLSX.utils.book_append_sheet(book, ws, i === 1 ? 'Показатели' : `${SHEET_NAMES[i % SHEET_NAMES.length]}`);
  return { school, bytes: new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer) };
}

describe('a generated set of 25 schools', () => {
  let dir: string;
  let schools: GeneratedSchool[];
  let paths: string[];
  let io: TestIo;
  let code: number;
  let json: JsonOut;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rc-consolidate-'));
    schools = [];
    paths = [];
    for (let i = 1; i <= 25; i++) {
      const { school, bytes } = generateSchool(i);
      const p = path.join(dir, school.file);
      await fs.writeFile(p, bytes);
      schools.push(school);
      paths.push(p);
    }
    const expectedList = path.join(dir, 'expected.txt');
    await fs.writeFile(expectedList, ['# schools of the district', ...schools.map((s) => s.name), 'МОУ СОШ № 26', ''].join('\n'));
    io = testIo();
    code = await runConsolidate(['--format', 'json', '--expected-schools', expectedList, '--out', path.join(dir, 'svod.xlsx'), ...paths], io);
    json = JSON.parse(io.out);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** The summary's index of generator indicator k. */
  const at = (k: number) => json.indicators.findIndex((x) => x.name === INDICATORS[k].name);

  test('exit 2: one file is unreadable, reported in its place; the 24 others consolidated', () => {
    expect(code).toBe(2);
    expect(json.schools).toHaveLength(25);
    expect(json.schools[12]).toMatchObject({ file: 'sosh-13.xlsx', status: 'unreadable', error: { code: 'file-corrupt' } });
    expect(json.schools.filter((s) => s.status === 'ok')).toHaveLength(24);
    expect(json.template).toEqual({ file: 'sosh-01.xlsx', sheet: 'Показатели', source: 'school' });
    // The template's order (school 1 shuffled its columns and rows).
    expect([...json.columns].sort()).toEqual([...COLUMNS].sort());
    expect(json.indicators.map((x) => x.name).sort()).toEqual(INDICATORS.map((x) => x.name).sort());
  });

  test('the table is found on any sheet, under any title, with any header words', () => {
    expect([...usedHeaderWords].sort()).toEqual(expect.arrayContaining(Object.values(HEADER_WORDS).flat().sort()));
    for (const s of json.schools) {
      if (s.status !== 'ok') continue;
      const i = Number(s.file.slice(5, 7));
      expect(s.sheet).toBe(i === 1 ? 'Показатели' : SHEET_NAMES[i % SHEET_NAMES.length]);
      expect(s.name).toBe(`МОУ СОШ № ${i}`);
    }
  });

  test('every total is exact', () => {
    expect(INDICATORS.map((_, k) => json.indicators[at(k)].aggregate)).toEqual(['sum', 'sum', 'mean', 'sum', 'sum']);
    INDICATORS.forEach((ind, k) => {
      for (const col of COLUMNS) {
        const given = schools.map((s) => s.counted.get(truthKey(k, col))).filter((v): v is number => v !== undefined);
        const got = json.indicators[at(k)].values[col];
        expect({ k, col, n: got.n }).toEqual({ k, col, n: given.length });
        const sum = given.reduce((a, b) => a + b, 0);
        if (ind.percent) expect(Math.abs((got.value as number) - sum / given.length)).toBeLessThan(1e-9);
        else expect({ k, col, value: got.value }).toEqual({ k, col, value: sum });
      }
    });
  });

  test('every school’s value is its own', () => {
    for (const s of schools) {
      if (s.unreadable) continue;
      INDICATORS.forEach((_, k) => {
        for (const col of COLUMNS) {
          expect({ file: s.file, k, col, v: json.indicators[at(k)].bySchool[s.file]?.[col] ?? null }).toEqual({ file: s.file, k, col, v: s.counted.get(truthKey(k, col)) ?? null });
        }
      });
    }
  });

  test('every school’s defects are reported, and nothing else', () => {
    for (const s of schools) {
      const got = json.findings
        .filter((f) => f.file === s.file)
        .map((f) => ({ rule: f.rule, indicator: f.indicator, column: f.column, ...(f.rule === 'value-column-missing' || f.rule === 'indicator-missing' ? {} : { cell: f.cell }) }));
      const want = s.flags.map((f) => ({ ...f, indicator: f.indicator === null ? null : at(f.indicator) }));
      expect({ file: s.file, findings: got }).toEqual({ file: s.file, findings: expect.arrayContaining(want) });
      expect({ file: s.file, n: got.length }).toEqual({ file: s.file, n: s.flags.length });
    }
    const missing = json.findings.filter((f) => f.rule === 'school-missing').map((f) => f.file);
    expect(missing).toEqual(['МОУ СОШ № 13', 'МОУ СОШ № 26']);
    const severities = Object.fromEntries(json.findings.map((f) => [f.rule, f.severity]));
    expect(severities).toEqual({
      'value-negative': 'error',
      'value-percent-out-of-range': 'error',
      'unit-mismatch': 'error',
      'indicator-duplicate': 'warning',
      'value-column-missing': 'error',
      'value-number-as-text': 'warning',
      'value-not-number': 'warning',
      'indicator-missing': 'error',
      'indicator-unknown': 'warning',
      'school-missing': 'error',
    });
  });

  test('the summary workbook holds the same totals, every source and every finding', () => {
    const book = readBook(io.written.get(path.join(dir, 'svod.xlsx'))!);
    expect(book.SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
    const svod = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Свод'], { header: 1, defval: null });
    const rows = indicatorRows(svod);
    json.indicators.forEach((ind, k) => json.columns.forEach((col, j) => expect(rows[k][3 + 2 * j]).toEqual(ind.values[col].value)));
    // 24 school blocks after the totals.
    expect(svod[0].filter((v) => typeof v === 'string' && v.startsWith('МОУ СОШ'))).toHaveLength(24);
    const remarks = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Замечания']);
    expect(remarks).toHaveLength(json.findings.length + 1);
    // Named relative to the folder the schools came from, not by the absolute path.
    expect(remarks[0]).toMatchObject({ Файл: path.basename(paths[12]), Правило: 'file-corrupt', Важность: 'ошибка' });
    const sources = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Источники']);
    const counted = schools.reduce((n, s) => n + s.counted.size, 0);
    expect(sources.filter((s) => s['В своде'] === 'да')).toHaveLength(counted);
    expect(sources).toContainEqual(expect.objectContaining({ Школа: 'МОУ СОШ № 17', 'Текст в ячейке': 'нет данных', 'В своде': 'нет' }));
  });
});
