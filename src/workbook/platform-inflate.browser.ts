/**
 * The zip guard's inflater in the browser (webpack puts this module in place of
 * `platform-inflate.ts`): fflate's streaming `Inflate`, fed the compressed span a slice at a time
 * and counting what comes out. A slice is small enough that what it can inflate to (at most
 * 1032 bytes per byte, DEFLATE's longest match for two bits) stays within what may still come,
 * so the output never passes the declared size by more than one 512-byte slice can make (about 0.5 MB);
 * the first byte past it stops the stream.
 */
import { Inflate } from 'fflate';
import { InflateError, tooLarge, tooShort, type BoundedInflate } from './bounded-inflate';

/** DEFLATE's densest expansion: a 258-byte match coded in two bits. */
const MAX_EXPANSION = 1032;
const MIN_SLICE = 512;
const MAX_SLICE = 1024 * 1024;

export const platformInflate: BoundedInflate = (compressed, size) => inflateCounted(compressed, size);

export function inflateCounted(compressed: Uint8Array, size: number): Uint8Array {
  // Not even an end-of-stream block: zlib calls this an unexpected end, and so do we.
  if (!compressed.length) throw new InflateError('corrupt', 'an empty stream');
  const out = new Uint8Array(size);
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > size) throw tooLarge(size);
    out.set(chunk, produced);
    produced += chunk.length;
  });
  try {
    let at = 0;
    do {
      const room = size - produced;
      const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor(room / MAX_EXPANSION)));
      const end = Math.min(compressed.length, at + slice);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
      at = end;
    } while (at < compressed.length);
  } catch (error) {
    if (error instanceof InflateError) throw error;
    // fflate's own: unexpected EOF (the stream ends before its last block), invalid block type, length or distance.
    throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (produced < size) throw tooShort(size, produced);
  return out;
}
