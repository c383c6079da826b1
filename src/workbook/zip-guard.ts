/**
 * The zip guard: an .xlsx is a zip, and a zip can be a bomb. Before anything is inflated, the
 * package's own directory is read here — the End Of Central Directory record (ZIP64 too) and
 * every central directory entry — and the file is refused when what it declares is too much:
 *
 * - more than `maxEntries` entries;
 * - an entry declaring more than `maxEntryBytes` uncompressed, or all entries together more
 *   than `maxTotalBytes`;
 * - an entry above `ratioFromBytes` that declares more than `maxRatio` times its compressed size
 *   (real sheets compress 5–30 times; a run of zeros a thousand times).
 *
 * Declared sizes can lie, so they are not trusted beyond that: each entry is then inflated by a
 * maintained decoder (zlib under Node, fflate in the browser: platform-inflate.ts) from exactly
 * its compressed span into exactly the size the central directory declared. A stream that holds
 * more is stopped just past that size, and one that holds less or ends early is refused, as
 * `file-corrupt`: a file whose sizes are false is
 * damaged (or forged), and «too large» would send its owner deleting rows for nothing. The
 * local headers' sizes (0 under a data descriptor) are never used. So memory is at most
 * `maxTotalBytes` plus the file (and one decoder chunk past a lying size), and time is linear in
 * it, whatever the file claims.
 *
 * Parts the reader never looks at — pictures, embedded objects, printer settings, thumbnails —
 * are neither inflated nor counted: a school's workbook with scans of signed pages is not refused.
 */
import { WorkbookReadError } from './read-errors';
import { InflateError, type BoundedInflate } from './bounded-inflate';
import { platformInflate } from './platform-inflate';

const MiB = 1024 * 1024;

export interface ZipLimits {
  /** Uncompressed bytes of all the parts read, together. */
  maxTotalBytes: number;
  /** Uncompressed bytes of any one part. */
  maxEntryBytes: number;
  /** Largest uncompressed / compressed ratio of a part above `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
  /** Entries in the package's directory. */
  maxEntries: number;
}

/** 200 MB unpacked in all, 100 MB for one part, 100:1 for parts above 10 MB, 10 000 entries. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * MiB,
  maxEntryBytes: 100 * MiB,
  maxRatio: 100,
  ratioFromBytes: 10 * MiB,
  maxEntries: 10_000,
};

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  /** The CRC-32 the directory declares for the uncompressed data. */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipPart {
  name: string;
  content: Uint8Array;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

/** Parts the reader never uses: not inflated, not counted. */
const UNUSED_PART = /^(xl\/media\/|xl\/embeddings\/|xl\/printerSettings\/|docProps\/thumbnail\.|Pictures\/|Thumbnails\/)/i;

const corrupt = (detail: string) => new WorkbookReadError('file-corrupt', detail);
const tooLarge = (detail: string) => new WorkbookReadError('file-too-large', detail);

class Reader {
  constructor(private readonly bytes: Uint8Array) {}

  u16(p: number): number {
    if (p < 0 || p + 2 > this.bytes.length) throw corrupt('zip structure runs past the end of the file');
    return this.bytes[p] | (this.bytes[p + 1] << 8);
  }

  u32(p: number): number {
    if (p < 0 || p + 4 > this.bytes.length) throw corrupt('zip structure runs past the end of the file');
    return (this.bytes[p] | (this.bytes[p + 1] << 8) | (this.bytes[p + 2] << 16)) + this.bytes[p + 3] * 0x1000000;
  }

  /** A 64-bit size; anything beyond 2^53 is as good as infinite here. */
  u64(p: number): number {
    const high = this.u32(p + 4);
    return high >= 0x200000 ? Number.POSITIVE_INFINITY : this.u32(p) + high * 0x100000000;
  }
}

/** The package's directory, checked for structure and entry count; nothing is inflated. */
export function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const r = new Reader(bytes);
  // The EOCD record is the last 22 bytes, before a comment of at most 65 535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - U16_MAX; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && r.u32(i) === SIG_EOCD && i + 22 + r.u16(i + 20) <= bytes.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory: the file is truncated');
  if (r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0) throw corrupt('a split (multi-volume) zip');
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  let cdLimit = eocd;
  if ((count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) && eocd >= 20 && r.u32(eocd - 20) === SIG_ZIP64_LOCATOR) {
    const record = r.u64(eocd - 20 + 8);
    if (!(record + 56 <= eocd - 20) || r.u32(record) !== SIG_ZIP64_EOCD) throw corrupt('bad ZIP64 end of central directory');
    count = r.u64(record + 32);
    cdSize = r.u64(record + 40);
    cdOffset = r.u64(record + 48);
    cdLimit = record;
  }
  if (count > limits.maxEntries) throw tooLarge(`${count} entries in the package`);
  if (!(cdOffset + cdSize <= cdLimit)) throw corrupt('central directory outside the file');

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (r.u32(p) !== SIG_CENTRAL) throw corrupt('bad central directory entry');
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    const crc32 = r.u32(p + 16);
    let compressedSize = r.u32(p + 20);
    let uncompressedSize = r.u32(p + 24);
    const nameLength = r.u16(p + 28);
    const extraLength = r.u16(p + 30);
    const commentLength = r.u16(p + 32);
    let localHeaderOffset = r.u32(p + 42);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > cdLimit) throw corrupt('central directory entry runs past the directory');
    const nameBytes = bytes.subarray(nameStart, extraStart);
    const name = flags & 0x800 ? new TextDecoder('utf-8').decode(nameBytes) : String.fromCharCode(...nameBytes);
    if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localHeaderOffset === U32_MAX) {
      // ZIP64: the saturated fields are in the 0x0001 extra field, in this order.
      let q = extraStart;
      let found = false;
      while (q + 4 <= extraStart + extraLength) {
        const id = r.u16(q);
        const size = r.u16(q + 2);
        const end = q + 4 + size;
        if (end > extraStart + extraLength) break;
        if (id === 0x0001) {
          let f = q + 4;
          const take = (): number => {
            if (f + 8 > end) throw corrupt('short ZIP64 extra field');
            const v = r.u64(f);
            f += 8;
            return v;
          };
          if (uncompressedSize === U32_MAX) uncompressedSize = take();
          if (compressedSize === U32_MAX) compressedSize = take();
          if (localHeaderOffset === U32_MAX) localHeaderOffset = take();
          found = true;
          break;
        }
        q = end;
      }
      if (!found) throw corrupt('ZIP64 sizes without a ZIP64 extra field');
    }
    entries.push({ name, flags, method, crc32, compressedSize, uncompressedSize, localHeaderOffset });
    p = next;
  }
  return entries;
}

