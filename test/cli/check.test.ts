import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
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
  expect(io.out).toMatch(/number-sequence \(предупреждение, 2\).*\n\s+A68 «4\.1\.», A69 «4\.2\.»/);
  expect(io.out).toContain('«Приказ» — не план');
  expect(io.out.trim().split('\n').pop()).toBe("Итого: файлов 1, листов-планов 8; 0 ошибок, 147 предупреждений, 0 примечаний.");
});

test('usage errors exit 2 with a message', async () => {
  for (const argv of [['check'], ['check', '--format', 'xml', 'a.xlsx'], ['check', '--bogus', 'a.xlsx'], ['frobnicate']]) {
    const io = captureIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toMatch(/roadmap-checker:/);
  }
});

test('a bad profile is a usage error naming the problem; a good one changes the verdict', async () => {
  const badProfile = path.join(tmp, 'bad-profile.json');
  fs.writeFileSync(badProfile, JSON.stringify({ name: 'Регион', order: ['name'] }));
  const io = captureIo();
  expect(await main(['check', '--profile', badProfile, seed('kaspiysk-psych-ped-classes.xlsx')], io)).toBe(2);
  expect(io.err).toMatch(/fields/);

  const strict = path.join(tmp, 'strict-profile.json');
  fs.writeFileSync(strict, JSON.stringify({ ...DEFAULT_PROFILE, rules: { 'deadline-vague': 'error' } }));
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
