/**
 * A batch with every kind of broken and hostile file, through both commands: each file gets
 * its code and the one message for that code, in its place, and the rest of the batch is
 * checked or consolidated as if they were not there. Text output stays inert on a terminal.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { processIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { readErrorMessage, type ReadErrorCode } from '../../src/workbook/read-errors';

/** Each code's message for these files: a refused one names its extension, .xlsx here. */
const messageOf = (code: ReadErrorCode, language: 'ru' | 'en') => readErrorMessage(code, language, { extension: '.xlsx' });
import { CORPUS_DIR } from '../support/corpus';
import { captureIo } from '../support/memory-io';
import { craftZip, roadmapXlsx, xlsxParts } from '../support/zip-craft';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-hostile-'));
const GB = 1024 ** 3;

function file(name: string, bytes: Uint8Array | string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, bytes);
  return p;
}

const seed = new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, 'seeds', 'kaspiysk-psych-ped-classes.xlsx')));
const encrypted = (() => {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(200).fill(4));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(9000).fill(7));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
})();
const bomb = craftZip(xlsxParts(roadmapXlsx()).map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, declaredSize: 4 * GB - 16 } : p)));

/** Each broken file, the code it must get. Listed in the order given on the command line. */
const BROKEN: Array<[string, ReadErrorCode, () => string]> = [
  ['empty.xlsx', 'file-empty', () => file('empty.xlsx', '')],
  ['letter.xlsx', 'file-not-workbook', () => file('letter.xlsx', 'Добрый день! Высылаем дорожную карту.')],
  ['archive.xlsx', 'file-not-workbook', () => file('archive.xlsx', craftZip([{ name: 'scan.pdf', data: Buffer.from('%PDF-1.4') }]))],
  ['cut.xlsx', 'file-corrupt', () => file('cut.xlsx', seed.slice(0, 3000))],
  ['locked.xlsx', 'file-encrypted', () => file('locked.xlsx', encrypted)],
  ['bomb.xlsx', 'file-too-large', () => file('bomb.xlsx', bomb)],
  ['folder.xlsx', 'file-not-readable', () => {
    const p = path.join(tmp, 'folder.xlsx');
    fs.mkdirSync(p, { recursive: true });
    return p;
  }],
  ['missing.xlsx', 'file-not-found', () => path.join(tmp, 'missing.xlsx')],
];

const brokenPaths = BROKEN.map(([, , make]) => make());

