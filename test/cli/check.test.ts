import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { CORPUS_DIR } from '../support/corpus';
import { captureIo } from '../support/memory-io';

const seed = (f: string) => path.join(CORPUS_DIR, 'seeds', f);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-check-'));

test('json: the shape docs/spec.md gives, exit 1 when a finding is an error', async () => {
  const io = captureIo();
  const code = await main(['check', '--format', 'json', seed('career-guidance-project-2023-2027.xlsx')], io);
  expect(code).toBe(1);
  const json = JSON.parse(io.out);
  const [file] = json.files;
  expect(file.error).toBeNull();
  const [sheet] = file.sheets;
  expect(sheet).toMatchObject({
    name: 'Дорожная карта',
    kind: 'roadmap',
    headerRow: 3,
    columns: { number: 'A', name: 'B', result: 'C', deadline: 'D', responsible: 'E' },
    planPeriod: { from: '2023-01-01', to: '2027-12-31' },
    counts: { sections: 3, events: 21 },
  });
  const missing = sheet.findings.find((f: { rule: string }) => f.rule === 'responsible-missing');
  expect(Object.keys(missing).sort()).toEqual(['cell', 'message', 'row', 'rule', 'severity', 'value']);
  expect(missing).toMatchObject({ severity: 'error', row: 20, cell: 'E20', message: 'Не указан ответственный исполнитель.' });
});

