/**
 * Files that are not readable workbooks, and files built to hurt: each ends in a
 * WorkbookReadError with its code — quickly, and without inflating what it declares.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { Grid } from '../../src/core/grid';
import { checkWorkbook } from '../../src/core/check';
import { Consolidator } from '../../src/core/consolidate/consolidate';
import { WorkbookReadError, type ReadErrorCode } from '../../src/workbook/read-errors';
import { gridsOfBook, PARSE_OPTIONS, readWorkbook, type ReadOptions } from '../../src/workbook/read-workbook';
import { DEFAULT_ZIP_LIMITS, readCentralDirectory } from '../../src/workbook/zip-guard';
import type { BoundedInflate } from '../../src/workbook/bounded-inflate';
import { platformInflate as zlibInflate } from '../../src/workbook/platform-inflate';
import { platformInflate as fflateInflate } from '../../src/workbook/platform-inflate.browser';
import { CORPUS_DIR } from '../support/corpus';
import { craftZip, roadmapXlsx, xlsxParts, type CraftEntry } from '../support/zip-craft';

/** The guard inflates with zlib under Node and with fflate in the browser: the bombs go through both. */
const INFLATERS: Array<[string, BoundedInflate]> = [
  ['zlib', zlibInflate],
  ['fflate', fflateInflate],
];

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/**
 * The code a read fails with (null when it succeeds). How long a refusal takes is measured in
 * `npm run bench` (the «hostile» scenario); here a hang would fail the test by jest's timeout.
 */
function outcome(bytes: Uint8Array, name = 'x.xlsx', options?: ReadOptions): { code: ReadErrorCode | null; grids?: Grid[] } {
  try {
    const { sheets } = readWorkbook(bytes, name, options);
    return { code: null, grids: sheets };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { code: error.code };
  }
}

/** A real workbook's parts re-packed with one part's headers changed. */
function repack(change: (entry: CraftEntry) => CraftEntry, bytes = roadmapXlsx(), extra: CraftEntry[] = []): Uint8Array {
  return craftZip([...xlsxParts(bytes).map((p) => change({ name: p.name, data: p.data })), ...extra]);
}
const isSheet = (e: CraftEntry) => e.name === 'xl/worksheets/sheet1.xml';

function cellsOf(grid: Grid): string {
  const cells: string[] = [];
  for (const r of grid.rowIndices()) for (const [c, cell] of grid.rowCells(r)) cells.push(`${r},${c}=${JSON.stringify(cell)}`);
  return `${grid.name}|${cells.join(';')}|${grid.merges.map((m) => `${m.r1},${m.c1}:${m.r2},${m.c2}`).join(';')}`;
}

describe('the guarded reader reads what SheetJS reads', () => {
  const files = ['seeds', 'variants', 'schools'].flatMap((dir) =>
    fs
      .readdirSync(path.join(CORPUS_DIR, dir))
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(CORPUS_DIR, dir, f)),
  );

  test.each(files.map((f) => [path.relative(CORPUS_DIR, f), f]))('%s: the same cells, formats and merges as SheetJS unzipping itself', (_name, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const plain = gridsOfBook(XLSX.read(bytes, { ...PARSE_OPTIONS })).map(cellsOf);
    for (const [, inflate] of INFLATERS) expect(readWorkbook(bytes, file, { inflate }).sheets.map(cellsOf)).toEqual(plain);
  });

  test('a package written with data descriptors (streaming writers) and ZIP64 sizes reads the same', () => {
    const original = roadmapXlsx();
    const expected = readWorkbook(original, 'a.xlsx').sheets.map(cellsOf);
    expect(readWorkbook(repack((e) => ({ ...e, flags: 0x8 }), original), 'a.xlsx').sheets.map(cellsOf)).toEqual(expected);
    expect(readWorkbook(repack((e) => ({ ...e, zip64: true }), original), 'a.xlsx').sheets.map(cellsOf)).toEqual(expected);
    expect(readWorkbook(repack((e) => ({ ...e, stored: true }), original), 'a.xlsx').sheets.map(cellsOf)).toEqual(expected);
  });

  test('pictures and embedded files are neither inflated nor counted', () => {
    const picture = new Uint8Array(2 * MB).map((_, i) => (i * 7919) % 251);
    const bytes = repack((e) => e, roadmapXlsx(), [{ name: 'xl/media/image1.png', data: picture }]);
    expect(outcome(bytes, 'a.xlsx', { limits: { maxTotalBytes: 200_000 } }).code).toBeNull();
  });
});

