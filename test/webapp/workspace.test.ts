/**
 * The web app's Workspace on the in-memory Excel (Microsoft's runtime in Node, one per host):
 * files opened, read once and kept with their check while another is in view; the runtime
 * connected to the file in view; a region's profile in force for every file; an unreadable file
 * said in its place while the others open; the annotated copy of the file in view from its
 * original bytes and the findings shown (not the ignored ones, not the page's own sheets), an
 * .ods made an .xlsx and said so; the summary workbook of the consolidation; closing a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import * as profileProblems from '../../src/taskpane/state/profile-problems';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { summaryFileName, Workspace } from '../../src/webapp/workspace';
import { CORPUS_DIR } from '../support/corpus';
import { verifyAnnotatedCopy } from '../workbook/annotate/verify-copy';

const SEED = path.join(CORPUS_DIR, 'seeds');
const KASPIYSK = path.join(SEED, 'kaspiysk-psych-ped-classes.xlsx');
const NOGLIKI = path.join(SEED, 'nogliki-career-guidance-2021-2023.xlsx');
const SAROV_ODS = path.resolve(__dirname, '../fixtures/libreoffice/sarov.ods');
const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const PROFILE = fs.readFileSync(path.resolve(__dirname, '../../docs/profile-example.json'), 'utf8');

function fileOf(file: string, name = path.basename(file)) {
  const bytes = fs.readFileSync(file);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer };
}

function bytesFile(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

function workspace() {
  const saved: Array<{ fileName: string; bytes: Uint8Array }> = [];
  const ws = new Workspace({
    language: 'ru',
    openHost: async (grids) => {
      const host = createMemoryHost(grids);
      return { host, port: new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel }) };
    },
    save: (bytes, fileName) => saved.push({ bytes, fileName }),
    read: async (bytes, fileName) => readWorkbook(bytes, fileName).sheets,
    profileChecks: () => Promise.resolve(profileProblems),
    now: () => new Date(2025, 2, 14),
  });
  return { ws, saved };
}

const paneOf = (ws: Workspace) => ws.activeSession()!.stores.pane;

test('a roadmap opened and checked: its copy is the original plus a fill and a note on each finding shown and the report sheet', async () => {
  const { ws, saved } = workspace();
  await ws.addFiles([fileOf(KASPIYSK)]);
  expect(ws.getState().files).toMatchObject([{ name: 'kaspiysk-psych-ped-classes.xlsx', status: 'open', sheetNames: ['Дорожная карта'], failure: null }]);
  expect(ws.annotatedFindings()).toBeNull();
  await paneOf(ws).checkWorkbook();
  const findings = paneOf(ws).getState().findings.map((v) => v.finding);
  expect(findings.length).toBeGreaterThan(0);
  expect(ws.annotatedFindings()).toEqual({ findings, scope: 'workbook', sheet: null });

  await ws.downloadAnnotated();
  expect(saved.map((s) => s.fileName)).toEqual(['kaspiysk-psych-ped-classes.xlsx']);
  verifyAnnotatedCopy(new Uint8Array(fs.readFileSync(KASPIYSK)), saved[0].bytes, findings, 'Замечания');
  expect(ws.getState().notice).toEqual({
    kind: 'annotated',
    fileName: 'kaspiysk-psych-ped-classes.xlsx',
    findings: findings.length,
    markedCells: new Set(findings.map((f) => f.cell)).size,
    reportSheet: 'Замечания',
    converted: null,
  });
});

test('ignored findings and findings on sheets only the page has are left out of the copy', async () => {
  const { ws, saved } = workspace();
  await ws.addFiles([fileOf(KASPIYSK)]);
  const pane = paneOf(ws);
  await pane.checkWorkbook();
  const [first, ...rest] = pane.getState().findings;
  await pane.ignore(first.uid);
  // «Новый план» adds a sheet in the page's workbook; an event typed into it has a vague deadline.
  await ws.profile.insertPlan();
  const plan = ws.activeSession()!.host.sheetNames.find((n) => n !== 'Дорожная карта')!;
  ws.activeSession()!.host.userEdit(plan, 'A4', [['1', 'Совещание', 'Постоянно', 'Директор', 'Протокол']]);
  await pane.checkWorkbook();
  expect(pane.getState().findings.some((v) => v.finding.sheet === plan)).toBe(true);

  const taken = ws.annotatedFindings()!.findings;
  expect(taken).toEqual(rest.map((v) => v.finding));
  await ws.downloadAnnotated();
  verifyAnnotatedCopy(new Uint8Array(fs.readFileSync(KASPIYSK)), saved[0].bytes, taken, 'Замечания');
});

test('a sheet check: the copy takes that sheet\'s findings, and says so', async () => {
  const { ws } = workspace();
  await ws.addFiles([fileOf(NOGLIKI)]);
  await paneOf(ws).checkActiveSheet();
  const taken = ws.annotatedFindings()!;
  expect(taken.scope).toBe('sheet');
  expect(taken.sheet).toBe(ws.activeSession()!.host.activeSheetName);
});

test('two files: each keeps its check while the other is in view, and the runtime talks to the one in view', async () => {
  const { ws, saved } = workspace();
  await ws.addFiles([fileOf(KASPIYSK), fileOf(NOGLIKI)]);
  const [a, b] = ws.getState().files;
  expect(ws.getState()).toMatchObject({ activeId: a.id });
  expect(b.status).toBe('waiting');
  await paneOf(ws).checkWorkbook();
  const findingsA = paneOf(ws).getState().findings;

  await ws.select(b.id);
  expect(ws.getState().activeId).toBe(b.id);
  expect(ws.getState().files[1]).toMatchObject({ status: 'open' });
  expect(ws.annotatedFindings()).toBeNull();
  await paneOf(ws).checkWorkbook();
  expect(paneOf(ws).getState().reports.map((r) => r.name)).toEqual(ws.getState().files[1].sheetNames);

  await ws.select(a.id);
  expect(paneOf(ws).getState().findings).toBe(findingsA);
  // Reading through the runtime reaches the file in view again.
  expect((await ws.activeSession()!.port.readAllSheets()).map((g) => g.name)).toEqual(['Дорожная карта']);
  await ws.downloadAnnotated();
  expect(saved[0].fileName).toBe('kaspiysk-psych-ped-classes.xlsx');
});

test('a region\'s profile is in force for every open file: one checked under the old one is checked again when it comes into view', async () => {
  const { ws } = workspace();
  await ws.addFiles([fileOf(KASPIYSK), fileOf(NOGLIKI)]);
  const [a, b] = ws.getState().files;
  await paneOf(ws).checkWorkbook();
  const vague = () => paneOf(ws).getState().findings.filter((v) => v.finding.rule === 'deadline-vague').map((v) => v.finding.severity);
  expect(new Set(vague())).toEqual(new Set(['warning']));

  await ws.select(b.id);
  await ws.profile.loadFile('region.json', PROFILE);
  expect(ws.profile.getState()).toMatchObject({ source: 'workbook', fileName: 'region.json' });
  await ws.select(a.id);
  await paneOf(ws).idle();
  expect(new Set(vague())).toEqual(new Set(['error']));
});

test('another file comes into view while the consolidation reads the picked files: it asks nothing of the workbook', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const ws = new Workspace({
    language: 'ru',
    openHost: async (grids) => {
      const host = createMemoryHost(grids);
      return { host, port: new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel }) };
    },
    save: () => undefined,
    read: async (bytes, fileName) => {
      await held;
      return readWorkbook(bytes, fileName).sheets;
    },
  });
  await ws.addFiles([fileOf(KASPIYSK), fileOf(NOGLIKI)]);
  const reading = ws.consolidation.consolidateFiles();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(ws.consolidation.getState().busy).toBe('read');
  await ws.select(ws.getState().files[1].id);
  expect(ws.activeSession()!.file.name).toBe('nogliki-career-guidance-2021-2023.xlsx');
  expect(ws.consolidation.getState().busy).toBe('read');
  release();
  await reading;
  expect(ws.consolidation.getState().result!.schools).toHaveLength(2);
});

test('an unreadable file is said in its place, in both languages; the others open and it stays in the consolidation\'s list', async () => {
  const { ws } = workspace();
  await ws.addFiles([bytesFile('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), fileOf(KASPIYSK)]);
  const [broken, good] = ws.getState().files;
  expect(broken).toMatchObject({ status: 'failed', sheetNames: [] });
  expect(broken.failure).toEqual({
    ru: 'Файл повреждён или не докачан, прочитать его нельзя. Попросите прислать его заново.',
    en: 'The file is damaged or incomplete and cannot be read. Ask for it to be sent again.',
  });
  expect(ws.activeSession()).toBeNull();
  await ws.select(good.id);
  expect(ws.activeSession()!.file.name).toBe('kaspiysk-psych-ped-classes.xlsx');
  expect(ws.consolidation.getState().files.map((f) => f.name)).toEqual(['broken.xlsx', 'kaspiysk-psych-ped-classes.xlsx']);
});

test('the same file twice is opened once', async () => {
  const { ws } = workspace();
  await ws.addFiles([fileOf(KASPIYSK)]);
  await ws.addFiles([fileOf(KASPIYSK), fileOf(KASPIYSK)]);
  expect(ws.getState().files).toHaveLength(1);
  expect(ws.consolidation.getState().files).toHaveLength(1);
});

test('an .ods: its copy is an .xlsx, and the notice says what it keeps', async () => {
  const { ws, saved } = workspace();
  await ws.addFiles([fileOf(SAROV_ODS)]);
  await paneOf(ws).checkWorkbook();
  await ws.downloadAnnotated();
  expect(saved[0].fileName).toBe('sarov.xlsx');
  const notice = ws.getState().notice;
  expect(notice).toMatchObject({ kind: 'annotated', fileName: 'sarov.xlsx' });
  expect(notice?.kind === 'annotated' && notice.converted?.ru).toMatch(/\.ods/);
  expect(notice?.kind === 'annotated' && notice.converted?.en).toMatch(/formatting/);
  expect(XLSX.read(saved[0].bytes, { type: 'array' }).SheetNames).toContain('Замечания');
});

test('the consolidation of the opened schools downloads as the summary workbook, named for the day', async () => {
  const { ws, saved } = workspace();
  const schools = fs.readdirSync(SCHOOLS).filter((f) => f.endsWith('.xlsx')).map((f) => fileOf(path.join(SCHOOLS, f)));
  await ws.addFiles(schools);
  expect(ws.consolidation.getState().files).toHaveLength(10);
  await ws.consolidation.consolidateFiles();
  await ws.downloadSummary();
  expect(saved.map((s) => s.fileName)).toEqual(['Свод 2025-03-14.xlsx']);
  expect(XLSX.read(saved[0].bytes, { type: 'array' }).SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
  expect(ws.getState().notice).toEqual({ kind: 'summary', fileName: 'Свод 2025-03-14.xlsx' });
  expect(summaryFileName(new Date(2025, 11, 1), 'en')).toBe('Summary 2025-12-01.xlsx');
});

test('closing the file in view brings the next one into view and takes it out of the consolidation', async () => {
  const { ws } = workspace();
  await ws.addFiles([fileOf(KASPIYSK), fileOf(NOGLIKI)]);
  const [a, b] = ws.getState().files;
  await ws.remove(a.id);
  await ws.idle();
  expect(ws.getState().files.map((f) => f.id)).toEqual([b.id]);
  expect(ws.activeSession()!.file.id).toBe(b.id);
  expect(ws.consolidation.getState().files.map((f) => f.name)).toEqual([b.name]);
  await ws.remove(b.id);
  await ws.idle();
  expect(ws.getState()).toMatchObject({ files: [], activeId: null });
  expect(ws.activeSession()).toBeNull();
});
