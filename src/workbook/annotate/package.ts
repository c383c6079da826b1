/**
 * An OOXML package (the zip of an .xlsx / .xlsm) opened for targeted edits.
 *
 * Reading goes through the zip guard (zip-guard.ts): the central directory is read and checked
 * (entries, declared sizes, ratios, encryption) before anything is inflated, and every part the
 * reader uses is inflated by the project's bounded decoder. Parts that are not changed are
 * written back as they came — their compressed bytes, method, CRC and sizes copied from the
 * original, never inflated and deflated again — so pictures and embedded objects, which the
 * guard does not inflate, cost nothing and cannot be a bomb. Only the parts set here are
 * deflated anew (fflate), and new parts are appended after the original entries.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { WorkbookReadError } from '../read-errors';
import { DEFAULT_ZIP_LIMITS, entryDataSpan, readCentralDirectory, unpackWorkbookZip, type ZipEntry, type ZipLimits } from '../zip-guard';

/** Excel's own zips carry 1980-01-01 00:00; a fixed time also makes the output reproducible. */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

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
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else chunks.push(chunk);
    });
    const written = new Set<string>();
    for (const entry of this.entries) {
      const key = entry.name.toLowerCase();
      // A duplicate name (a damaged zip) is written once, as the first entry that holds it.
      if (written.has(key)) continue;
      written.add(key);
      const replacement = this.changed.get(key);
      if (replacement) deflateInto(zip, entry.name, replacement.content);
      else copyRaw(zip, this.bytes, entry);
    }
    for (const [key, part] of this.changed) if (!written.has(key)) deflateInto(zip, part.name, part.content);
    zip.end();
    if (failure) throw failure;
    let size = 0;
    for (const c of chunks) size += c.length;
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function deflateInto(zip: Zip, name: string, content: Uint8Array): void {
  const file = new ZipDeflate(name, { level: 6 });
  file.mtime = ENTRY_TIME;
  zip.add(file);
  file.push(content, true);
}

/** An entry's compressed bytes passed through as they are, with the directory's CRC and sizes. */
function copyRaw(zip: Zip, bytes: Uint8Array, entry: ZipEntry): void {
  const { start, end } = entryDataSpan(bytes, entry);
  const file: ZipInputFile & { mtime: Date } = {
    filename: entry.name,
    size: entry.uncompressedSize,
    crc: entry.crc32,
    compression: entry.method,
    mtime: ENTRY_TIME,
  };
  zip.add(file);
  file.ondata!(null, bytes.subarray(start, end) as Uint8Array<ArrayBuffer>, true);
}