describe('not a workbook, damaged, locked', () => {
  const seed = new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, 'seeds', 'kaspiysk-psych-ped-classes.xlsx')));
  const zipOf = (files: Record<string, string>) => craftZip(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text) })));
  const cfbOf = (streams: Record<string, Uint8Array>) => {
    const cfb = XLSX.CFB.utils.cfb_new();
    for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, name, data);
    return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
  };

  test.each<[string, ReadErrorCode, Uint8Array]>([
    ['an empty file', 'file-empty', new Uint8Array(0)],
    ['plain text', 'file-not-workbook', Buffer.from('Дорожная карта: см. приложение')],
    ['an HTML page', 'file-not-workbook', Buffer.from('<html><body><table><tr><td>1</td></tr></table></body></html>')],
    ['a PNG picture', 'file-not-workbook', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a PDF', 'file-not-workbook', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['another zip (a text file inside)', 'file-not-workbook', zipOf({ 'readme.txt': 'hello' })],
    ['a Word document renamed', 'file-not-workbook', zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
    ['an empty zip', 'file-not-workbook', craftZip([])],
    ['the first 10 bytes of a workbook', 'file-corrupt', seed.slice(0, 10)],
    ['half a workbook', 'file-corrupt', seed.slice(0, seed.length >> 1)],
    ['a workbook one byte short', 'file-corrupt', seed.slice(0, seed.length - 1)],
    ['a workbook whose sheet is cut short inside', 'file-corrupt', repack((e) => (isSheet(e) ? { ...e, raw: zlib.deflateRawSync(e.data!).subarray(0, 40) } : e))],
    ['a workbook with zeros over its middle', 'file-corrupt', (() => { const b = seed.slice(); b.fill(0, 2000, 6000); return b; })()],
    ['a password-protected .xlsx (OLE with EncryptionInfo)', 'file-encrypted', cfbOf({ EncryptionInfo: new Uint8Array(200).fill(4), EncryptedPackage: new Uint8Array(9000).fill(7) })],
    ['a zip with encrypted entries', 'file-encrypted', repack((e) => ({ ...e, flags: 0x1 }))],
    ['an OLE file that is no workbook', 'file-corrupt', cfbOf({ WordDocument: new Uint8Array(600).fill(1) })],
  ])('%s → %s', (_what, code, bytes) => {
    const result = outcome(bytes);
    expect(result.code).toBe(code);
  });

  test('a .csv is text, not a refusal', () => {
    expect(outcome(Buffer.from('№;Мероприятие\n1;Совещание'), 'plan.csv').code).toBeNull();
  });

  test('a file larger than the limit is not parsed', () => {
    expect(outcome(seed, 'x.xlsx', { limits: { maxFileBytes: 1000 } }).code).toBe('file-too-large');
  });
});