test('exit 0 when nothing is an error; English messages with --lang en', async () => {
  const io = captureIo();
  const code = await main(['check', '--format', 'json', '--lang', 'en', seed('kaspiysk-psych-ped-classes.xlsx')], io);
  const sheet = JSON.parse(io.out).files[0].sheets[0];
  expect(sheet.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(false);
  expect(code).toBe(0);
  expect(sheet.findings.find((f: { rule: string }) => f.rule === 'deadline-vague').message).toMatch(/has no calendar anchor/);
  expect(sheet.planPeriod).toEqual({ from: null, to: '2026-06-30' });
});

test('an unreadable file is reported in its place and the others are still checked (exit 2)', async () => {
  const bad = path.join(tmp, 'not-a-workbook.xlsx');
  fs.writeFileSync(bad, 'это просто текст, а не книга Excel');
  const io = captureIo();
  const code = await main(['check', '--format', 'json', bad, path.join(tmp, 'missing.xlsx'), seed('nogliki-career-guidance-2021-2023.xlsx')], io);
  expect(code).toBe(2);
  const files = JSON.parse(io.out).files;
  expect(files.map((f: { error: { code: string } | null }) => f.error?.code ?? null)).toEqual(['file-not-workbook', 'file-not-found', null]);
  expect(files[0].sheets).toEqual([]);
  expect(files[0].error.message).toMatch(/не книга Excel/);
  expect(files[2].sheets.map((s: { kind: string }) => s.kind)).toEqual(['other', 'roadmap']);
});

test('text: per file and sheet, findings grouped by rule with cells, and a summary line', async () => {
  const io = captureIo();
  await main(['check', seed('sarov-quality-management-2021-2022.xlsx')], io);
  expect(io.out).toContain('«ДК 1.3» — дорожная карта, заголовок в строке 3, разделов 15, мероприятий 51');
  // Each finding with its own message, not the rule's description; one line for the cells of one message.
  expect(io.out).toContain(
    '    ⚠ number-sequence (предупреждение, 2): Нарушена нумерация\n      A68: Пункт 4.1 стоит в разделе 14: ожидался номер вида 14.x.\n      A69: Пункт 4.2 стоит в разделе 14: ожидался номер вида 14.x.\n',
  );
  expect(io.out).toContain('      C29, C30: Срок «В соответствии с графиком» не привязан к календарю: укажите дату, месяц, квартал или год.\n');
  expect(io.out).not.toContain('пункты 4.x в разделе 14');
  expect(io.out).toContain('«Приказ» — не план');
  expect(io.out.trim().split('\n').pop()).toBe("Итого: файлов 1, листов-планов 8; 0 ошибок, 147 предупреждений, 0 примечаний.");
});

test.each([
  [['check'], 'roadmap-checker check: не указаны файлы для проверки\nСправка: roadmap-checker check --help\n'],
  [['check', '--format', 'xml', 'a.xlsx'], 'roadmap-checker check: --format принимает text или json, а не «xml»\nСправка: roadmap-checker check --help\n'],
  [['check', '--bogus', 'a.xlsx'], 'roadmap-checker check: неизвестный параметр --bogus; есть: --profile, --columns, --format, --annotate, --lang, --help\nСправка: roadmap-checker check --help\n'],
  [['check', '--profile'], 'roadmap-checker check: после --profile нужно значение (FILE)\nСправка: roadmap-checker check --help\n'],
  [['frobnicate'], 'roadmap-checker: неизвестная команда «frobnicate»; есть: check, consolidate\nСправка: roadmap-checker --help\n'],
  [['check', '--lang', 'en', '--format', 'xml', 'a.xlsx'], 'roadmap-checker check: --format must be text or json, not «xml»\nHelp: roadmap-checker check --help\n'],
])('usage error %j: exit 2, said in Russian unless English is asked for, nothing on stdout', async (argv, message) => {
  const io = captureIo();
  expect(await main(argv, io)).toBe(2);
  expect(io.err).toBe(message);
  expect(io.out).toBe('');
});

test('a bad profile is a usage error naming the problem; a good one changes the verdict', async () => {
  const badProfile = path.join(tmp, 'bad-profile.json');
  fs.writeFileSync(badProfile, JSON.stringify({ name: 'Регион', order: ['name'], rules: { 'deadline-vauge': 'error' } }));
  const io = captureIo();
  expect(await main(['check', '--profile', badProfile, seed('kaspiysk-psych-ped-classes.xlsx')], io)).toBe(2);
  expect(io.err).toBe(
    [
      `roadmap-checker check: профиль ${badProfile} не подходит:`,
      '  order: ожидалось: список всех пяти полей, каждое один раз (number, name, deadline, responsible, result); а здесь список из 1 элемента. Пример: ["number", "name", "deadline", "responsible", "result"]',
      '  rules.deadline-vauge: в "rules" нет правила "deadline-vauge"; есть: deadline-vague, deadline-missing, header-not-found, responsible-vague, value-negative, … (все правила — в docs/rules.md)',
      'Справка: roadmap-checker check --help',
      '',
    ].join('\n'),
  );
  expect(io.out).toBe('');

  // A partial profile: only what differs from the default.
  const strict = path.join(tmp, 'strict-profile.json');
  fs.writeFileSync(strict, JSON.stringify({ name: 'Строже', rules: { 'deadline-vague': 'error' } }));
  const io2 = captureIo();
  expect(await main(['check', '--profile', strict, seed('kaspiysk-psych-ped-classes.xlsx')], io2)).toBe(1);
});

test('--columns maps fields to columns on every sheet; a bad mapping is a usage error', async () => {
  const plan = seed('career-guidance-project-2023-2027.xlsx');
  const mapped = captureIo();
  expect(await main(['check', '--format', 'json', '--columns', 'result=E', plan], mapped)).toBe(1);
  const sheet = JSON.parse(mapped.out).files[0].sheets.find((s: { kind: string }) => s.kind === 'roadmap');
  expect(sheet.columnMap.find((c: { column: string }) => c.column === 'E')).toEqual({ column: 'E', field: 'result', source: 'user' });
  const bad = captureIo();
  expect(await main(['check', '--columns', 'owner=A', plan], bad)).toBe(2);
  expect(bad.err).toContain('--columns: «owner=A»: ожидается поле=столбец');
});

describe('a file with no roadmap is never a clean pass', () => {
  const notes = path.join(tmp, 'notes.csv');
  const plan = seed('kaspiysk-psych-ped-classes.xlsx');
  beforeAll(() => fs.writeFileSync(notes, 'Список;телефонов\r\nИванов;123\r\n'));

  test('text: the file says so in its place, the summary names the wrong files, exit 1', async () => {
    const io = captureIo();
    expect(await main(['check', plan, notes], io)).toBe(1);
    expect(io.out).toContain(
      `${notes}\n  «notes» — не план\n  ✖ no-roadmap (ошибка): В файле нет дорожной карты: ни на одном листе («notes») нет таблицы мероприятий с графами «Мероприятие», «Срок», «Ответственный». Проверьте, тот ли это файл.\n`,
    );
    const lines = io.out.trim().split('\n');
    expect(lines[lines.length - 2]).toBe(`Нет дорожной карты — не тот файл? ${notes}`);
    expect(lines[lines.length - 1]).toMatch(/^Итого: файлов 2, листов-планов 1; 1 ошибка, /);
  });

  test('json: the file\'s own findings beside its sheets', async () => {
    const io = captureIo();
    expect(await main(['check', '--format', 'json', notes], io)).toBe(1);
    const [file] = JSON.parse(io.out).files;
    expect(file.findings).toEqual([{ rule: 'no-roadmap', severity: 'error', message: expect.stringMatching(/^В файле нет дорожной карты/) }]);
    expect(file.sheets).toEqual([expect.objectContaining({ name: 'notes', kind: 'other', findings: [] })]);
  });
});

describe('the language: Russian by default, English with --lang en or an English locale', () => {
  const file = seed('kaspiysk-psych-ped-classes.xlsx');
  test.each([
    [{}, [], 'ru'],
    [{ LANG: 'ru_RU.UTF-8' }, [], 'ru'],
    [{ LANG: 'C.UTF-8' }, [], 'ru'],
    [{ LANG: 'en_US.UTF-8' }, [], 'en'],
    [{ LANG: 'ru_RU.UTF-8', LC_ALL: 'en_GB.UTF-8' }, [], 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }, [], 'ru'],
    [{ LANG: 'en_US.UTF-8' }, ['--lang', 'ru'], 'ru'],
    [{}, ['--lang=en'], 'en'],
  ])('%j %j → %s', async (env, flags, language) => {
    const io = { ...captureIo(), env };
    const out: string[] = [];
    io.stdout = (t) => void out.push(t);
    await main(['check', ...flags, file], io);
    expect(out.join('')).toContain(language === 'ru' ? 'Итого: файлов 1' : 'Total: 1 files');
  });

  test('--help on every command, in the language chosen', async () => {
    for (const [argv, first] of [
      [['check', '--help'], 'Запуск: roadmap-checker check [--profile FILE] [--columns MAPPING] [--format text|json] [--annotate OUTDIR] [--lang ru|en] FILE...'],
      [['check', '-h', '--lang', 'en'], 'Usage: roadmap-checker check [--profile FILE] [--columns MAPPING] [--format text|json] [--annotate OUTDIR] [--lang ru|en] FILE...'],
      [['consolidate', '--help'], 'Запуск: roadmap-checker consolidate [--profile FILE] [--template FILE] [--expected-schools FILE] [--out SUMMARY.xlsx] [--format text|json] [--jobs N] [--lang ru|en] FILE...'],
      [['--help'], 'Запуск:'],
    ] as const) {
      const io = captureIo();
      expect(await main([...argv], io)).toBe(0);
      expect(io.out.split('\n')[0]).toBe(first);
      expect(io.err).toBe('');
    }
  });
});

test('a profile saved by Notepad as «Unicode» (UTF-16) or «ANSI» (Windows-1251) is read as it was written', async () => {
  const json = JSON.stringify({ name: 'Строгий регион', rules: { 'deadline-vague': 'error' } });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  const decoder = new TextDecoder('windows-1251');
  const table = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(new Uint8Array([b])), b] as const));
  const ansi = Buffer.from([...json].map((ch) => table.get(ch)!));
  for (const [name, bytes] of [
    ['utf16.json', utf16],
    ['ansi.json', ansi],
  ] as const) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    const io = captureIo();
    expect(await main(['check', '--profile', file, seed('kaspiysk-psych-ped-classes.xlsx')], io)).toBe(1);
    expect(io.err).toBe('');
  }
});