/** A package Excel (or LibreOffice, or Numbers) would open as a workbook: content types and a workbook part. */
export function looksLikeWorkbookPackage(names: readonly string[]): boolean {
  const lower = names.map((n) => n.toLowerCase());
  const ooxml = lower.includes('[content_types].xml') && lower.some((n) => /^xl\/workbook\d*\.(xml|bin)$/.test(n));
  const ods = lower.includes('content.xml') && (lower.includes('mimetype') || lower.includes('meta-inf/manifest.xml'));
  const numbers = lower.includes('index/document.iwa');
  return ooxml || ods || numbers;
}

export function isUnusedPart(name: string): boolean {
  return UNUSED_PART.test(name) || name.endsWith('/');
}

/**
 * The parts of a workbook package, inflated within the limits. Throws WorkbookReadError:
 * `file-corrupt` (structure, or data that does not match its declared size), `file-not-workbook`
 * (another kind of zip), `file-encrypted` (zip-level encryption), `file-too-large` (declared
 * sizes beyond the limits).
 */
export function unpackWorkbookZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, inflate: BoundedInflate = platformInflate): ZipPart[] {
  const entries = readCentralDirectory(bytes, limits);
  if (!looksLikeWorkbookPackage(entries.map((e) => e.name))) throw new WorkbookReadError('file-not-workbook', 'a zip without a workbook part');
  if (entries.some((e) => e.flags & 0x1 || e.method === 99)) throw new WorkbookReadError('file-encrypted', 'zip entries are encrypted');

  const used = entries.filter((e) => !isUnusedPart(e.name));
  // Every declared size is checked before a single byte is inflated.
  let total = 0;
  for (const e of used) {
    if (e.uncompressedSize > limits.maxEntryBytes) throw tooLarge(`${e.name} declares ${e.uncompressedSize} bytes`);
    total += e.uncompressedSize;
    if (total > limits.maxTotalBytes) throw tooLarge(`the parts declare more than ${limits.maxTotalBytes} bytes in all`);
    if (e.uncompressedSize > limits.ratioFromBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      throw tooLarge(`${e.name} declares a ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1 compression ratio`);
    }
    if (e.method !== 0 && e.method !== 8) throw corrupt(`${e.name}: compression method ${e.method}`);
  }

  return used.map((e) => {
    const { start, end } = entryDataSpan(bytes, e);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) throw corrupt(`${e.name}: stored entry with two sizes`);
      return { name: e.name, content: bytes.subarray(start, end) };
    }
    try {
      return { name: e.name, content: inflate(bytes.subarray(start, end), e.uncompressedSize) };
    } catch (error) {
      if (!(error instanceof InflateError)) throw error;
      throw corrupt(`${e.name}: ${error.message}`);
    }
  });
}

/**
 * Where an entry's compressed data lies in the file: after its local header, whose signature
 * and method must agree with the directory, and within the file.
 */
export function entryDataSpan(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const r = new Reader(bytes);
  const at = entry.localHeaderOffset;
  if (r.u32(at) !== SIG_LOCAL) throw corrupt(`${entry.name}: no local header where the directory points`);
  if (r.u16(at + 8) !== entry.method) throw corrupt(`${entry.name}: the local header and the directory disagree on the method`);
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name}: compressed data runs past the end of the file`);
  return { start, end };
}
