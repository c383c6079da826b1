/**
 * Small, exact XML helpers for editing package parts as text: the parts are edited in place
 * (a start tag's attribute, an element inserted before a closing tag), never parsed into a tree
 * and serialised again, so everything this code does not touch stays byte for byte.
 */

/** Excel's limit on the characters of a cell's (and a note's) text. */
export const MAX_CELL_TEXT = 32_767;

/** `name="value"` or `name='value'` pairs of a start tag, values as written (still escaped). */
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

/** A start tag (`<name ...>` or `<name .../>`) of the given qualified name, anywhere in the text. */
export function startTagPattern(qualifiedName: string, flags = 'g'): RegExp {
  return new RegExp(`<${escapeRegExp(qualifiedName)}(?=[\\s/>])(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*(/?)>`, flags);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The (unescaped) value of an attribute of a start tag, or undefined. */
export function getAttribute(tag: string, name: string): string | undefined {
  for (const m of tag.matchAll(ATTRIBUTE)) if (m[1] === name) return unescapeXml(m[2].slice(1, -1));
  return undefined;
}

/** All attributes of a start tag by qualified name (values unescaped). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1], unescapeXml(m[2].slice(1, -1)));
  return out;
}

/** The start tag with the attribute set (replaced where it stands, or added at the end). */
export function setAttribute(tag: string, name: string, value: string): string {
  const escaped = escapeAttribute(value);
  let found = false;
  const replaced = tag.replace(ATTRIBUTE, (whole, attr: string) => {
    if (attr !== name || found) return whole;
    found = true;
    return `${name}="${escaped}"`;
  });
  if (found) return replaced;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  const head = tag.slice(0, close).replace(/\s+$/, '');
  return `${head} ${name}="${escaped}"${tag.slice(close)}`;
}

export function removeAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s+${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Escapes markup characters for an attribute value; the value itself must be valid XML text. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Text as Excel stores it in a cell or a note, ready to go between tags: clipped to Excel's
 * 32 767 characters (never inside a surrogate pair); characters XML cannot carry (controls,
 * U+FFFE/U+FFFF) and carriage returns written as Excel's `_xHHHH_` escapes; a literal
 * `_xHHHH_` the user typed escaped as `_x005F_xHHHH_` so it reads back as typed; a lone
 * surrogate (no character at all) replaced by U+FFFD; markup characters escaped.
 * A text that begins with «=» stays text: it only ever goes into `<t>`, never into `<f>`.
 */
export function excelText(text: string): string {
  let clipped = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  if (/[\uD800-\uDBFF]$/.test(clipped)) clipped = clipped.slice(0, -1);
  return clipped
    // A pair is kept whole; a high half with no low half after it, or a low half alone, is replaced (no lookbehind: Safari 14 cannot parse it).
    .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => (c.length === 2 ? c : '\uFFFD'))
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex -- the characters XML cannot carry
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** `<t>` with xml:space="preserve" when the text's edges or runs of spaces would otherwise be lost. */
export function textElement(qualifiedName: string, text: string): string {
  const body = excelText(text);
  const preserve = /^\s|\s$|\s\s|[\t\n]/.test(text) ? ' xml:space="preserve"' : '';
  return `<${qualifiedName}${preserve}>${body}</${qualifiedName}>`;
}

/** The root element's start tag and the namespace prefix it is written with ('' for none). */
export function rootElement(xml: string): { start: number; end: number; tag: string; prefix: string; localName: string } {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) throw new Error('no root element');
    const next = xml[at + 1];
    if (next === '?') at = xml.indexOf('?>', at) + 2;
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at) + 3;
    else if (next === '!') at = xml.indexOf('>', at) + 1;
    else break;
    if (at <= 1) throw new Error('unterminated prolog');
  }
  const nameMatch = /^<([^\s/>]+)/.exec(xml.slice(at, at + 200));
  if (!nameMatch) throw new Error('no root element');
  const pattern = startTagPattern(nameMatch[1], 'y');
  pattern.lastIndex = at;
  const m = pattern.exec(xml);
  if (!m) throw new Error('malformed root element');
  const [prefix, localName] = nameMatch[1].includes(':') ? nameMatch[1].split(':', 2) : ['', nameMatch[1]];
  return { start: at, end: at + m[0].length, tag: m[0], prefix, localName };
}

