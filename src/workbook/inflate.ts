/**
 * A bounded raw DEFLATE decoder (RFC 1951) for the entries of an .xlsx package.
 *
 * Why not SheetJS's own: it trusts the sizes a zip declares. With a size of 0 (a data
 * descriptor) it grows its buffer for as long as the stream produces bytes — a few kilobytes
 * of a crafted stream inflate to gigabytes — and with a declared size it allocates that size
 * up front, whatever it is. This decoder is given the size the central directory declares
 * (already checked against the limits) and the compressed span of the entry, and stops the
 * moment the stream would write one byte more, or read one byte past its span. Memory is the
 * declared size; time is linear in it.
 */

export type InflateFailure = 'corrupt' | 'too-large';

export class InflateError extends Error {
  constructor(readonly reason: InflateFailure, detail: string) {
    super(detail);
    this.name = 'InflateError';
  }
}

/** Base lengths and extra bits of length symbols 257..285. */
const LENGTH_BASE = new Uint16Array([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]);
const LENGTH_EXTRA = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]);
/** Base distances and extra bits of distance symbols 0..29. */
const DIST_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
]);
const DIST_EXTRA = new Uint8Array([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]);
/** The order in which code length code lengths are stored. */
const CLEN_ORDER = new Uint8Array([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);

/**
 * A Huffman decoding table indexed by the next `bits` input bits (LSB first): each entry is
 * (symbol << 4) | code length, 0 where no code lands (an incomplete code).
 */
interface Table {
  entries: Int32Array;
  bits: number;
}

function buildTable(lengths: Uint8Array, count: number, scratch?: Int32Array): Table {
  const perLength = new Uint16Array(16);
  let maxBits = 0;
  for (let i = 0; i < count; i++) {
    const len = lengths[i];
    if (len) {
      perLength[len]++;
      if (len > maxBits) maxBits = len;
    }
  }
  // An over-subscribed code cannot be decoded; an incomplete one can (zlib allows it too).
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - perLength[len];
    if (left < 0) throw new InflateError('corrupt', 'over-subscribed Huffman code');
  }
  // Canonical codes: the first code of each length follows the codes of the shorter lengths.
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    next[len] = code;
    code = (code + perLength[len]) << 1;
  }
  const size = 1 << maxBits;
  const entries = scratch && scratch.length >= size ? scratch.subarray(0, size) : new Int32Array(size);
  entries.fill(0);
  for (let symbol = 0; symbol < count; symbol++) {
    const len = lengths[symbol];
    if (!len) continue;
    const c = next[len]++;
    // Codes are sent most significant bit first into an LSB-first stream: index by the reversed code.
    let reversed = 0;
    for (let b = 0; b < len; b++) reversed |= ((c >>> b) & 1) << (len - 1 - b);
    const entry = (symbol << 4) | len;
    for (let i = reversed; i < size; i += 1 << len) entries[i] = entry;
  }
  return { entries, bits: maxBits };
}

let fixedTables: { lit: Table; dist: Table } | null = null;

function fixed(): { lit: Table; dist: Table } {
  if (!fixedTables) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144);
    lit.fill(9, 144, 256);
    lit.fill(7, 256, 280);
    lit.fill(8, 280, 288);
    const dist = new Uint8Array(30).fill(5);
    fixedTables = { lit: buildTable(lit, 288), dist: buildTable(dist, 30) };
  }
  return fixedTables;
}

/**
 * Inflates the raw DEFLATE stream in `input[start, end)` into exactly `size` bytes.
 * Throws InflateError('too-large') when the stream would produce more than `size` bytes (a
 * header that lies, or damage that decodes as data), and InflateError('corrupt') when it is
 * malformed, reads past `end`, or ends short of `size`.
 */
