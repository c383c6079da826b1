/** `check --annotate OUTDIR`: copies written, the same findings reported, and checked again on the copies. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { main } from '../../src/cli/main';
import { processIo } from '../../src/cli/io';
import { CORPUS_DIR, corpusCases } from '../support/corpus';
import { captureIo } from '../support/memory-io';
import { roadmapXlsx } from '../support/zip-craft';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-annotate-cli-'));

/** Captures what is printed; writes and folders go to the real file system. */
function fsIo() {
  const io = captureIo();
  io.writeFile = processIo.writeFile;
  io.prepareOutputDir = processIo.prepareOutputDir;
  return io;
}

const corpus = [...corpusCases('seeds'), ...corpusCases('variants')].map((c) => c.xlsx);

interface JsonFile {
  file: string;
  error: { code: string } | null;
  sheets: Array<{ name: string; findings: unknown[] }>;
  annotated?: { path: string | null; converted: { from: string; message: { ru: string; en: string } } | null; error: { code: string; message: string } | null };
}

test('on the corpus: the same findings reported, each copy written, and checked again it gives the same findings on the plan\'s sheets', async () => {
  const out = path.join(tmp, 'corpus', 'copies');
  const plain = captureIo();
  const plainCode = await main(['check', '--format', 'json', ...corpus], plain);
  const annotated = fsIo();
  const code = await main(['check', '--format', 'json', '--annotate', out, ...corpus], annotated);
  expect(code).toBe(plainCode);
  const withCopies: JsonFile[] = JSON.parse(annotated.out).files;
  const without: JsonFile[] = JSON.parse(plain.out).files;
  expect(withCopies.map(({ annotated: _copy, ...rest }) => rest)).toEqual(without);

  const copies = withCopies.map((f) => {
    expect(f.annotated).toEqual({ path: path.join(out, path.basename(f.file)), converted: null, error: null });
    return f.annotated!.path!;
  });
  expect(fs.readdirSync(out).sort()).toEqual(corpus.map((f) => path.basename(f)).sort());

  const again = captureIo();
  await main(['check', '--format', 'json', ...copies], again);
  const rechecked: JsonFile[] = JSON.parse(again.out).files;
  rechecked.forEach((copy, i) => {
    expect(copy.error).toBeNull();
    // The original sheets read and check as before: every finding still there, nothing new.
    expect(copy.sheets.slice(0, -1)).toEqual(without[i].sheets);
    // The report sheet comes last. It is not a plan, but it lists plan words (graphs, deadlines,
    // responsibles), so the command line — which, unlike the pane, does not skip sheets named
    // like its own reports — may say its header is missing; what matters is that it adds nothing
    // to the plan's sheets.
    expect(copy.sheets.at(-1)).toMatchObject({ name: 'Замечания', kind: 'other' });
  });
  // Seventeen workbooks checked twice and annotated: seconds, more on a busy machine.
}, 60_000);

test('text: each file\'s copy on a line of its block; an .xls becomes NAME.xlsx and the report says so, in either language', async () => {
  const dir = path.join(tmp, 'text');
  fs.mkdirSync(dir, { recursive: true });
  const book = XLSX.read(roadmapXlsx(), { type: 'array' });
  const xls = path.join(dir, 'школа 5.xls');
  fs.writeFileSync(xls, XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
  const seed = path.join(CORPUS_DIR, 'seeds', 'kaspiysk-psych-ped-classes.xlsx');
  const out = path.join(dir, 'out');

  const ru = fsIo();
  await main(['check', '--annotate', out, seed, xls], ru);
  expect(ru.out).toContain(`  → копия с замечаниями: ${path.join(out, 'kaspiysk-psych-ped-classes.xlsx')}\n`);
  expect(ru.out).toContain(`  → копия с замечаниями: ${path.join(out, 'школа 5.xlsx')}\n    Исходный файл — .xls, а не книга .xlsx: замечания записаны в копию в формате .xlsx.`);
  expect(fs.existsSync(path.join(out, 'школа 5.xlsx'))).toBe(true);

  const en = fsIo();
  await main(['check', '--lang', 'en', '--annotate', out, xls], en);
  expect(en.out).toContain(`  → annotated copy: ${path.join(out, 'школа 5.xlsx')}\n    The original is .xls, not an .xlsx workbook`);
  const copy = XLSX.read(fs.readFileSync(path.join(out, 'школа 5.xlsx')), { type: 'buffer' });
  expect(copy.SheetNames).toEqual(['План', 'Замечания']);
  expect(copy.Sheets['Замечания'].A1.v).toBe('Sheet');
});

test('an OUTDIR that cannot be created or written to: exit 2 before anything is printed or checked', async () => {
  const file = path.join(tmp, 'a-file');
  fs.writeFileSync(file, 'x');
  const seed = path.join(CORPUS_DIR, 'seeds', 'kaspiysk-psych-ped-classes.xlsx');
  for (const outDir of [file, path.join(file, 'below')]) {
    const io = fsIo();
    expect(await main(['check', '--annotate', outDir, seed], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^roadmap-checker check: папку для копий с замечаниями «.*» нельзя создать или в неё нельзя записать \((EEXIST|ENOTDIR)\)\n$/);
  }
  expect(fs.readFileSync(file, 'utf8')).toBe('x');
  // A folder that does not exist yet is created, parents and all.
  const nested = path.join(tmp, 'new', 'deeper');
  expect(await main(['check', '--annotate', nested, seed], fsIo())).toBe(0);
  expect(fs.readdirSync(nested)).toEqual(['kaspiysk-psych-ped-classes.xlsx']);
});

test('an unreadable file is reported in place with no copy; same names get «(2)»; a copy never replaces a checked file', async () => {
  const dir = path.join(tmp, 'batch');
  for (const [sub, name] of [['a', 'plan.xlsx'], ['b', 'PLAN.xlsx']]) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.writeFileSync(path.join(dir, sub, name), roadmapXlsx());
  }
  const bad = path.join(dir, 'broken.xlsx');
  fs.writeFileSync(bad, 'не книга');
  const out = path.join(dir, 'out');
  const io = fsIo();
  expect(await main(['check', '--format', 'json', '--annotate', out, path.join(dir, 'a', 'plan.xlsx'), bad, path.join(dir, 'b', 'PLAN.xlsx')], io)).toBe(2);
  const files: JsonFile[] = JSON.parse(io.out).files;
  expect(files[0].annotated?.path).toBe(path.join(out, 'plan.xlsx'));
  expect(files[1].error?.code).toBe('file-not-workbook');
  expect(files[1].annotated).toBeUndefined();
  expect(files[2].annotated?.path).toBe(path.join(out, 'PLAN (2).xlsx'));
  expect(fs.readdirSync(out).sort()).toEqual(['PLAN (2).xlsx', 'plan.xlsx']);

  // OUTDIR is the folder of the file: its copy would replace it, so it is not written.
  const original = fs.readFileSync(path.join(dir, 'a', 'plan.xlsx'));
  const same = fsIo();
  expect(await main(['check', '--annotate', path.join(dir, 'a'), path.join(dir, 'a', 'plan.xlsx')], same)).toBe(2);
  expect(same.out).toContain('✖ копия с замечаниями не записана: Копия не записана: она заменила бы один из проверяемых файлов.');
  expect(fs.readFileSync(path.join(dir, 'a', 'plan.xlsx'))).toEqual(original);
});
