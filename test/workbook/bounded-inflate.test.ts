import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { InflateError, type BoundedInflate } from '../../src/workbook/bounded-inflate';
import { platformInflate as zlibInflate } from '../../src/workbook/platform-inflate';
import { platformInflate as fflateInflate } from '../../src/workbook/platform-inflate.browser';

/** Both inflaters the zip guard runs on: Node's zlib (command line) and fflate (the browser bundle). */
const INFLATERS: Array<[string, BoundedInflate]> = [
  ['zlib', zlibInflate],
  ['fflate', fflateInflate],
];

function failure(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof InflateError) return error.reason;
    throw error;
  }
}

const sample = (n: number, seed = 1): Uint8Array => {
  // Text-like bytes: words from a small vocabulary, so every block type and long matches occur.
  const words = ['<row r="', '"><c r="A', '" t="s"><v>', '</v></c>', 'Постоянно', ' ', '2023', 'x'];
  const parts: string[] = [];
  let x = seed;
  let size = 0;
  while (size < n) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    const w = words[x % words.length] + (x % 7 === 0 ? String(x % 1000) : '');
    parts.push(w);
    size += w.length;
  }
  return new Uint8Array(Buffer.from(parts.join('')).subarray(0, n));
};

describe.each(INFLATERS)('%s', (_name, inflate) => {
  test.each([
    ['empty', new Uint8Array(0)],
    ['one byte', new Uint8Array([65])],
    ['text, 200 KB', sample(200_000)],
    ['zeros, 1 MB (long matches)', new Uint8Array(1_000_000)],
    ['random bytes (stored blocks)', new Uint8Array(randomBytes(100_000))],
  ])('%s inflates exactly as zlib deflated it, at every level and strategy', (_name, data) => {
    for (const options of [{ level: 0 }, { level: 1 }, { level: 6 }, { level: 9 }, { strategy: zlib.constants.Z_FIXED }, { strategy: zlib.constants.Z_HUFFMAN_ONLY }, { strategy: zlib.constants.Z_RLE }]) {
      const packed = new Uint8Array(zlib.deflateRawSync(data, options));
      const out = inflate(packed, data.length);
      expect(Buffer.compare(Buffer.from(out), Buffer.from(data))).toBe(0);
    }
  });

  test('a stream inside a larger buffer is read only within its span', () => {
    const data = sample(10_000);
    const packed = zlib.deflateRawSync(data);
    const buffer = new Uint8Array(packed.length + 20).fill(0xff);
    buffer.set(packed, 10);
    expect(Buffer.from(inflate(buffer.subarray(10, 10 + packed.length), data.length)).equals(Buffer.from(data))).toBe(true);
    // Cut one byte short: the stream runs past its span.
    expect(failure(() => inflate(buffer.subarray(10, 10 + packed.length - 1), data.length))).toBe('corrupt');
  });

  test('more output than declared stops at the declared size (too-large); less is corrupt', () => {
    const data = new Uint8Array(5_000_000);
    const packed = new Uint8Array(zlib.deflateRawSync(data));
    expect(failure(() => inflate(packed, 1000))).toBe('too-large');
    expect(failure(() => inflate(packed, data.length + 1))).toBe('corrupt');
  });

  test('a stream that holds far more than declared is stopped near the declared size, in little memory', () => {
    const packed = new Uint8Array(zlib.deflateRawSync(Buffer.alloc(200 * 1024 * 1024)));
    const before = process.memoryUsage().arrayBuffers;
    expect(failure(() => inflate(packed, 1000))).toBe('too-large');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 * 1024);
  });

  test('an empty span, or a stream that ends before its last block, is corrupt', () => {
    const packed = new Uint8Array(zlib.deflateRawSync(sample(50_000)));
    expect(failure(() => inflate(new Uint8Array(0), 0))).toBe('corrupt');
    expect(failure(() => inflate(packed.subarray(0, packed.length >> 1), 50_000))).toBe('corrupt');
  });

  test('arbitrary bytes never throw anything but InflateError, and never write past the size', () => {
    const data = sample(3000, 7);
    const packed = new Uint8Array(zlib.deflateRawSync(data));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          // A real stream with bytes flipped: reaches deep into the decoder before failing.
          fc.array(fc.tuple(fc.nat(packed.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
            const copy = packed.slice();
            for (const [i, b] of flips) copy[i] = b;
            return copy;
          }),
        ),
        fc.integer({ min: 0, max: 10_000 }),
        (bytes, size) => {
          try {
            const out = inflate(bytes, size);
            expect(out.length).toBe(size);
          } catch (error) {
            expect(error).toBeInstanceOf(InflateError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
