/**
 * Checks an annotated copy against its original, reading both independently of the annotator:
 * the zips with fflate's own reader, the parts with small regular expressions, the cells with
 * SheetJS. Each check is an `expect`, so a failure names what differs.
 */
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import type { AnnotatedFinding } from '../../../src/workbook/annotate';
import { SEVERITY_FILL } from '../../../src/workbook/annotate';

export type Parts = Record<string, Uint8Array>;

export function unzip(bytes: Uint8Array): Parts {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) if (name.endsWith('/')) delete parts[name];
  return parts;
}

export const text = (parts: Parts, name: string): string => {
  if (!parts[name]) throw new Error(`no part ${name}`);
  return strFromU8(parts[name]);
};

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=<>/]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Text of a cell or note as Excel reads it: `_xHHHH_` is the character HHHH. */
const excelUnescape = (s: string) => unescape(s).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Resolves a relationship target against the folder of its source part. */
export function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = source.split('/').slice(0, -1);
  for (const s of target.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.') out.push(s);
  }
  return out.join('/');
}

export function relsOf(parts: Parts, source: string): Array<{ id: string; type: string; part: string | null }> {
  const slash = source.lastIndexOf('/');
  const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  if (!parts[relsName]) return [];
  return [...text(parts, relsName).matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return { id: a.Id, type: a.Type.replace(/^.*\//, ''), part: a.TargetMode === 'External' ? null : resolve(source, unescape(a.Target)) };
  });
}

/** Sheet name → worksheet part, in workbook order. */
export function sheetParts(parts: Parts): Array<{ name: string; part: string }> {
  const wb = text(parts, 'xl/workbook.xml');
  const rels = relsOf(parts, 'xl/workbook.xml');
  return [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const a = attrs(m[0]);
    return { name: unescape(a.name), part: rels.find((r) => r.id === a['r:id'])!.part! };
  });
}

/** Every cell start tag by address: its `s` (0 when absent) and whether it holds anything. */
export function cellStyles(sheetXml: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of sheetXml.matchAll(/<c\b[^>]*>/g)) {
    const a = attrs(m[0]);
    out.set(a.r, Number(a.s ?? 0));
  }
  return out;
}

export function listItems(stylesXml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(stylesXml)?.[1] ?? '';
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g'))].map((m) => m[0]);
}

/** An xf as comparable data: its attributes and its children. */
function xfData(xf: string, without: string[] = []): { attributes: Record<string, string>; children: string } {
  const tag = /^<xf\b[^>]*>/.exec(xf)![0];
  const attributes = attrs(tag);
  for (const w of without) delete attributes[w];
  return { attributes, children: xf.slice(tag.length).replace(/<\/xf>$/, '') };
}

