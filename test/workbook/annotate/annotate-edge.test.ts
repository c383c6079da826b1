/**
 * The annotated copy on packages made for one case each: cells that are not written yet,
 * hostile text, name clashes, macros, conversions, refused files, prefixed XML, no stylesheet.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { checkWorkbook } from '../../../src/core/check';
import { annotateWorkbook, freeSheetName, type AnnotatedFinding } from '../../../src/workbook/annotate';
import { WorkbookReadError } from '../../../src/workbook/read-errors';
import { readWorkbook } from '../../../src/workbook/read-workbook';
import { craftZip, roadmapXlsx } from '../../support/zip-craft';
import { packageProblems, sheetParts, text, unzip, verifyAnnotatedCopy } from './verify-copy';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '</styleSheet>';

interface SheetSpec {
  name: string;
  xml: string;
}

/** A package written by hand: the sheets given, a stylesheet (or none), extra parts. */
function makePackage(sheets: SheetSpec[], options: { styles?: string | null; workbookType?: string; extra?: Record<string, Uint8Array>; extraRels?: string; extraTypes?: string } = {}): Uint8Array {
  const styles = options.styles === undefined ? STYLES : options.styles;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${options.workbookType ?? WORKBOOK_TYPE}"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        (styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
        (options.extraTypes ?? '') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${s.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        (styles ? `<Relationship Id="rId100" Type="${REL}/styles" Target="styles.xml"/>` : '') +
        (options.extraRels ?? '') +
        '</Relationships>',
    ),
    ...Object.fromEntries(sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(s.xml)])),
    ...(styles ? { 'xl/styles.xml': strToU8(styles) } : {}),
    ...options.extra,
  };
  return zipSync(files);
}

const sheetXml = (body: string, head = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${head}<sheetData>${body}</sheetData></worksheet>`;

const finding = (sheet: string, cell: string, severity: AnnotatedFinding['severity'] = 'error', extra: Partial<AnnotatedFinding> = {}): AnnotatedFinding => ({
  sheet,
  cell,
  severity,
  rule: 'responsible-missing',
  message: `Замечание к ${cell}`,
  value: '',
  ...extra,
});

/** Every XML part of a package is well-formed XML, as xmllint reads it. */
function expectWellFormed(bytes: Uint8Array): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-annotate-xml-'));
  const files = Object.entries(unzip(bytes))
    .filter(([name]) => /\.(xml|rels|vml)$/.test(name))
    .map(([, content], i) => {
      const file = path.join(dir, `${i}.xml`);
      fs.writeFileSync(file, content);
      return file;
    });
  execFileSync('xmllint', ['--noout', ...files]);
  fs.rmSync(dir, { recursive: true, force: true });
}

describe('cells that are not written yet', () => {
  const xml = sheetXml(
    '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1"><v>3</v></c></row>' +
      '<row r="3" s="2" customFormat="1"/>' +
      '<row r="5"><c r="A5"><f>1+1</f><v>2</v></c></row>',
    '<dimension ref="A1:C5"/><cols><col min="4" max="4" width="10" style="1" customWidth="1"/></cols>',
  );
  const original = makePackage([{ name: 'План', xml }]);
  const findings = ['B1', 'D1', 'C3', 'A2', 'B7', 'A5', 'D6'].map((cell) => finding('План', cell));
  const copy = annotateWorkbook(original, 'plan.xlsx', findings);

  test('are inserted in row and column order, in the format Excel shows them in, and the copy checks out', () => {
    verifyAnnotatedCopy(original, copy.bytes, findings, copy.reportSheet);
    const out = text(unzip(copy.bytes), 'xl/worksheets/sheet1.xml');
    const order = [...out.matchAll(/<c r="([A-Z]+)(\d+)"/g)].map((m) => m[1] + m[2]);
    expect(order).toEqual(['A1', 'B1', 'C1', 'D1', 'A2', 'C3', 'A5', 'D6', 'B7']);
    expect(out).toContain('<row r="3" s="2" customFormat="1"><c r="C3" s="');
    expect(out).toContain('<row r="1" spans="1:4">');
    expect(out).toContain('<dimension ref="A1:D7"/>');
    expect(out).toContain('<c r="A5" s="3"><f>1+1</f><v>2</v></c>');
    expectWellFormed(copy.bytes);
  });

  test('an empty <sheetData/> gets its rows', () => {
    const empty = makePackage([{ name: 'Пусто', xml: `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }]);
    const result = annotateWorkbook(empty, 'empty.xlsx', [finding('Пусто', 'C2'), finding('Пусто', 'A1', 'info')]);
    const out = text(unzip(result.bytes), 'xl/worksheets/sheet1.xml');
    expect(out).toMatch(/<sheetData><row r="1"><c r="A1" s="\d+"\/><\/row><row r="2"><c r="C2" s="\d+"\/><\/row><\/sheetData>/);
    // The root had no relationships prefix: it is declared for <legacyDrawing r:id>.
    expect(out).toMatch(/<worksheet xmlns="[^"]+" xmlns:r="[^"]+">/);
    verifyAnnotatedCopy(empty, result.bytes, [finding('Пусто', 'C2'), finding('Пусто', 'A1', 'info')], result.reportSheet);
    expectWellFormed(result.bytes);
  });
});