/** `prefix:name`, or `name` when the prefix is empty. */
export function qualify(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

/**
 * The prefix bound to a namespace on the root element, declaring it there when it is not: the
 * returned xml is the input with the declaration added (or unchanged).
 */
export function ensureNamespacePrefix(xml: string, namespace: string, preferred: string): { xml: string; prefix: string } {
  const root = rootElement(xml);
  for (const [name, value] of attributes(root.tag)) {
    if (name.startsWith('xmlns:') && value === namespace) return { xml, prefix: name.slice(6) };
  }
  const taken = attributes(root.tag);
  let prefix = preferred;
  for (let n = 1; taken.has(`xmlns:${prefix}`); n++) prefix = `${preferred}${n}`;
  const tag = setAttribute(root.tag, `xmlns:${prefix}`, namespace);
  return { xml: xml.slice(0, root.start) + tag + xml.slice(root.end), prefix };
}

/**
 * A top-level child element of the root, by local name: its start and end offsets (the end after
 * its closing tag). Skips comments and processing instructions and does not look inside children.
 */
export interface ElementSpan {
  name: string;
  start: number;
  /** Offset just after the start tag. */
  contentStart: number;
  /** Offset of the closing tag (equal to contentStart for an empty element). */
  contentEnd: number;
  end: number;
  tag: string;
}

export function topLevelChildren(xml: string): ElementSpan[] {
  const root = rootElement(xml);
  const out: ElementSpan[] = [];
  if (root.tag.endsWith('/>')) return out;
  let at = root.end;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at < 0) throw new Error('unterminated root element');
    if (xml.startsWith('<!--', at)) {
      at = xml.indexOf('-->', at) + 3;
      continue;
    }
    if (xml[at + 1] === '?') {
      at = xml.indexOf('?>', at) + 2;
      continue;
    }
    if (xml.startsWith('<![CDATA[', at)) {
      at = xml.indexOf(']]>', at) + 3;
      continue;
    }
    if (xml[at + 1] === '/') return out; // the root's closing tag
    const span = elementAt(xml, at);
    out.push(span);
    at = span.end;
  }
}

/** The element starting at `at` (a start tag), with its extent found by counting nested tags of its name. */
export function elementAt(xml: string, at: number): ElementSpan {
  const nameMatch = /^<([^\s/>]+)/.exec(xml.slice(at, at + 200));
  if (!nameMatch) throw new Error('not a start tag');
  const name = nameMatch[1];
  const open = startTagPattern(name, 'y');
  open.lastIndex = at;
  const m = open.exec(xml);
  if (!m) throw new Error(`malformed <${name}>`);
  const contentStart = at + m[0].length;
  if (m[1] === '/') return { name, start: at, contentStart, contentEnd: contentStart, end: contentStart, tag: m[0] };
  const any = new RegExp(`<(/?)${escapeRegExp(name)}(?=[\\s/>])(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*(/?)>`, 'g');
  any.lastIndex = contentStart;
  let depth = 1;
  for (let t = any.exec(xml); t; t = any.exec(xml)) {
    if (t[1] === '/') depth--;
    else if (t[2] !== '/') depth++;
    if (depth === 0) return { name, start: at, contentStart, contentEnd: t.index, end: t.index + t[0].length, tag: m[0] };
  }
  throw new Error(`unclosed <${name}>`);
}

/** The local part of a qualified name. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Direct children named `name` (qualified) inside [from, to): small containers such as styles' lists. */
export function childElements(xml: string, from: number, to: number, name: string): ElementSpan[] {
  const out: ElementSpan[] = [];
  const pattern = new RegExp(`<${escapeRegExp(name)}(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(xml); m && m.index < to; m = pattern.exec(xml)) {
    const span = elementAt(xml, m.index);
    out.push(span);
    pattern.lastIndex = span.end;
  }
  return out;
}