/** The checks every annotated copy must pass; returns what the tests may look at further. */
export function verifyAnnotatedCopy(original: Uint8Array, copyBytes: Uint8Array, findings: readonly AnnotatedFinding[], reportSheet: string) {
  const before = unzip(original);
  const after = unzip(copyBytes);
  const sheets = sheetParts(before);
  const byName = new Map(sheets.map((s) => [s.name, s.part]));

  // Flagged cells per sheet, each with its most severe finding.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const flagged = new Map<string, Map<string, AnnotatedFinding[]>>();
  for (const f of findings) {
    const cells = flagged.get(f.sheet) ?? new Map<string, AnnotatedFinding[]>();
    cells.set(f.cell, [...(cells.get(f.cell) ?? []), f]);
    flagged.set(f.sheet, cells);
  }
  const flaggedParts = new Set([...flagged.keys()].map((s) => byName.get(s)!));

  // 1. Every original part is still there; those that had no reason to change are byte for byte the same.
  const mayChange = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', ...flaggedParts]);
  for (const part of flaggedParts) {
    mayChange.add(part.replace(/([^/]+)$/, '_rels/$1.rels'));
    for (const rel of relsOf(before, part)) if (rel.type === 'comments' || rel.type === 'vmlDrawing') mayChange.add(rel.part!);
  }
  for (const name of Object.keys(before)) {
    expect(after[name]).toBeDefined();
    if (!mayChange.has(name)) expect(`${name}: ${Buffer.compare(Buffer.from(after[name]), Buffer.from(before[name])) === 0 ? 'same' : 'changed'}`).toBe(`${name}: same`);
  }

  // 2. Every original cell's value, formula and merge, read by SheetJS, is as it was; no value is added.
  const opts: XLSX.ParsingOptions = { type: 'array', cellFormula: true, cellNF: true };
  const bookBefore = XLSX.read(original, opts);
  const bookAfter = XLSX.read(copyBytes, opts);
  expect(bookAfter.SheetNames).toEqual([...bookBefore.SheetNames, reportSheet]);
  for (const name of bookBefore.SheetNames) {
    const a = bookBefore.Sheets[name];
    const b = bookAfter.Sheets[name];
    const cells = (ws: XLSX.WorkSheet) =>
      // A stub (t 'z': a cell with a note and no value) holds nothing to compare.
      Object.fromEntries(Object.keys(ws).filter((k) => !k.startsWith('!') && ws[k].t !== 'z').map((k) => [k, { t: ws[k].t, v: ws[k].v, f: ws[k].f, z: ws[k].z }]));
    expect(cells(b)).toEqual(cells(a));
    expect(b['!merges'] ?? []).toEqual(a['!merges'] ?? []);
  }

  // 2b. A flagged sheet's XML differs from the original only by cells' `s`, the flagged cells it
  //     had to write, the row spans and dimension hints and the <legacyDrawing> of the notes.
  for (const part of flaggedParts) {
    const strip = (xml: string) =>
      xml
        .replace(/<c\b[^>]*>/g, (tag) => tag.replace(/\s+s="\d+"/, ''))
        .replace(/\s+spans="[^"]*"/g, '')
        .replace(/<dimension\b[^>]*\/>/, '');
    // A self-closing row or sheetData opened to take new cells is the same element.
    const selfClose = (xml: string) => xml.replace(/<(row|sheetData)\b([^>]*)><\/\1>/g, '<$1$2/>');
    const old = text(before, part);
    let now = strip(text(after, part));
    const oldCells = cellStyles(old);
    const oldRows = new Set([...old.matchAll(/<row\b[^>]*\br="(\d+)"/g)].map((m) => m[1]));
    for (const ref of cellStyles(text(after, part)).keys()) if (!oldCells.has(ref)) now = now.replace(`<c r="${ref}"/>`, '');
    now = now.replace(/<row r="(\d+)"><\/row>/g, (row, r: string) => (oldRows.has(r) ? row : ''));
    if (!/<legacyDrawing\b/.test(old)) now = now.replace(/<legacyDrawing r:id="[^"]+"\/>/, '');
    if (!old.includes('xmlns:r=')) now = now.replace(/ xmlns:r="[^"]+"/, '');
    expect(selfClose(now)).toBe(selfClose(strip(old)));
  }

  // 3. Styles: the original lists are kept as they were (new items only appended); every cell keeps
  //    its format but the flagged ones, whose new format is the old one with the severity's fill.
  const stylesBefore = text(before, 'xl/styles.xml');
  const stylesAfter = text(after, 'xl/styles.xml');
  for (const [list, item] of [['numFmts', 'numFmt'], ['fonts', 'font'], ['fills', 'fill'], ['borders', 'border'], ['cellStyleXfs', 'xf'], ['cellXfs', 'xf'], ['dxfs', 'dxf']]) {
    const old = listItems(stylesBefore, list, item);
    const now = listItems(stylesAfter, list, item);
    expect(now.slice(0, old.length)).toEqual(old);
    if (['numFmts', 'borders', 'cellStyleXfs', 'dxfs'].includes(list)) expect(now.length).toBe(old.length);
    const count = new RegExp(`<${list}\\b[^>]*\\bcount="(\\d+)"`).exec(stylesAfter)?.[1];
    if (count !== undefined) expect(Number(count)).toBe(now.length);
  }
  const xfsBefore = listItems(stylesBefore, 'cellXfs', 'xf');
  const xfsAfter = listItems(stylesAfter, 'cellXfs', 'xf');
  const fillsAfter = listItems(stylesAfter, 'fills', 'fill');
  const fillOf = (xfIndex: number) => fillsAfter[Number(xfData(xfsAfter[xfIndex]).attributes.fillId)];
  for (const { name, part } of sheets) {
    const old = cellStyles(text(before, part));
    const now = cellStyles(text(after, part));
    const cellsFlagged = flagged.get(name) ?? new Map<string, AnnotatedFinding[]>();
    for (const [ref, s] of old) if (!cellsFlagged.has(ref)) expect(`${name}!${ref} s=${now.get(ref)}`).toBe(`${name}!${ref} s=${s}`);
    for (const ref of now.keys()) if (!old.has(ref)) expect(`${name}!${ref} is new`).toBe(`${name}!${ref} is new${cellsFlagged.has(ref) ? '' : ' but not flagged'}`);
    for (const [ref, list] of cellsFlagged) {
      const s = now.get(ref);
      expect(`${name}!${ref} has s=${s === undefined ? 'none' : 'a format'}`).toBe(`${name}!${ref} has s=a format`);
      const base = old.get(ref) ?? emptyCellFormat(text(before, part), ref);
      expect(xfData(xfsAfter[s!], ['fillId', 'applyFill'])).toEqual(xfData(xfsBefore[base] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ['fillId', 'applyFill']));
      expect(xfData(xfsAfter[s!]).attributes.applyFill).toBe('1');
      const severity = list.map((f) => f.severity).sort((x, y) => rank[x] - rank[y])[0];
      expect(fillOf(s!)).toContain(`patternType="solid"><fgColor rgb="${SEVERITY_FILL[severity]}"/>`);
    }
  }

  // 4. Notes on exactly the flagged cells: a comments part and a VML box for each, wired to the sheet.
  for (const { name, part } of sheets) {
    const cellsFlagged = flagged.get(name);
    const relsBefore = relsOf(before, part);
    const commentsBefore = relsBefore.find((r) => r.type === 'comments');
    const existing = new Map(
      commentsBefore ? [...text(before, commentsBefore.part!).matchAll(/<comment ref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((m) => [m[1], m[2]]) : [],
    );
    if (!cellsFlagged) continue;
    const rels = relsOf(after, part);
    const comments = rels.find((r) => r.type === 'comments');
    const vml = rels.find((r) => r.type === 'vmlDrawing');
    expect(comments && vml).toBeTruthy();
    const sheetXml = text(after, part);
    const legacy = /<legacyDrawing r:id="([^"]+)"\/>/.exec(sheetXml);
    expect(legacy?.[1]).toBe(vml!.id);
    const notes = new Map([...text(after, comments!.part!).matchAll(/<comment ref="([^"]+)"[^>]*>([\s\S]*?)<\/comment>/g)].map((m) => [m[1], m[2]]));
    expect(new Set(notes.keys())).toEqual(new Set([...existing.keys(), ...cellsFlagged.keys()]));
    for (const [ref, list] of cellsFlagged) {
      const plain = excelUnescape(notes.get(ref)!.replace(/<[^>]+>/g, ''));
      for (const f of list) expect(plain).toContain(f.message.slice(0, 1000));
      // A note the cell already had keeps its text, ahead of ours.
      if (existing.has(ref)) expect(notes.get(ref)!.startsWith(existing.get(ref)!.replace(/<\/text>$/, ''))).toBe(true);
    }
    for (const [ref, body] of existing) if (!cellsFlagged.has(ref)) expect(notes.get(ref)).toBe(body);
    const boxes = [...text(after, vml!.part!).matchAll(/<x:Row>(\d+)<\/x:Row>\s*<x:Column>(\d+)<\/x:Column>/g)].map((m) => XLSX.utils.encode_cell({ r: Number(m[1]), c: Number(m[2]) }));
    expect(new Set(boxes)).toEqual(new Set(notes.keys()));
    expect(boxes.length).toBe(notes.size);
    const ws = bookAfter.Sheets[name];
    const withNotes = Object.keys(ws).filter((k) => !k.startsWith('!') && ws[k].c);
    expect(new Set(withNotes)).toEqual(new Set(notes.keys()));
  }
  for (const s of sheets) if (!flagged.has(s.name)) expect(text(after, s.part)).toBe(text(before, s.part));

  // 5. The report sheet: a header and one row per finding, each cell a link to its cell.
  const report = bookAfter.Sheets[reportSheet];
  const rows = XLSX.utils.sheet_to_json<string[]>(report, { header: 1, raw: true, defval: '' });
  expect(rows.length).toBe(Math.max(2, findings.length + 1));
  const reportPart = sheetParts(after).find((s) => s.name === reportSheet)!.part;
  const reportXml = text(after, reportPart);
  expect(reportXml).not.toMatch(/<f[\s>]/);
  const links = new Map([...reportXml.matchAll(/<hyperlink\b[^>]*>/g)].map((m) => [attrs(m[0]).ref, unescape(attrs(m[0]).location)]));
  findings.forEach((f, i) => {
    const row = rows[i + 1];
    // SheetJS reads a CR LF (written, as Excel writes it, «_x000D_» and a line feed) as LF.
    // A text longer than a cell holds is clipped to Excel's 32 767 characters.
    const asRead = (t: string) => t.slice(0, 32_767).replace(/\r\n/g, '\n');
    expect([row[0], row[1], row[2], row[3], row[5]]).toEqual([f.sheet, f.cell, f.rule, asRead(f.message), asRead(f.value)]);
    expect(row[4]).toBe({ error: 'ошибка', warning: 'предупреждение', info: 'сведение' }[f.severity]);
    const location = links.get(`B${i + 2}`);
    expect(location).toBe(`'${f.sheet.replace(/'/g, "''")}'!${f.cell}`);
    // The link leads somewhere real: the sheet exists and the address is a cell.
    expect(bookAfter.SheetNames).toContain(f.sheet);
    expect(report[`B${i + 2}`].l?.Target).toBe(`#${location}`);
  });

  // 6. The package is whole: every relationship target exists, every part has a content type.
  expect(packageProblems(after)).toEqual([]);
  return { before, after, bookAfter, flagged };
}

/** Relationship targets that do not exist and parts without a content type (or types of no part). */
export function packageProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const ct = text(parts, '[Content_Types].xml');
  const defaults = new Map([...ct.matchAll(/<Default\b[^>]*>/g)].map((m) => [attrs(m[0]).Extension.toLowerCase(), attrs(m[0]).ContentType]));
  const overrides = new Map([...ct.matchAll(/<Override\b[^>]*>/g)].map((m) => [attrs(m[0]).PartName.slice(1), attrs(m[0]).ContentType]));
  const names = new Set(Object.keys(parts));
  for (const name of names) {
    if (!overrides.has(name) && !defaults.has(name.replace(/^.*\./, '').toLowerCase())) problems.push(`${name} has no content type`);
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const rel of relsOf(parts, source)) if (rel.part && !names.has(rel.part)) problems.push(`${name} points at missing ${rel.part}`);
  }
  for (const part of overrides.keys()) if (!names.has(part)) problems.push(`content type for missing ${part}`);
  return problems;
}

/** The format Excel shows an unwritten cell in: its row's (when the row has customFormat), else its column's, else 0. */
export function emptyCellFormat(sheetXml: string, ref: string): number {
  const { r, c } = XLSX.utils.decode_cell(ref);
  const row = [...sheetXml.matchAll(/<row\b[^>]*>/g)].map((m) => attrs(m[0])).find((a) => Number(a.r) === r + 1);
  if (row && (row.customFormat === '1' || row.customFormat === 'true')) return Number(row.s ?? 0);
  const col = [...sheetXml.matchAll(/<col\b[^>]*>/g)].map((m) => attrs(m[0])).find((a) => Number(a.min) <= c + 1 && c + 1 <= Number(a.max));
  return Number(col?.style ?? 0);
}