test('text from a school is written as text: formulas, markup, control characters, escapes, 32 767 characters', () => {
  const long = 'д'.repeat(32_767);
  const hostile = [
    '=HYPERLINK("http://example.com","нажми")',
    '<script>alert(1)</script> & «кавычки» "двойные"',
    'звонок\u0007 и ESC\u001b[2J конец',
    'строка 1\r\nстрока 2\tтаб',
    'буквально _x0041_ и _x005F_',
    '+7 (999) 123-45-67',
    long,
  ];
  const sheet = "План 'А' & Б";
  const xml = sheetXml(hostile.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(''));
  const original = makePackage([{ name: sheet, xml }]);
  const findings = hostile.map((v, i) => finding(sheet, `A${i + 1}`, 'warning', { value: v, message: `Сообщение: ${v}` }));
  const copy = annotateWorkbook(original, 'hostile.xlsx', findings);
  verifyAnnotatedCopy(original, copy.bytes, findings, copy.reportSheet);
  expectWellFormed(copy.bytes);
  const parts = unzip(copy.bytes);
  for (const [name, content] of Object.entries(parts)) if (name.endsWith('.xml')) expect(`${name}: ${/<f[\s>]/.test(Buffer.from(content).toString('utf8')) ? 'has a formula' : 'no formula'}`).toBe(`${name}: no formula`);
  const book = XLSX.read(copy.bytes, { type: 'array' });
  const report = book.Sheets[copy.reportSheet];
  expect(text(parts, 'xl/worksheets/sheet2.xml')).toContain('<t xml:space="preserve">строка 1_x000D_\nстрока 2\tтаб</t>');
  hostile.forEach((v, i) => {
    expect(report[`F${i + 2}`].v).toBe(v.replace(/\r\n/g, '\n'));
    expect(report[`F${i + 2}`].t).toBe('s');
    expect(report[`B${i + 2}`].l?.Target).toBe(`#'План ''А'' & Б'!A${i + 1}`);
  });
  // A message longer than a cell holds is clipped to Excel's limit, not refused.
  const tooLong = annotateWorkbook(original, 'long.xlsx', [finding(sheet, 'A1', 'info', { value: 'ж'.repeat(40_000) })]);
  const clipped = XLSX.read(tooLong.bytes, { type: 'array' }).Sheets[tooLong.reportSheet].F2.v as string;
  expect(clipped).toBe('ж'.repeat(32_767));
});

