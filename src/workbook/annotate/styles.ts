/**
 * styles.xml, extended in place: fills and fonts appended to their lists, and cell formats (xf)
 * appended to cellXfs. A flagged cell's new format is a copy of the format it had — font,
 * border, number format, alignment and protection as they were — with only the fill changed,
 * so the cell looks as before but for the colour. Nothing already in the stylesheet moves: every
 * index other cells use stays valid.
 */
import { WorkbookReadError } from '../read-errors';
import { childElements, elementAt, escapeRegExp, qualify, rootElement, setAttribute, startTagPattern, topLevelChildren } from './xml';

export type Severity = 'error' | 'warning' | 'info';

/** Fill colours of flagged cells: Excel's «Bad», «Neutral» and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

/** The stylesheet Excel assumes when a package has none. */
export const MINIMAL_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Order of the stylesheet's children (CT_Stylesheet), to insert a missing list where it belongs. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';

/** The report sheet's own formats. */
export interface ReportStyles {
  header: number;
  text: number;
  link: number;
  severity: Record<Severity, number>;
}

interface List {
  name: string;
  items: string[];
  added: string[];
}

export class Stylesheet {
  private readonly prefix: string;
  private readonly lists = new Map<string, List>();
  private readonly flaggedXfs = new Map<string, number>();
  private readonly fills = new Map<Severity, number>();

