/**
 * Cell notes as Excel writes them (legacy comments): the text in `xl/commentsN.xml`, the yellow
 * boxes in a VML drawing `xl/drawings/vmlDrawingN.vml`, wired to the sheet by two relationships
 * and a `<legacyDrawing>`. A sheet that already has notes keeps them: ours are added to its
 * comments part and its drawing, and a cell that already has a note gets our text appended
 * after the author's own, which stays as it was.
 */
import { WorkbookReadError } from '../read-errors';
import { columnLetters, parseA1 } from './a1';
import { addRelationships, CONTENT_TYPE, ContentTypes, freePartName, insertBeforeRootEnd, readRelationships, REL } from './opc';
import type { WorkbookPackage } from './package';
import { childElements, ensureNamespacePrefix, excelText, getAttribute, MAX_CELL_TEXT, qualify, rootElement, setAttribute, startTagPattern, topLevelChildren } from './xml';

export interface Note {
  row: number;
  col: number;
  /** The note's heading, shown bold (the checker's name). */
  heading: string;
  /** One line per finding at the cell. */
  lines: string[];
}

const VML = { v: 'urn:schemas-microsoft-com:vml', o: 'urn:schemas-microsoft-com:office:office', x: 'urn:schemas-microsoft-com:office:excel' };

/** Shape ids of VML drawings: block n owns ids n·1024+1 … n·1024+1023, listed in each drawing's `o:idmap`. */
export class ShapeIds {
  private maxId: number;
  private maxBlock: number;

  constructor(pkg: WorkbookPackage) {
    this.maxId = 0;
    this.maxBlock = 0;
    for (const name of pkg.partNames()) {
      if (!name.toLowerCase().endsWith('.vml')) continue;
      const text = decodeLoose(pkg.read(name));
      for (const m of text.matchAll(/_x0000_s(\d+)/g)) this.maxId = Math.max(this.maxId, Number(m[1]));
      for (const block of idmapBlocks(text)) this.maxBlock = Math.max(this.maxBlock, block);
    }
    this.maxBlock = Math.max(this.maxBlock, Math.floor(this.maxId / 1024));
  }

  /** Ids for a new drawing: a fresh block (or run of blocks). */
  forNewDrawing(count: number): { ids: number[]; blocks: number[] } {
    const first = this.maxBlock + 1;
    return this.take(first * 1024 + 1, count);
  }

  /** Ids for shapes added to an existing drawing: above every id in the workbook. */
  forExistingDrawing(count: number): { ids: number[]; blocks: number[] } {
    const start = Math.max(this.maxId + 1, (this.maxBlock + 1) * 1024 + 1);
    return this.take(start, count);
  }

  private take(start: number, count: number): { ids: number[]; blocks: number[] } {
    const ids: number[] = [];
    for (let id = start; ids.length < count; id++) if (id % 1024 !== 0) ids.push(id);
    const blocks = [...new Set(ids.map((id) => Math.floor(id / 1024)))];
    if (!blocks.length) blocks.push(Math.floor(start / 1024));
    this.maxId = Math.max(this.maxId, ...ids);
    this.maxBlock = Math.max(this.maxBlock, ...blocks);
    return { ids, blocks };
  }
}

function decodeLoose(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder('utf-8').decode(bytes) : '';
}

function idmapBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(/<[\w]+:idmap\b[^>]*?\bdata\s*=\s*["']([^"']*)["']/g)) {
    for (const part of m[1].split(/[\s,]+/)) {
      const range = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!range) continue;
      const from = Number(range[1]);
      const to = Number(range[2] ?? range[1]);
      for (let b = from; b <= to && b - from < 65_536; b++) out.push(b);
    }
  }
  return out;
}

/** Rich-text runs of a note in Excel's note font (Tahoma 9, Cyrillic charset). */
function runs(mainPrefix: string, heading: string, body: string): string {
  const q = (n: string) => qualify(mainPrefix, n);
  const font = `<${q('sz')} val="9"/><${q('color')} indexed="81"/><${q('rFont')} val="Tahoma"/><${q('family')} val="2"/><${q('charset')} val="204"/>`;
  const t = (text: string) => `<${q('t')} xml:space="preserve">${excelText(text)}</${q('t')}>`;
  return `<${q('r')}><${q('rPr')}><${q('b')}/>${font}</${q('rPr')}>${t(heading)}</${q('r')}><${q('r')}><${q('rPr')}>${font}</${q('rPr')}>${t(body)}</${q('r')}>`;
}