describe('check', () => {
  const good = path.join(CORPUS_DIR, 'seeds', 'nogliki-career-guidance-2021-2023.xlsx');

  test('json: every broken file has its code and message in its place; the good files are checked (exit 2)', async () => {
    const io = captureIo();
    const code = await main(['check', '--format', 'json', good, ...brokenPaths, good], io);
    expect(code).toBe(2);
    const files = JSON.parse(io.out).files as Array<{ file: string; error: { code: string; message: string } | null; sheets: unknown[] }>;
    expect(files.map((f) => f.error?.code ?? null)).toEqual([null, ...BROKEN.map(([, c]) => c), null]);
    for (const [i, [, c]] of BROKEN.entries()) {
      expect(files[i + 1].error!.message).toBe(messageOf(c, 'ru'));
      expect(files[i + 1].sheets).toEqual([]);
    }
    expect(files[0].sheets).toHaveLength(2);
    expect(files[files.length - 1]).toEqual(files[0]);
  });

  test.each(['ru', 'en'] as const)('text (%s): the same message for each code', async (lang) => {
    const io = captureIo();
    await main(['check', '--lang', lang, ...brokenPaths, good], io);
    for (const [, c] of BROKEN) expect(io.out).toContain(`${messageOf(c, lang)} [${c}]`);
    expect(io.out.trim().split('\n').pop()).toMatch(lang === 'ru' ? /не прочитано файлов: 8\.$/ : /8 files unreadable\.$/);
  });

  test('the real file system too: a folder and a huge file are refused before reading', async () => {
    const out: string[] = [];
    const io = { ...processIo, stdout: (t: string) => void out.push(t), stderr: () => undefined };
    const sparse = path.join(tmp, 'huge.xlsx');
    const fd = fs.openSync(sparse, 'w');
    fs.ftruncateSync(fd, 3 * GB); // a sparse file: 3 GB long, nothing on disk
    fs.closeSync(fd);
    expect(await main(['check', '--format', 'json', path.join(tmp, 'folder.xlsx'), sparse, good], io)).toBe(2);
    const files = JSON.parse(out.join('')).files;
    expect(files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual(['file-not-readable', 'file-too-large', null]);
    fs.unlinkSync(sparse);
  });
});

describe('consolidate', () => {
  const schools = ['school-01.xlsx', 'school-02.xlsx'].map((f) => path.join(CORPUS_DIR, 'schools', f));

  test('json: the broken files are unreadable in their place, the schools consolidated (exit 2)', async () => {
    const alone = captureIo();
    await main(['consolidate', '--format', 'json', ...schools], alone);
    const expected = JSON.parse(alone.out);

    const io = captureIo();
    const out = path.join(tmp, 'summary.xlsx');
    const code = await main(['consolidate', '--format', 'json', '--out', out, schools[0], ...brokenPaths, schools[1]], io);
    expect(code).toBe(2);
    const json = JSON.parse(io.out);
    expect(json.schools.map((s: { status: string }) => s.status)).toEqual(['ok', ...BROKEN.map(() => 'unreadable'), 'ok']);
    expect(json.schools.slice(1, -1).map((s: { error: { code: string; message: string } }) => [s.error.code, s.error.message])).toEqual(
      BROKEN.map(([, c]) => [c, messageOf(c, 'ru')]),
    );
    // The totals are those of the two schools alone.
    expect(json.indicators).toEqual(expected.indicators);

    // The summary's «Замечания» lists each unreadable file with its code and message.
    const book = XLSX.read(io.written.get(out)!, { type: 'array' });
    const remarks = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Замечания']);
    for (const [name, c] of BROKEN) {
      expect(remarks).toContainEqual(expect.objectContaining({ Файл: `${path.basename(tmp)}/${name}`, Правило: c, Сообщение: messageOf(c, 'ru') }));
    }
  });

  test.each(['ru', 'en'] as const)('text (%s): the same message for each code', async (lang) => {
    const io = captureIo();
    await main(['consolidate', '--lang', lang, schools[0], ...brokenPaths], io);
    for (const [name, c] of BROKEN) expect(io.out).toContain(`${path.join(tmp, name)}: ${c} — ${messageOf(c, lang)}`);
  });
});

describe('text output on a terminal', () => {
  test('control characters and direction overrides from a workbook are shown, not obeyed', async () => {
    const ESC = '\u001b';
    const rows = [
      ['План мероприятий на 2023 год'],
      [],
      ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный'],
      [1, `Совещание${ESC}[2J`, `Постоянно${ESC}]8;;https://example.invalid${ESC}\\`, 'Иванов'],
      [2, 'Мониторинг', 'В течение года\r\nOK: нет замечаний', `Петров\u202Eвонави`],
    ];
    const plan = file('controls.xlsx', roadmapXlsx(rows, `План${ESC}c`));
    const io = captureIo();
    await main(['check', plan], io);
    // eslint-disable-next-line no-control-regex -- the output must hold none
    expect(io.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(io.out).toContain('«План\\x1Bc»');
    expect(io.out).toContain('Постоянно\\x1B]8;;https://example.invalid\\x1B\\');
    // A line break inside a cell does not start a line of its own.
    expect(io.out.split('\n').some((line) => line.startsWith('OK:'))).toBe(false);

    const school = file('controls-school.xlsx', roadmapXlsx([['Наименование показателя', 'Единицы измерения', '2023 план'], [`Число${ESC}[2J учащихся`, 'чел.', '15 чел.']], 'Лист1'));
    const io2 = captureIo();
    await main(['consolidate', school], io2);
    // eslint-disable-next-line no-control-regex -- the output must hold none
    expect(io2.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(io2.out).toContain('Число\\x1B[2J учащихся');
  });
});