test('the report sheet takes a name no sheet has, compared case-insensitively as Excel does', () => {
  expect(freeSheetName(['План'])).toBe('Замечания');
  expect(freeSheetName(['замечания'])).toBe('Замечания (2)');
  expect(freeSheetName(['ЗАМЕЧАНИЯ', 'Замечания (2)'])).toBe('Замечания (3)');
  const original = makePackage([
    { name: 'замечания', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
    { name: 'ЗАМЕЧАНИЯ (2)', xml: sheetXml('') },
  ]);
  const copy = annotateWorkbook(original, 'clash.xlsx', [finding('замечания', 'A1')]);
  expect(copy.reportSheet).toBe('Замечания (3)');
  expect(sheetParts(unzip(copy.bytes)).map((s) => s.name)).toEqual(['замечания', 'ЗАМЕЧАНИЯ (2)', 'Замечания (3)']);
});

test('an .xlsm keeps its macros and its content type; a package under another extension is named for what it is', () => {
  const vba = new Uint8Array(2048).map((_, i) => (i * 31) % 256);
  const original = makePackage([{ name: 'План', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], {
    workbookType: MACRO_TYPE,
    extra: { 'xl/vbaProject.bin': vba },
    extraRels: `<Relationship Id="rId200" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    extraTypes: '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
  });
  const copy = annotateWorkbook(original, 'plan.xlsm', [finding('План', 'A1')]);
  expect(copy.fileName).toBe('plan.xlsm');
  const parts = unzip(copy.bytes);
  expect(parts['xl/vbaProject.bin']).toEqual(vba);
  expect(text(parts, '[Content_Types].xml')).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${MACRO_TYPE}"/>`);
  expect(text(parts, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
  expect(packageProblems(parts)).toEqual([]);
  expect(annotateWorkbook(original, 'plan.xlsx', []).fileName).toBe('plan.xlsm');
  expect(annotateWorkbook(roadmapXlsx(), 'plan.xls', []).fileName).toBe('plan.xlsx');
});

describe('.xls, .ods, .fods and .csv get an .xlsx copy, and say so', () => {
  const rows = [
    ['План мероприятий на 2023-2024 годы'],
    [],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'],
    [1, 'Совещание с руководителями', 'Постоянно', 'Иванова И.И.', 'Протокол'],
    [2, 'Мониторинг показателей', 'I квартал 2023 года', null, 'Справка'],
    [3, '=не формула', 'март 2023', '_x0041_ буквально', 'Отчёт'],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'План');
  const inputs: Array<[string, Uint8Array, string]> = [
    ['plan.xls', new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'xls'],
    ['plan.ods', new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer), 'ods'],
    ['plan.csv', strToU8(rows.map((r) => r.map((v) => (v === null ? '' : `"${v}"`)).join(',')).join('\n')), 'csv'],
    ['plan.fods', new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'fods' }) as ArrayBuffer), 'fods'],
  ];

  test.each(inputs)('%s', (name, bytes, format) => {
    const grids = readWorkbook(bytes, name).sheets;
    const findings = checkWorkbook(grids).sheets.flatMap((s) => s.findings);
    expect(findings.some((f) => f.rule === 'responsible-missing' && f.cell === 'D5')).toBe(true);
    const copy = annotateWorkbook(bytes, name, findings);
    expect(copy.fileName).toBe('plan.xlsx');
    expect(copy.converted?.from).toBe(format);
    expect(copy.converted?.message.ru).toMatch(/копию в формате \.xlsx/);
    expect(copy.converted?.message.en).toMatch(/copy in \.xlsx format/);
    expect(copy.markedCells).toBe(new Set(findings.map((f) => f.cell)).size);
    // The copy reads as the original did (text stays text), and checks the same on the plan.
    const again = readWorkbook(copy.bytes, copy.fileName).sheets;
    expect(again.map((g) => g.name)).toEqual([grids[0].name, 'Замечания']);
    expect([...again[0].rowIndices()].map((r) => again[0].rowCells(r))).toEqual([...grids[0].rowIndices()].map((r) => grids[0].rowCells(r)));
    expect(checkWorkbook(again).sheets[0].findings).toEqual(checkWorkbook(grids).sheets[0].findings);
    const parts = unzip(copy.bytes);
    expect(packageProblems(parts)).toEqual([]);
    const ws = XLSX.read(copy.bytes, { type: 'array', cellStyles: true }).Sheets[grids[0].name];
    for (const f of findings) expect((ws[f.cell]?.s as { fgColor?: { rgb?: string } } | undefined)?.fgColor?.rgb).toBeDefined();
  });
});

describe('a file the reader refuses is not annotated', () => {
  const parts = () => [{ name: '[Content_Types].xml', data: strToU8('<Types/>') }, { name: 'xl/workbook.xml', data: strToU8('<workbook/>') }];
  test.each<[string, Uint8Array, string]>([
    ['a zip bomb (declared sizes)', craftZip([...parts(), { name: 'xl/worksheets/sheet1.xml', data: strToU8('<x/>'), declaredSize: 150 * 1024 * 1024 }]), 'file-too-large'],
    ['an encrypted zip', craftZip(parts().map((p) => ({ ...p, flags: 0x1 }))), 'file-encrypted'],
    ['a truncated package', roadmapXlsx().subarray(0, 600), 'file-corrupt'],
    ['text under an .xlsx name', strToU8('это не книга'), 'file-not-workbook'],
    ['an empty file', new Uint8Array(0), 'file-empty'],
  ])('%s', (_name, bytes, code) => {
    let error: unknown;
    try {
      annotateWorkbook(bytes, 'bad.xlsx', [finding('План', 'A1')]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe(code);
  });

  test('limits are the caller\'s to tighten', () => {
    expect(() => annotateWorkbook(roadmapXlsx(), 'plan.xlsx', [], { limits: { maxTotalBytes: 1000 } })).toThrow(expect.objectContaining({ code: 'file-too-large' }));
  });
});

test('XML written with a namespace prefix (x:) is edited with that prefix', () => {
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
    '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
  const styles = STYLES.replace(/<(\/?)([a-zA-Z])/g, '<$1x:$2').replace(`<x:styleSheet xmlns="${MAIN}">`, `<x:styleSheet xmlns:x="${MAIN}">`).replace('<?x:xml', '<?xml');
  const original = makePackage([{ name: 'План', xml }], { styles });
  const copy = annotateWorkbook(original, 'prefixed.xlsx', [finding('План', 'A1'), finding('План', 'B2', 'info')]);
  const parts = unzip(copy.bytes);
  const out = text(parts, 'xl/worksheets/sheet1.xml');
  expect(out).toMatch(/<x:c r="A1" t="inlineStr" s="3">/);
  expect(out).toMatch(/<x:row r="2"><x:c r="B2" s="4"\/><\/x:row>/);
  expect(out).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
  expect(text(parts, 'xl/styles.xml')).toMatch(/<x:cellXfs count="(\d+)">/);
  expect(packageProblems(parts)).toEqual([]);
  expectWellFormed(copy.bytes);
  const book = XLSX.read(copy.bytes, { type: 'array', cellStyles: true });
  expect(book.Sheets['План'].A1.v).toBe('a');
  expect(book.Sheets['План'].A1.c?.[0].t).toMatch(/Замечание к A1/);
});

test('a package without a stylesheet gets one, related and typed', () => {
  const original = makePackage([{ name: 'План', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], { styles: null });
  const findings = [finding('План', 'A1')];
  const copy = annotateWorkbook(original, 'nostyles.xlsx', findings);
  const parts = unzip(copy.bytes);
  expect(text(parts, 'xl/_rels/workbook.xml.rels')).toMatch(/relationships\/styles" Target="styles.xml"/);
  expect(packageProblems(parts)).toEqual([]);
  expectWellFormed(copy.bytes);
  const book = XLSX.read(copy.bytes, { type: 'array', cellStyles: true });
  expect((book.Sheets['План'].A1.s as { fgColor?: { rgb?: string } }).fgColor?.rgb).toBe('FFC7CE');
});

test('findings the workbook cannot show are listed without a link; no findings is said, not left blank', () => {
  const original = roadmapXlsx();
  const copy = annotateWorkbook(original, 'plan.xlsx', [finding('Нет такого листа', 'A1'), finding('План', 'не адрес'), finding('План', 'B4', 'warning')]);
  expect(copy.markedCells).toBe(1);
  expect(copy.unmarkedFindings).toBe(2);
  const report = XLSX.read(copy.bytes, { type: 'array' }).Sheets[copy.reportSheet];
  expect(report.B2.l).toBeUndefined();
  expect(report.B3.l).toBeUndefined();
  expect(report.B4.l?.Target).toBe("#'План'!B4");

  const clean = annotateWorkbook(original, 'plan.xlsx', []);
  expect(clean.markedCells).toBe(0);
  const cleanParts = unzip(clean.bytes);
  expect(Object.keys(cleanParts).some((n) => /comments|vml/i.test(n))).toBe(false);
  expect(XLSX.read(clean.bytes, { type: 'array' }).Sheets[clean.reportSheet].A2.v).toBe('Замечаний к ячейкам нет.');
  expect(annotateWorkbook(original, 'plan.xlsx', [], { language: 'en' }).bytes).not.toEqual(clean.bytes);
});

test('parts the reader never inflates (pictures) are copied compressed as they were; the output is reproducible', () => {
  const picture = new Uint8Array(5000).map((_, i) => (i * 7919) % 251);
  const original = makePackage([{ name: 'План', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }], {
    extra: { 'xl/media/image1.png': picture },
    extraTypes: '<Default Extension="png" ContentType="image/png"/>',
  });
  const findings = [finding('План', 'A1')];
  const copy = annotateWorkbook(original, 'plan.xlsx', findings);
  expect(unzip(copy.bytes)['xl/media/image1.png']).toEqual(picture);
  const compressedSpan = (bytes: Uint8Array) => {
    const at = Buffer.from(bytes).indexOf('xl/media/image1.png');
    return Buffer.from(bytes).subarray(at + 'xl/media/image1.png'.length, at + 'xl/media/image1.png'.length + 200).toString('hex');
  };
  expect(compressedSpan(copy.bytes)).toBe(compressedSpan(original));
  expect(annotateWorkbook(original, 'plan.xlsx', findings).bytes).toEqual(copy.bytes);
});

describe('a sheet with half of the notes machinery', () => {
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>Петров</author></authors><commentList>` +
    '<comment ref="B1" authorId="0"><text><t>старая заметка</t></text></comment></commentList></comments>';
  const sheetRels = (rels: string) =>
    strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>';

  test('comments without a drawing: a new drawing gets boxes for the old notes and ours', () => {
    const original = makePackage([{ name: 'План', xml: sheetXml(rows) }], {
      extra: {
        'xl/comments1.xml': strToU8(comments),
        'xl/worksheets/_rels/sheet1.xml.rels': sheetRels(`<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>`),
      },
      extraTypes: '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
    });
    const findings = [finding('План', 'A1')];
    const copy = annotateWorkbook(original, 'half.xlsx', findings);
    const { after } = verifyAnnotatedCopy(original, copy.bytes, findings, copy.reportSheet);
    const vml = text(after, 'xl/drawings/vmlDrawing1.vml');
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]}:${m[2]}`).sort()).toEqual(['0:0', '0:1']);
    expect(text(after, 'xl/comments1.xml')).toContain('<comment ref="B1" authorId="0"><text><t>старая заметка</t></text></comment>');
    expectWellFormed(copy.bytes);
  });

  test('a drawing without comments (a button): our comments part is added and our boxes join its drawing', () => {
    const button =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"/>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t201" style="position:absolute"><x:ClientData ObjectType="Button"><x:Anchor>1, 0, 1, 0, 2, 0, 2, 0</x:Anchor></x:ClientData></v:shape></xml>';
    const original = makePackage([{ name: 'План', xml: sheetXml(rows).replace('</worksheet>', '<legacyDrawing r:id="rId7"/></worksheet>') }], {
      extra: {
        'xl/drawings/vmlDrawing1.vml': strToU8(button),
        'xl/worksheets/_rels/sheet1.xml.rels': sheetRels(`<Relationship Id="rId7" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`),
      },
      extraTypes: '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    });
    const findings = [finding('План', 'B1', 'warning')];
    const copy = annotateWorkbook(original, 'button.xlsx', findings);
    const { after } = verifyAnnotatedCopy(original, copy.bytes, findings, copy.reportSheet);
    const vml = text(after, 'xl/drawings/vmlDrawing1.vml');
    expect(vml.startsWith(button.slice(0, button.indexOf('data="1"')))).toBe(true);
    expect(vml).toContain('ObjectType="Button"');
    // The note's shape type is added, its id is past the button's, and the idmap lists its block.
    expect(vml).toContain('<v:shapetype id="_x0000_t202"');
    const id = Number(/_x0000_s(\d+)" type="#_x0000_t202"/.exec(vml)![1]);
    expect(id).toBeGreaterThan(1025);
    expect(/data="([^"]+)"/.exec(vml)![1].split(',').map(Number)).toContain(Math.floor(id / 1024));
    expect(text(after, 'xl/worksheets/sheet1.xml').match(/<legacyDrawing/g)).toHaveLength(1);
    expectWellFormed(copy.bytes);
  });
});

test('a package whose workbook part cannot be found (no _rels/.rels) but which SheetJS reads: a rebuilt .xlsx copy, said so', () => {
  const parts = unzip(roadmapXlsx());
  delete parts['_rels/.rels'];
  const damaged = zipSync(parts);
  const grids = readWorkbook(damaged, 'plan.xlsx').sheets;
  const findings = checkWorkbook(grids).sheets.flatMap((s) => s.findings);
  expect(findings.length).toBeGreaterThan(0);
  const copy = annotateWorkbook(damaged, 'plan.xlsx', findings);
  expect(copy.converted?.from).toBe('xlsx');
  expect(copy.converted?.message.ru).toMatch(/^Книгу не удалось дополнить на месте/);
  expect(copy.markedCells).toBe(new Set(findings.map((f) => f.cell)).size);
  expect(packageProblems(unzip(copy.bytes))).toEqual([]);
});

test('the report\'s header row is frozen only where the workbook has the book view a sheet view refers to', () => {
  const reportXml = (bytes: Uint8Array) => {
    const parts = unzip(bytes);
    return text(parts, sheetParts(parts).at(-1)!.part);
  };
  const plain = makePackage([{ name: 'План', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]);
  expect(reportXml(annotateWorkbook(plain, 'a.xlsx', [finding('План', 'A1')]).bytes)).not.toContain('<sheetViews>');
  const parts = unzip(plain);
  parts['xl/workbook.xml'] = strToU8(text(parts, 'xl/workbook.xml').replace('<sheets>', '<bookViews><workbookView/></bookViews><sheets>'));
  expect(reportXml(annotateWorkbook(zipSync(parts), 'a.xlsx', [finding('План', 'A1')]).bytes)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
});
