/**
 * `roadmap-checker consolidate --jobs N`: the schools read N at a time (here and in N - 1 worker
 * threads) give, byte for byte, what the serial run (`--jobs 1`, no worker) gives — JSON, text,
 * the summary workbook, the progress lines and the exit code — on the corpus and on a generated
 * set with unreadable files, a workbook without an indicator table, a file name repeated in two
 * folders, a template and expected schools. How fast it is, is measured in `npm run bench`, never
 * here.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runConsolidate, jobCount } from '../../src/cli/consolidate-command';
import { SchoolPool } from '../../src/cli/school-pool';
import { CORPUS_DIR } from '../support/corpus';
import { captureIo } from '../support/memory-io';
import { schoolBook } from '../../bench/generate';

// Each worker started from the TypeScript sources compiles them (ts-node): seconds on a busy machine.
jest.setTimeout(180_000);

interface Run {
  code: number;
  out: string;
  err: string;
  summary: Buffer | null;
}

/** One run of the command; the summary workbook (when --out is given) is kept in memory. */
async function consolidate(args: string[]): Promise<Run> {
  const io = captureIo();
  const code = await runConsolidate(args, io);
  const out = args.indexOf('--out');
  const summary = out >= 0 ? io.written.get(args[out + 1]) : undefined;
  return { code, out: io.out, err: io.err, summary: summary ? Buffer.from(summary) : null };
}

/** The serial run and the runs in `jobs` workers, compared whole. */
async function expectSameOutput(args: string[], jobs: number[]): Promise<Run> {
  const sent = jest.spyOn(SchoolPool.prototype, 'read');
  const serial = await consolidate(['--jobs', '1', ...args]);
  expect(sent).not.toHaveBeenCalled();
  for (const n of jobs) {
    sent.mockClear();
    const parallel = await consolidate(['--jobs', String(n), ...args]);
    // The files were parsed in the workers, not here.
    expect(sent).toHaveBeenCalled();
    expect({ jobs: n, code: parallel.code, err: parallel.err }).toEqual({ jobs: n, code: serial.code, err: serial.err });
    expect(parallel.out).toBe(serial.out);
    if (serial.summary) expect(parallel.summary!.equals(serial.summary)).toBe(true);
  }
  sent.mockRestore();
  return serial;
}

describe('the corpus schools', () => {
  const dir = path.join(CORPUS_DIR, 'schools');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(dir, f));

  test('JSON and the summary workbook: --jobs 3 as --jobs 1', async () => {
    const serial = await expectSameOutput(['--format', 'json', '--out', '/virtual/svod.xlsx', ...files], [3]);
    expect(JSON.parse(serial.out).schools).toHaveLength(files.length);
    expect(XLSX.read(serial.summary!, { type: 'buffer' }).SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
  });

  test('text in English, with the first school as the template file', async () => {
    await expectSameOutput(['--lang', 'en', '--template', files[0], ...files.slice(1)], [2]);
  });
});

describe('a generated set: 150 schools, broken files among them', () => {
  let dir: string;
  let files: string[];
  let expected: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-jobs-'));
    const write = (name: string, bytes: Uint8Array | string) => {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      return file;
    };
    files = Array.from({ length: 150 }, (_, i) => write(`school-${String(i + 1).padStart(3, '0')}.xlsx`, schoolBook(i)));
    const noTable = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(noTable, XLSX.utils.aoa_to_sheet([['Пояснительная записка'], ['Показатели будут направлены позже']]), 'Записка');
    // Each broken file in its place: the order of the output must not depend on which worker finished first.
    files.splice(3, 0, write('cut.xlsx', schoolBook(3).subarray(0, 900)));
    files.splice(40, 0, write('empty.xlsx', ''), write('letter.xlsx', 'Уважаемые коллеги!'));
    const folder = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(folder);
    files.splice(77, 0, path.join(dir, 'missing.xlsx'), folder);
    files.splice(100, 0, write('no-table.xlsx', new Uint8Array(XLSX.write(noTable, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)));
    files.push(write('north/school-001.xlsx', schoolBook(500)));
    expected = write('expected.txt', ['МАОУ СОШ № 1', 'МАОУ СОШ № 77', 'МАОУ СОШ № 149', 'МАОУ СОШ № 999'].join('\n'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('JSON and the summary workbook: --jobs 2 as --jobs 1', async () => {
    const serial = await expectSameOutput(['--format', 'json', '--expected-schools', expected, '--out', '/virtual/svod.xlsx', ...files], [2]);
    expect(serial.code).toBe(2);
    const json = JSON.parse(serial.out) as { schools: Array<{ file: string; status: string; error: { code: string } | null }> };
    expect(json.schools).toHaveLength(files.length);
    expect(json.schools.filter((s) => s.status !== 'ok').map((s) => [s.file, s.status, s.error?.code ?? null])).toEqual([
      ['cut.xlsx', 'unreadable', 'file-corrupt'],
      ['empty.xlsx', 'unreadable', 'file-empty'],
      ['letter.xlsx', 'unreadable', 'file-not-workbook'],
      ['missing.xlsx', 'unreadable', 'file-not-found'],
      ['folder.xlsx', 'unreadable', 'file-not-readable'],
      ['no-table.xlsx', 'no-table', null],
    ]);
    expect(json.schools.at(-1)!.file).toBe('north/school-001.xlsx');
  });

  test('text, with the progress lines in file order', async () => {
    const serial = await expectSameOutput(files, [3]);
    expect(serial.err.trim().split('\n').at(-1)).toBe(`[${files.length}/${files.length}] school-001.xlsx`);
  });
});

describe('how many files are read at a time', () => {
  test('as many as asked, never more than the files; --jobs 1 reads one at a time, with no worker', () => {
    expect(jobCount(3, 500, 2)).toBe(3);
    expect(jobCount(8, 5, 2)).toBe(5);
    expect(jobCount(1, 500, 8)).toBe(1);
  });

  test('by default one per core, when each has enough files to pay for starting a worker', () => {
    expect(jobCount(undefined, 2000, 8)).toBe(8);
    expect(jobCount(undefined, 2000, 2)).toBe(2);
    expect(jobCount(undefined, 200, 8)).toBe(4);
    expect(jobCount(undefined, 60, 8)).toBe(1);
    expect(jobCount(undefined, 1, 1)).toBe(1);
  });

  test.each([['0'], ['-2'], ['two'], ['1.5'], ['']])('--jobs %p is refused (exit 2)', async (value) => {
    const io = captureIo();
    expect(await runConsolidate(['--jobs', value, 'a.xlsx'], io)).toBe(2);
    expect(io.err).toMatch(/--jobs/);
  });
});