function noteBody(note: Note, room: number): string {
  const body = `\n${note.lines.join('\n')}`;
  return body.length > room ? `${body.slice(0, Math.max(0, room - 1))}…` : body;
}

const EMPTY_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>`;

/**
 * Writes a sheet's notes. Returns the relationship id for a new <legacyDrawing> when the sheet
 * had none (the caller adds the element to the sheet), or undefined when its existing drawing was used.
 */
export function writeNotes(
  pkg: WorkbookPackage,
  contentTypes: ContentTypes,
  sheetPart: string,
  existingLegacyDrawingId: string | undefined,
  notes: readonly Note[],
  author: string,
  shapeIds: ShapeIds,
): string | undefined {
  if (!notes.length) return undefined;
  const rels = readRelationships(pkg, sheetPart);
  const commentsRel = rels.find((r) => r.type.endsWith('/comments') && r.part && pkg.has(r.part));
  const vmlRel = existingLegacyDrawingId ? rels.find((r) => r.id === existingLegacyDrawingId && r.part && pkg.has(r.part)) : undefined;
  const dir = sheetPart.split('/').slice(0, -2).join('/');

  // The comments part: the sheet's own, or a new one.
  let commentsPart = commentsRel?.part ?? null;
  const newRels: Array<{ type: string; targetPart: string }> = [];
  if (!commentsPart) {
    commentsPart = freePartName(pkg, `${dir}/comments`, '.xml');
    contentTypes.add(commentsPart, CONTENT_TYPE.comments);
    newRels.push({ type: REL.comments, targetPart: commentsPart });
  }
  // Cells the comments part already had notes on (read before ours are added).
  const existing = commentsRel ? existingCommentCells(pkg, commentsPart, notes) : [];
  const notesWithoutComment = mergeComments(pkg, commentsPart, notes, author);

  // The drawing: the sheet's own (which may hold buttons as well as notes), or a new one.
  let legacyRelId: string | undefined;
  if (vmlRel?.part) {
    const vml = decodeLoose(pkg.read(vmlRel.part));
    pkg.write(vmlRel.part, addShapes(vml, notesWithoutComment, shapeIds.forExistingDrawing(notesWithoutComment.length)));
  } else {
    const vmlPart = freePartName(pkg, `${dir}/drawings/vmlDrawing`, '.vml');
    contentTypes.add(vmlPart, CONTENT_TYPE.vml);
    // A new drawing needs a box for every note of the sheet, those its comments part already had too.
    const boxes = [...notes, ...existing];
    pkg.write(vmlPart, newDrawing(boxes, shapeIds.forNewDrawing(boxes.length)));
    newRels.push({ type: REL.vmlDrawing, targetPart: vmlPart });
  }
  if (newRels.length) {
    const ids = addRelationships(pkg, sheetPart, newRels);
    const vmlIndex = newRels.findIndex((r) => r.type === REL.vmlDrawing);
    if (vmlIndex >= 0) legacyRelId = ids[vmlIndex];
  }
  return legacyRelId;
}

/**
 * Adds the notes to a comments part (creating it from nothing when new): a cell with a comment
 * already gets our runs after its own; the rest get new comments. Returns the notes that got a
 * new comment (and so need a box in the drawing).
 */
function mergeComments(pkg: WorkbookPackage, part: string, notes: readonly Note[], author: string): Note[] {
  let xml = pkg.readText(part) ?? EMPTY_COMMENTS;
  const prefix = rootElement(xml).prefix;
  const q = (n: string) => qualify(prefix, n);
  let children = topLevelChildren(xml);
  // Authors: ours added once.
  let authorsSpan = children.find((c) => c.name === q('authors'));
  if (!authorsSpan) {
    xml = xml.slice(0, children[0]?.start ?? rootElement(xml).end) + `<${q('authors')}></${q('authors')}>` + xml.slice(children[0]?.start ?? rootElement(xml).end);
    children = topLevelChildren(xml);
    authorsSpan = children.find((c) => c.name === q('authors'))!;
  }
  const authors = childElements(xml, authorsSpan.contentStart, authorsSpan.contentEnd, q('author')).map((a) => xml.slice(a.contentStart, a.contentEnd));
  let authorId = authors.indexOf(excelText(author));
  if (authorId < 0) {
    authorId = authors.length;
    const addition = `<${q('author')}>${excelText(author)}</${q('author')}>`;
    xml = authorsSpan.tag.endsWith('/>')
      ? xml.slice(0, authorsSpan.start) + `<${q('authors')}>${addition}</${q('authors')}>` + xml.slice(authorsSpan.end)
      : xml.slice(0, authorsSpan.contentEnd) + addition + xml.slice(authorsSpan.contentEnd);
  }
  children = topLevelChildren(xml);
  let list = children.find((c) => c.name === q('commentList'));
  if (!list) {
    const at = children.find((c) => c.name === q('extLst'))?.start ?? xml.lastIndexOf(`</${q('comments')}`);
    xml = `${xml.slice(0, at)}<${q('commentList')}></${q('commentList')}>${xml.slice(at)}`;
    list = topLevelChildren(xml).find((c) => c.name === q('commentList'))!;
  }
  if (list.tag.endsWith('/>')) {
    xml = `${xml.slice(0, list.start)}<${q('commentList')}></${q('commentList')}>${xml.slice(list.end)}`;
    list = topLevelChildren(xml).find((c) => c.name === q('commentList'))!;
  }
  // Existing comments by cell; ours appended inside theirs, from the end back so offsets hold.
  const byCell = new Map<string, Note>(notes.map((n) => [`${n.row}:${n.col}`, n]));
  const appended = new Set<string>();
  const edits: Array<{ at: number; text: string; replaceTo?: number }> = [];
  for (const c of childElements(xml, list.contentStart, list.contentEnd, q('comment'))) {
    const ref = parseA1(getAttribute(c.tag, 'ref')?.split(':')[0] ?? '');
    const note = ref && byCell.get(`${ref.row}:${ref.col}`);
    if (!note || appended.has(`${note.row}:${note.col}`)) continue;
    appended.add(`${note.row}:${note.col}`);
    const text = childElements(xml, c.contentStart, c.contentEnd, q('text'))[0];
    if (!text) continue;
    const body = runs(prefix, `\n\n${note.heading}`, noteBody(note, MAX_CELL_TEXT - note.heading.length - 2));
    if (text.tag.endsWith('/>')) edits.push({ at: text.start, replaceTo: text.end, text: `<${q('text')}>${body}</${q('text')}>` });
    else {
      // Runs go after a plain <t> and any runs, before phonetic runs (CT_Rst's order).
      const phonetic = /<(?:\w+:)?(?:rPh|phoneticPr)(?=[\s/>])/.exec(xml.slice(text.contentStart, text.contentEnd));
      edits.push({ at: phonetic ? text.contentStart + phonetic.index : text.contentEnd, text: body });
    }
  }
  const fresh = notes.filter((n) => !appended.has(`${n.row}:${n.col}`));
  const added = fresh
    .map((n) => `<${q('comment')} ref="${columnLetters(n.col)}${n.row + 1}" authorId="${authorId}"><${q('text')}>${runs(prefix, n.heading, noteBody(n, MAX_CELL_TEXT - n.heading.length))}</${q('text')}></${q('comment')}>`)
    .join('');
  edits.push({ at: list.contentEnd, text: added });
  edits.sort((a, b) => b.at - a.at);
  for (const e of edits) xml = xml.slice(0, e.at) + e.text + xml.slice(e.replaceTo ?? e.at);
  pkg.write(part, xml);
  return fresh;
}

/** Cells of the comments part that are not among `notes` (their boxes go into a new drawing too). */
function existingCommentCells(pkg: WorkbookPackage, part: string, notes: readonly Note[]): Note[] {
  const xml = pkg.readText(part);
  if (!xml) return [];
  const ours = new Set(notes.map((n) => `${n.row}:${n.col}`));
  const out: Note[] = [];
  for (const m of xml.matchAll(startTagPattern(qualify(rootElement(xml).prefix, 'comment')))) {
    const ref = parseA1(getAttribute(m[0], 'ref')?.split(':')[0] ?? '');
    if (ref && !ours.has(`${ref.row}:${ref.col}`)) {
      ours.add(`${ref.row}:${ref.col}`);
      out.push({ row: ref.row, col: ref.col, heading: '', lines: [] });
    }
  }
  return out;
}

/** A note's box, as Excel writes it: hidden until the cell is pointed at, anchored beside the cell. */
function shape(p: { v: string; o: string; x: string }, id: number, z: number, note: Note): string {
  const length = note.lines.reduce((n, l) => n + l.length + 1, 0);
  const top = Math.max(0, note.row - 1);
  const height = Math.min(14, 4 + Math.floor(length / 160));
  return (
    `<${p.v}:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${z};visibility:hidden' fillcolor="#ffffe1" ${p.o}:insetmode="auto">` +
    `<${p.v}:fill color2="#ffffe1"/><${p.v}:shadow on="t" color="black" obscured="t"/><${p.v}:path ${p.o}:connecttype="none"/>` +
    `<${p.v}:textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></${p.v}:textbox>` +
    `<${p.x}:ClientData ObjectType="Note"><${p.x}:MoveWithCells/><${p.x}:SizeWithCells/>` +
    `<${p.x}:Anchor>${note.col + 1}, 15, ${top}, 10, ${note.col + 4}, 15, ${top + height}, 4</${p.x}:Anchor>` +
    `<${p.x}:AutoFill>False</${p.x}:AutoFill><${p.x}:Row>${note.row}</${p.x}:Row><${p.x}:Column>${note.col}</${p.x}:Column></${p.x}:ClientData></${p.v}:shape>`
  );
}

