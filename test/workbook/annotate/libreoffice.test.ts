/**
 * LibreOffice opens annotated copies: converted to PDF (rendered) and to flat ODF, where its
 * reading of our parts shows — the notes, the fills, the report sheet and its links. Runs where
 * LibreOffice is installed (`apt-get install libreoffice-calc-nogui`); skipped, with the reason
 * printed, where it is not (CI does not install it).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { checkWorkbook } from '../../../src/core/check';
import { annotateWorkbook, SEVERITY_FILL } from '../../../src/workbook/annotate';
import { readWorkbook } from '../../../src/workbook/read-workbook';
import { CORPUS_DIR } from '../../support/corpus';

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.warn('LibreOffice tests skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui to run them).');

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'annotate');

interface Case {
  name: string;
  bytes: Uint8Array;
  /** Notes LibreOffice should find: our marked cells plus notes the file had on other cells. */
  notes: number;
  reportSheet: string;
  links: number;
  colours: string[];
}

function annotated(name: string, bytes: Uint8Array, existingOtherNotes = 0): Case {
  const findings = checkWorkbook(readWorkbook(bytes, name).sheets).sheets.flatMap((s) => s.findings);
  const copy = annotateWorkbook(bytes, name, findings);
  const colours = [...new Set(findings.map((f) => SEVERITY_FILL[f.severity].slice(2).toLowerCase()))];
  return { name: copy.fileName, bytes: copy.bytes, notes: copy.markedCells + existingOtherNotes, reportSheet: copy.reportSheet, links: findings.length, colours };
}

(soffice ? describe : describe.skip)('LibreOffice opens annotated copies', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-annotate-lo-'));
  const odsBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    odsBook,
    XLSX.utils.aoa_to_sheet([
      ['План мероприятий на 2024 год'],
      ['№', 'Наименование мероприятия', 'Срок', 'Ответственный', 'Результат'],
      [1, 'Совещание', 'постоянно', 'Иванова И.И.', 'Протокол'],
      [2, '=SUM(A1:A9)', 'март 2024', null, 'Отчёт'],
    ]),
    'План',
  );
  const cases: Case[] = [
    annotated('sarov-quality-management-2021-2022.xlsx', new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, 'seeds', 'sarov-quality-management-2021-2022.xlsx')))),
    annotated('chart-and-notes.xlsx', new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'chart-and-notes.xlsx'))), 1),
    annotated('existing-report-sheet.xlsx', new Uint8Array(fs.readFileSync(path.join(FIXTURES, 'existing-report-sheet.xlsx')))),
    annotated('plan.ods', new Uint8Array(XLSX.write(odsBook, { type: 'array', bookType: 'ods' }) as ArrayBuffer)),
  ];
  const files = cases.map((c) => {
    const file = path.join(dir, c.name);
    fs.writeFileSync(file, c.bytes);
    return file;
  });
  const convert = (format: string) => {
    const out = path.join(dir, format);
    const run = spawnSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', out, ...files], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/error/i);
    return out;
  };

  test('every copy renders to PDF', () => {
    const out = convert('pdf');
    for (const c of cases) {
      const pdf = path.join(out, c.name.replace(/\.xlsx$/, '.pdf'));
      expect(fs.existsSync(pdf)).toBe(true);
      expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 240_000);

  test('read back as ODF: the notes, the fills, the report sheet and a link per finding', () => {
    const out = convert('fods');
    for (const c of cases) {
      const fods = fs.readFileSync(path.join(out, c.name.replace(/\.xlsx$/, '.fods')), 'utf8');
      expect(`${c.name}: ${fods.match(/<office:annotation[\s>]/g)?.length ?? 0} notes`).toBe(`${c.name}: ${c.notes} notes`);
      expect(fods).toContain(`table:name="${c.reportSheet}"`);
      expect(`${c.name}: ${fods.match(/xlink:href="#[^"]+"/g)?.length ?? 0} links`).toBe(`${c.name}: ${c.links} links`);
      for (const colour of c.colours) expect(fods).toContain(`fo:background-color="#${colour}"`);
    }
  }, 240_000);
});
