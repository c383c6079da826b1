/**
 * The package's plumbing (Open Packaging Conventions): relationship parts and
 * [Content_Types].xml, read and extended in place.
 */
import { WorkbookReadError } from '../read-errors';
import type { WorkbookPackage } from './package';
import { attributes, escapeAttribute, getAttribute, qualify, rootElement, startTagPattern } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  macroTemplate: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
};

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points at (package path, no leading slash), or null for an external target. */
  part: string | null;
}

/** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`; `_rels/.rels` for the package. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a package path. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray % is a literal character.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.replace(/^\/+/, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** The relative target from one part to another, as Excel writes it (`../comments1.xml`). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The relationships of a part (empty when it has none). */
export function readRelationships(pkg: WorkbookPackage, sourcePart: string): Relationship[] {
  const xml = pkg.readText(relsPathOf(sourcePart));
  if (xml === undefined) return [];
  const root = rootElement(xml);
  const out: Relationship[] = [];
  for (const m of xml.matchAll(startTagPattern(qualify(root.prefix, 'Relationship')))) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const type = a.get('Type');
    const target = a.get('Target');
    if (!id || !type || target === undefined) continue;
    const external = a.get('TargetMode') === 'External';
    out.push({ id, type, target, part: external ? null : resolveTarget(sourcePart, target) });
  }
  return out;
}

/**
 * Adds relationships to a part's rels (creating the rels part when there is none) and returns
 * their ids, each new and unique in that part.
 */
export function addRelationships(pkg: WorkbookPackage, sourcePart: string, added: ReadonlyArray<{ type: string; targetPart: string }>): string[] {
  const relsPath = relsPathOf(sourcePart);
  let xml =
    pkg.readText(relsPath) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  const root = rootElement(xml);
  const taken = new Set(readRelationships(pkg, sourcePart).map((r) => r.id));
  let next = 1;
  const ids: string[] = [];
  let elements = '';
  for (const rel of added) {
    while (taken.has(`rId${next}`)) next++;
    const id = `rId${next}`;
    taken.add(id);
    ids.push(id);
    elements += `<${qualify(root.prefix, 'Relationship')} Id="${id}" Type="${escapeAttribute(rel.type)}" Target="${escapeAttribute(relativeTarget(sourcePart, rel.targetPart))}"/>`;
  }
  xml = insertBeforeRootEnd(xml, elements);
  pkg.write(relsPath, xml);
  return ids;
}

/** Text inserted just before the root element's closing tag (a self-closing root is opened). */
export function insertBeforeRootEnd(xml: string, inner: string): string {
  const root = rootElement(xml);
  if (root.tag.endsWith('/>')) {
    const open = root.tag.replace(/\s*\/>$/, '>');
    return xml.slice(0, root.start) + open + inner + `</${qualify(root.prefix, root.localName)}>` + xml.slice(root.end);
  }
  const close = xml.lastIndexOf(`</${qualify(root.prefix, root.localName)}`);
  if (close < 0) throw new WorkbookReadError('file-corrupt', 'unclosed root element');
  return xml.slice(0, close) + inner + xml.slice(close);
}

/** [Content_Types].xml: what a part's content type is, and adding types for new parts. */
export class ContentTypes {
  static readonly PART = '[Content_Types].xml';
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private additions = '';

  constructor(private readonly pkg: WorkbookPackage) {
    const xml = pkg.readText(ContentTypes.PART);
    if (xml === undefined) throw new WorkbookReadError('file-corrupt', 'no [Content_Types].xml');
    const prefix = rootElement(xml).prefix;
    for (const m of xml.matchAll(startTagPattern(qualify(prefix, 'Default')))) {
      const ext = getAttribute(m[0], 'Extension');
      const type = getAttribute(m[0], 'ContentType');
      if (ext && type) this.defaults.set(ext.toLowerCase(), type);
    }
    for (const m of xml.matchAll(startTagPattern(qualify(prefix, 'Override')))) {
      const part = getAttribute(m[0], 'PartName');
      const type = getAttribute(m[0], 'ContentType');
      if (part && type) this.overrides.set(resolveTarget('', part).toLowerCase(), type);
    }
  }

  typeOf(part: string): string | undefined {
    const override = this.overrides.get(part.toLowerCase());
    if (override) return override;
    const dot = part.lastIndexOf('.');
    return dot < 0 ? undefined : this.defaults.get(part.slice(dot + 1).toLowerCase());
  }

  /** Gives a new part its content type: by its extension's Default when that says the same, else an Override. */
  add(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    const dot = part.lastIndexOf('.');
    const ext = part.slice(dot + 1).toLowerCase();
    if (ext === 'vml' && !this.defaults.has(ext)) {
      this.defaults.set(ext, type);
      this.additions += `<Default Extension="vml" ContentType="${type}"/>`;
      return;
    }
    this.overrides.set(part.toLowerCase(), type);
    this.additions += `<Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`;
  }

  save(): void {
    if (!this.additions) return;
    const xml = this.pkg.readText(ContentTypes.PART)!;
    const prefix = rootElement(xml).prefix;
    const additions = prefix ? this.additions.replace(/<(Default|Override) /g, `<${prefix}:$1 `) : this.additions;
    this.pkg.write(ContentTypes.PART, insertBeforeRootEnd(xml, additions));
    this.additions = '';
  }
}

/** The first free `stem{n}{suffix}` part name (n from 1), compared case-insensitively. */
export function freePartName(pkg: WorkbookPackage, stem: string, suffix: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${stem}${n}${suffix}`)) return `${stem}${n}${suffix}`;
}