export function inflateRaw(input: Uint8Array, start: number, end: number, size: number): Uint8Array {
  if (start < 0 || end > input.length || start > end) throw new InflateError('corrupt', 'compressed data outside the file');
  const out = new Uint8Array(size);
  let outPos = 0;
  let pos = start;
  let bitBuf = 0;
  let bitCount = 0;
  /** Zero bytes fed in past `end` so a short final code can be peeked; consuming them is an error. */
  let padding = 0;

  const need = (n: number): void => {
    while (bitCount < n) {
      if (pos < end) bitBuf |= input[pos++] << bitCount;
      // Two zero bytes are enough to peek at the longest code; a third means bits past the end were used.
      else if (++padding > 2) throw new InflateError('corrupt', 'compressed data ends early');
      bitCount += 8;
    }
  };
  const checkOverrun = (): void => {
    if (padding && padding * 8 > bitCount) throw new InflateError('corrupt', 'compressed data ends early');
  };
  const bits = (n: number): number => {
    if (n === 0) return 0;
    need(n);
    const value = bitBuf & ((1 << n) - 1);
    bitBuf >>>= n;
    bitCount -= n;
    return value;
  };
  const decode = (table: Table): number => {
    if (table.bits === 0) throw new InflateError('corrupt', 'empty Huffman code used');
    need(table.bits);
    const entry = table.entries[bitBuf & ((1 << table.bits) - 1)];
    const len = entry & 15;
    if (len === 0) throw new InflateError('corrupt', 'invalid Huffman code');
    bitBuf >>>= len;
    bitCount -= len;
    return entry >>> 4;
  };

  const lengths = new Uint8Array(320);
  const litScratch = new Int32Array(1 << 15);
  const distScratch = new Int32Array(1 << 15);

  let final = 0;
  while (!final) {
    final = bits(1);
    const type = bits(2);
    if (type === 0) {
      // Stored: skip to a byte boundary, then LEN and its complement.
      const realBytesBuffered = (bitCount >>> 3) - padding;
      if (realBytesBuffered < 0) throw new InflateError('corrupt', 'compressed data ends early');
      pos -= realBytesBuffered;
      bitBuf = 0;
      bitCount = 0;
      padding = 0;
      if (pos + 4 > end) throw new InflateError('corrupt', 'compressed data ends early');
      const len = input[pos] | (input[pos + 1] << 8);
      const nlen = input[pos + 2] | (input[pos + 3] << 8);
      if ((len ^ 0xffff) !== nlen) throw new InflateError('corrupt', 'stored block length check failed');
      pos += 4;
      if (pos + len > end) throw new InflateError('corrupt', 'compressed data ends early');
      if (outPos + len > size) throw new InflateError('too-large', 'entry inflates beyond its declared size');
      out.set(input.subarray(pos, pos + len), outPos);
      outPos += len;
      pos += len;
      continue;
    }
    let lit: Table;
    let dist: Table;
    if (type === 1) ({ lit, dist } = fixed());
    else if (type === 2) {
      const hlit = bits(5) + 257;
      const hdist = bits(5) + 1;
      const hclen = bits(4) + 4;
      if (hlit > 286 || hdist > 30) throw new InflateError('corrupt', 'too many length or distance codes');
      const clens = new Uint8Array(19);
      for (let i = 0; i < hclen; i++) clens[CLEN_ORDER[i]] = bits(3);
      const clTable = buildTable(clens, 19);
      lengths.fill(0);
      for (let i = 0; i < hlit + hdist; ) {
        const symbol = decode(clTable);
        if (symbol < 16) lengths[i++] = symbol;
        else {
          let repeat: number;
          let value = 0;
          if (symbol === 16) {
            if (i === 0) throw new InflateError('corrupt', 'repeat with no previous length');
            value = lengths[i - 1];
            repeat = 3 + bits(2);
          } else if (symbol === 17) repeat = 3 + bits(3);
          else repeat = 11 + bits(7);
          if (i + repeat > hlit + hdist) throw new InflateError('corrupt', 'code lengths overflow');
          lengths.fill(value, i, i + repeat);
          i += repeat;
        }
      }
      checkOverrun();
      if (lengths[256] === 0) throw new InflateError('corrupt', 'no end-of-block code');
      lit = buildTable(lengths.subarray(0, hlit), hlit, litScratch);
      dist = buildTable(lengths.slice(hlit, hlit + hdist), hdist, distScratch);
    } else throw new InflateError('corrupt', 'invalid block type');

    for (;;) {
      const symbol = decode(lit);
      if (symbol < 256) {
        if (outPos >= size) throw new InflateError('too-large', 'entry inflates beyond its declared size');
        out[outPos++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      const li = symbol - 257;
      if (li >= 29) throw new InflateError('corrupt', 'invalid length symbol');
      const length = LENGTH_BASE[li] + bits(LENGTH_EXTRA[li]);
      const di = decode(dist);
      if (di >= 30) throw new InflateError('corrupt', 'invalid distance symbol');
      const distance = DIST_BASE[di] + bits(DIST_EXTRA[di]);
      if (distance > outPos) throw new InflateError('corrupt', 'distance before the start of the output');
      if (outPos + length > size) throw new InflateError('too-large', 'entry inflates beyond its declared size');
      if (length >= 32 && distance >= length) out.copyWithin(outPos, outPos - distance, outPos - distance + length);
      else for (let k = 0; k < length; k++) out[outPos + k] = out[outPos + k - distance];
      outPos += length;
    }
    checkOverrun();
  }
  checkOverrun();
  if (outPos !== size) throw new InflateError('corrupt', `entry inflates to ${outPos} bytes, not the ${size} declared`);
  return out;
}