describe('zip bombs: refused before inflating, or the moment they overflow', () => {
  describe.each(INFLATERS)('inflating with %s', (_name, inflate) => {
    test.each<[string, () => Uint8Array, ReadOptions | undefined]>([
      ['a sheet declaring 4 GB', () => repack((e) => (isSheet(e) ? { ...e, declaredSize: 4 * GB - 16 } : e)), undefined],
      ['a sheet declaring 1 TB through ZIP64', () => repack((e) => (isSheet(e) ? { ...e, zip64: true, declaredSize: 1024 * GB } : e)), undefined],
      ['40 parts declaring 9 MB each (360 MB together)', () => repack((e) => e, roadmapXlsx(), Array.from({ length: 40 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 9}.xml`, data: new Uint8Array(10), declaredSize: 9 * MB }))), undefined],
      ['20 000 entries', () => craftZip([{ name: '[Content_Types].xml', data: new Uint8Array(1) }], { count: 20_000 }), undefined],
      // Real bytes: 30 MB of blanks inside the sheet compress about 1000:1.
      ['a real sheet padded with 30 MB of blanks (1000:1)', () => repack((e) => (isSheet(e) ? { ...e, data: Buffer.concat([Buffer.from(e.data!).subarray(0, -13), Buffer.alloc(30 * MB, 0x20), Buffer.from('</worksheet>\n').subarray(0, 13)]) } : e)), undefined],
      ['a moderate real entry under a low limit', () => repack((e) => (isSheet(e) ? { ...e, data: Buffer.concat([e.data!, Buffer.alloc(300_000, 0x20)]) } : e)), { limits: { maxTotalBytes: 100_000 } }],
      ['a moderate real entry under a low ratio', () => repack((e) => (isSheet(e) ? { ...e, data: Buffer.concat([e.data!, Buffer.alloc(300_000, 0x20)]) } : e)), { limits: { ratioFromBytes: 100_000, maxRatio: 50 } }],
    ])('%s → file-too-large', (_what, make, options) => {
      const bytes = make();
      const before = process.memoryUsage().arrayBuffers;
      const result = outcome(bytes, 'bomb.xlsx', { ...options, inflate });
      expect(result.code).toBe('file-too-large');
      // Nothing near what was declared was allocated.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB);
    });

    // Headers that lie: 50 MB of zeros declared as 2 KB — stopped at 2 KB, refused as damage.
    test.each<[string, CraftEntry]>([
      ['plainly', { name: '', raw: zlib.deflateRawSync(Buffer.alloc(50 * MB)), declaredSize: 2048 }],
      ['behind a data descriptor (local size 0, which SheetJS would grow without bound)', { name: '', flags: 0x8, raw: zlib.deflateRawSync(Buffer.alloc(50 * MB)), declaredSize: 2048 }],
      ['with a local header declaring 2 KB and a directory declaring 1 KB', { name: '', raw: zlib.deflateRawSync(Buffer.alloc(50 * MB)), localSize: 2048, declaredSize: 1024 }],
    ])('a sheet that inflates to 50 MB while declaring 2 KB, %s → file-corrupt, at the declared size', (_how, lie) => {
      const bytes = repack((e) => (isSheet(e) ? { ...e, ...lie, name: e.name } : e));
      const before = process.memoryUsage().arrayBuffers;
      const result = outcome(bytes, 'bomb.xlsx', { inflate });
      expect(result.code).toBe('file-corrupt');
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * MB);
    });
  });

  test('the central directory is read without inflating: sizes, names, count', () => {
    const entries = readCentralDirectory(repack((e) => (isSheet(e) ? { ...e, zip64: true, declaredSize: 1024 * GB } : e)));
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!.uncompressedSize).toBe(1024 * GB);
    expect(DEFAULT_ZIP_LIMITS).toEqual({ maxTotalBytes: 200 * MB, maxEntryBytes: 100 * MB, maxRatio: 100, ratioFromBytes: 10 * MB, maxEntries: 10_000 });
  });
});

describe('damaged bytes anywhere', () => {
  const xlsx = roadmapXlsx();
  const xls = (() => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['№', 'Мероприятие', 'Срок'], [1, 'Совещание', 'Постоянно']]), 'План');
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  })();

  const damaged = (original: Uint8Array) =>
    fc.oneof(
      fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = original.slice();
        for (const [i, b] of flips) copy[i] = b;
        return copy;
      }),
      fc.nat(original.length - 1).map((n) => original.slice(0, n)),
    );

  test.each([
    ['.xlsx', xlsx],
    ['.xls', xls],
  ])('a %s with flipped or cut bytes is read or refused with a code, never a crash or a hang', (ext, original) => {
    // SheetJS reports unknown .xls records on the console: thousands of runs would flood it.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    fc.assert(
      fc.property(damaged(original), (bytes) => {
        const result = outcome(bytes, `x${ext}`);
        // What is read can be checked and consolidated.
        if (result.grids) {
          checkWorkbook(result.grids);
          new Consolidator({ language: 'ru' }).addSchool({ path: 'x.xlsx', sheets: result.grids });
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
    quiet.mockRestore();
  });
});