  constructor(private readonly original: string) {
    this.prefix = rootElement(original).prefix;
    for (const [list, item] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['cellXfs', 'xf'],
    ] as const) {
      const span = topLevelChildren(original).find((c) => c.name === qualify(this.prefix, list));
      const items = span ? childElements(original, span.contentStart, span.contentEnd, qualify(this.prefix, item)).map((e) => original.slice(e.start, e.end)) : [];
      this.lists.set(list, { name: list, items, added: [] });
    }
    // A list the stylesheet lacks starts with what Excel assumes at index 0.
    if (!this.list('fonts').items.length) this.list('fonts').added.push(this.qualified(DEFAULT_FONT));
    if (!this.list('cellXfs').items.length) this.list('cellXfs').added.push(this.qualified(DEFAULT_XF));
    const fills = this.lists.get('fills')!;
    // Fills 0 and 1 are reserved (none, gray125) whatever a writer put there; keep a new fill past them.
    while (fills.items.length + fills.added.length < 2) {
      fills.added.push(fills.items.length + fills.added.length === 0 ? '<fill><patternFill patternType="none"/></fill>' : '<fill><patternFill patternType="gray125"/></fill>');
    }
  }

  private list(name: string): List {
    return this.lists.get(name)!;
  }

  private append(listName: string, element: string): number {
    const list = this.list(listName);
    list.added.push(this.qualified(element));
    return list.items.length + list.added.length - 1;
  }

  /** Element markup written unprefixed here, given the stylesheet's prefix. */
  private qualified(markup: string): string {
    return this.prefix ? markup.replace(/<(\/?)([a-zA-Z])/g, `<$1${this.prefix}:$2`) : markup;
  }

  private fillFor(severity: Severity): number {
    let id = this.fills.get(severity);
    if (id === undefined) {
      id = this.append('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${SEVERITY_FILL[severity]}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fills.set(severity, id);
    }
    return id;
  }

  /** The xf (markup) a cell format index stands for; the default format for an index past the list. */
  xfMarkup(index: number): string {
    const xfs = this.list('cellXfs');
    return xfs.items[index] ?? (xfs.items.length ? undefined : xfs.added[index]) ?? this.qualified(DEFAULT_XF);
  }

  /** A cell format equal to `baseXf` but for a solid fill of the severity's colour (one per base and severity). */
  flaggedFormat(baseXf: number, severity: Severity): number {
    const key = `${baseXf}:${severity}`;
    let index = this.flaggedXfs.get(key);
    if (index === undefined) {
      const base = this.xfMarkup(baseXf);
      const start = startTagPattern(qualify(this.prefix, 'xf'), 'y');
      const m = start.exec(base)!;
      let tag = setAttribute(m[0], 'fillId', String(this.fillFor(severity)));
      tag = setAttribute(tag, 'applyFill', '1');
      index = this.list('cellXfs').items.length + this.list('cellXfs').added.length;
      this.list('cellXfs').added.push(tag + base.slice(m[0].length));
      this.flaggedXfs.set(key, index);
    }
    return index;
  }

  /** Formats for the report sheet: a bold header, wrapped text, blue underlined links, severity fills. */
  reportStyles(): ReportStyles {
    const baseFont = this.list('fonts').items[0] ?? this.list('fonts').added[0];
    const fontBody = (font: string) => {
      const span = elementAt(font, 0);
      return font.slice(span.contentStart, span.contentEnd);
    };
    const withoutTags = (body: string, names: string[]) =>
      names.reduce((b, n) => b.replace(new RegExp(`<${escapeRegExp(qualify(this.prefix, n))}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${escapeRegExp(qualify(this.prefix, n))}>)`, 'g'), ''), body);
    const body = fontBody(baseFont);
    const boldFont = this.list('fonts').items.length + this.list('fonts').added.length;
    this.list('fonts').added.push(`${this.qualified('<font><b/>')}${withoutTags(body, ['b'])}${this.qualified('</font>')}`);
    const linkFont = boldFont + 1;
    this.list('fonts').added.push(`${this.qualified('<font><u/><color rgb="FF0563C1"/>')}${withoutTags(body, ['u', 'color'])}${this.qualified('</font>')}`);
    const xf = (font: number, fill: number, extra: string) =>
      this.append('cellXfs', `<xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''} applyAlignment="1"><alignment ${extra}/></xf>`);
    return {
      header: xf(boldFont, 0, 'vertical="top" wrapText="1"'),
      text: xf(0, 0, 'vertical="top" wrapText="1"'),
      link: xf(linkFont, 0, 'vertical="top"'),
      severity: {
        error: xf(0, this.fillFor('error'), 'vertical="top"'),
        warning: xf(0, this.fillFor('warning'), 'vertical="top"'),
        info: xf(0, this.fillFor('info'), 'vertical="top"'),
      },
    };
  }

  /** The stylesheet with the appended items: each list's count set, a missing list inserted in its place. */
  toXml(): string {
    let xml = this.original;
    const edits: Array<{ start: number; end: number; text: string }> = [];
    const children = topLevelChildren(xml);
    for (const list of this.lists.values()) {
      if (!list.added.length) continue;
      const name = qualify(this.prefix, list.name);
      const span = children.find((c) => c.name === name);
      const count = String(list.items.length + list.added.length);
      if (span) {
        let tag = setAttribute(span.tag, 'count', count);
        if (span.tag.endsWith('/>')) {
          tag = tag.replace(/\s*\/>$/, '>');
          edits.push({ start: span.start, end: span.end, text: `${tag}${list.added.join('')}</${name}>` });
        } else {
          edits.push({ start: span.start, end: span.contentStart, text: tag });
          edits.push({ start: span.contentEnd, end: span.contentEnd, text: list.added.join('') });
        }
      } else {
        const rank = STYLESHEET_ORDER.indexOf(list.name);
        const before = children.find((c) => STYLESHEET_ORDER.indexOf(c.name.replace(/^.*:/, '')) > rank);
        const at = before ? before.start : xml.lastIndexOf(`</${qualify(this.prefix, 'styleSheet')}`);
        if (at < 0) throw new WorkbookReadError('file-corrupt', 'styles.xml has no closing tag');
        edits.push({ start: at, end: at, text: `<${name} count="${count}">${list.added.join('')}</${name}>` });
      }
    }
    // Applied from the end of the document back, so earlier offsets stay valid.
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    return xml;
  }
}