function shapeType(p: { v: string; o: string }): string {
  return (
    `<${p.v}:shapetype id="_x0000_t202" coordsize="21600,21600" ${p.o}:spt="202" path="m,l,21600r21600,l21600,xe">` +
    `<${p.v}:stroke joinstyle="miter"/><${p.v}:path gradientshapeok="t" ${p.o}:connecttype="rect"/></${p.v}:shapetype>`
  );
}

function newDrawing(notes: readonly Note[], allocation: { ids: number[]; blocks: number[] }): string {
  const p = { v: 'v', o: 'o', x: 'x' };
  const shapes = notes.map((n, i) => shape(p, allocation.ids[i], i + 1, n)).join('');
  return (
    `<xml xmlns:v="${VML.v}" xmlns:o="${VML.o}" xmlns:x="${VML.x}">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${allocation.blocks.join(',')}"/></o:shapelayout>` +
    `${shapeType(p)}${shapes}</xml>`
  );
}

/** Boxes for new notes appended to an existing drawing, its idmap extended to their ids' blocks. */
function addShapes(vml: string, notes: readonly Note[], allocation: { ids: number[]; blocks: number[] }): string {
  if (!notes.length) return vml;
  let text = vml;
  const prefixes = { v: 'v', o: 'o', x: 'x' };
  for (const [k, ns] of Object.entries(VML) as Array<[keyof typeof VML, string]>) {
    const r = ensureNamespacePrefix(text, ns, k);
    text = r.xml;
    prefixes[k] = r.prefix;
  }
  const idmap = new RegExp(`<${prefixes.o}:idmap\\b[^>]*>`).exec(text);
  if (idmap) {
    const listed = new Set(idmapBlocks(idmap[0]));
    const missing = allocation.blocks.filter((b) => !listed.has(b));
    if (missing.length) {
      const data = [getAttribute(idmap[0], 'data') ?? '', ...missing.map(String)].filter(Boolean).join(',');
      text = text.slice(0, idmap.index) + setAttribute(idmap[0], 'data', data) + text.slice(idmap.index + idmap[0].length);
    }
  }
  const hasType = /id\s*=\s*["']_x0000_t202["']/.test(text);
  const zStart = (text.match(/z-index:\s*\d+/g) ?? []).length + 1;
  const shapes = (hasType ? '' : shapeType(prefixes)) + notes.map((n, i) => shape(prefixes, allocation.ids[i], zStart + i, n)).join('');
  try {
    return insertBeforeRootEnd(text, shapes);
  } catch {
    throw new WorkbookReadError('file-corrupt', 'a VML drawing without its closing tag');
  }
}
