/**
 * An OOXML package (the zip of an .xlsx / .xlsm) opened for targeted edits.
 *
 * Reading goes through the zip guard (zip-guard.ts): the central directory is read and checked
 * (entries, declared sizes, ratios, encryption) before anything is inflated, and every part the
 * reader uses is inflated by the project's bounded decoder. Parts that are not changed are
 * written back as they came — their compressed bytes, method, CRC and sizes copied from the
 * original, never inflated and deflated again — so pictures and embedded objects, which the
 * guard does not inflate, cost nothing and cannot be a bomb. Only the parts set here are
 * deflated anew (fflate's deflate), and new parts are appended after the original entries.
 */
import { deflateSync } from 'fflate';
import { WorkbookReadError } from '../read-errors';
import { DEFAULT_ZIP_LIMITS, entryDataSpan, readCentralDirectory, unpackWorkbookZip, type ZipEntry, type ZipLimits } from '../zip-guard';

export class WorkbookPackage {
  private readonly entries: ZipEntry[];
  /** Inflated parts by lower-cased name (part names are case-insensitive). */
  private readonly contents = new Map<string, Uint8Array>();
  /** Entry names by lower-cased name. */
  private readonly names = new Map<string, string>();
  /** Parts replaced or added, by lower-cased name, with the name they are written under. */
  private readonly changed = new Map<string, { name: string; content: Uint8Array }>();

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.entries = readCentralDirectory(bytes, limits);
    for (const part of unpackWorkbookZip(bytes, limits)) this.contents.set(part.name.toLowerCase(), part.content);
    for (const e of this.entries) if (!this.names.has(e.name.toLowerCase())) this.names.set(e.name.toLowerCase(), e.name);
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.changed.has(key) || this.names.has(key);
  }

  /** The part's current bytes (as changed, or as read), or undefined when absent or never inflated. */
  read(name: string): Uint8Array | undefined {
    const key = name.toLowerCase();
    return this.changed.get(key)?.content ?? this.contents.get(key);
  }

  /** The part as UTF-8 text; a part that is not UTF-8 is a damaged package. */
  readText(name: string): string | undefined {
    const bytes = this.read(name);
    if (!bytes) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new WorkbookReadError('file-corrupt', `${name} is not UTF-8`);
    }
  }

  /** Replaces a part (kept at its place in the zip) or adds one (after the original entries). */
  write(name: string, content: string | Uint8Array): void {
    const key = name.toLowerCase();
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.changed.set(key, { name: this.names.get(key) ?? name, content: bytes });
  }

  /** Names of all parts, the original ones first in their order. */
  partNames(): string[] {
    const original = this.entries.map((e) => e.name);
    const seen = new Set(original.map((n) => n.toLowerCase()));
    return [...original, ...[...this.changed.values()].map((c) => c.name).filter((n) => !seen.has(n.toLowerCase()))];
  }

  /** The package as a zip: original entries in their order (copied or replaced), then new parts. */
  toBytes(): Uint8Array {
    const out = new ZipWriter();
    const written = new Set<string>();
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      // A duplicate name (a damaged zip) is written once, as the first entry that holds it.
      if (written.has(key)) continue;
      written.add(key);
      const replacement = this.changed.get(key);
      if (replacement) out.deflated(entry.name, replacement.content);
      else {
        const { start, end } = entryDataSpan(this.bytes, entry);
        // The name's bytes as they were: UTF-8 when flagged so, else one byte per character.
        const utf8 = (entry.flags & 0x800) !== 0;
        out.raw(utf8 ? new TextEncoder().encode(entry.name) : Uint8Array.from(entry.name, (c) => c.charCodeAt(0) & 0xff), utf8, entry.method, entry.crc32, entry.uncompressedSize, this.bytes.subarray(start, end));
      }
    }
    for (const [key, part] of this.changed) if (!written.has(key)) out.deflated(part.name, part.content);
    return out.finish();
  }
}

/**
 * A plain zip writer: every local header carries its CRC and sizes (no data descriptors, which
 * some readers — SheetJS's among them — cannot follow for stored entries), 1980-01-01 as Excel
 * writes, no ZIP64 (the read limits keep a package far below 4 GB).
 */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  deflated(name: string, content: Uint8Array): void {
    // eslint-disable-next-line no-control-regex -- ASCII is every code below 0x80
    const ascii = /^[\x00-\x7f]*$/.test(name);
    this.raw(new TextEncoder().encode(name), !ascii, 8, crc32(content), content.length, deflateSync(content, { level: 6 }));
  }

  raw(name: Uint8Array, utf8: boolean, method: number, crc: number, size: number, data: Uint8Array): void {
    if (this.offset + data.length > 0xfffffffe || this.count >= 0xfffe) throw new WorkbookReadError('file-too-large', 'the copy would need a ZIP64 package');
    const flags = utf8 ? 0x800 : 0;
    const local = header(30 + name.length, [
      [4, 0x04034b50], [2, 20], [2, flags], [2, method], [2, DOS_TIME], [2, DOS_DATE], [4, crc], [4, data.length], [4, size], [2, name.length], [2, 0],
    ]);
    local.set(name, 30);
    const central = header(46 + name.length, [
      [4, 0x02014b50], [2, 20], [2, 20], [2, flags], [2, method], [2, DOS_TIME], [2, DOS_DATE], [4, crc], [4, data.length], [4, size],
      [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, this.offset],
    ]);
    central.set(name, 46);
    this.chunks.push(local, data);
    this.central.push(central);
    this.offset += local.length + data.length;
    this.count++;
  }

  finish(): Uint8Array {
    const cdSize = this.central.reduce((n, c) => n + c.length, 0);
    const end = header(22, [[4, 0x06054b50], [2, 0], [2, 0], [2, this.count], [2, this.count], [4, cdSize], [4, this.offset], [2, 0]]);
    const all = [...this.chunks, ...this.central, end];
    const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of all) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** 1980-01-01 00:00 in MS-DOS date and time fields. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

function header(size: number, fields: Array<[2 | 4, number]>): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const [width, value] of fields) {
    for (let i = 0; i < width; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
    at += width;
  }
  return bytes;
}

let CRC_TABLE: Int32Array | null = null;

function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
