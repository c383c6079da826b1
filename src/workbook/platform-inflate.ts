/**
 * The zip guard's inflater under Node: zlib, told the largest output it may produce
 * (`maxOutputLength`), so a stream that inflates past the declared size is stopped after at most
 * one more output chunk instead of being inflated to the end. The browser bundle has
 * `platform-inflate.browser.ts` in this module's place (webpack.config.js): zlib is Node's.
 */
import { inflateRawSync } from 'node:zlib';
import { InflateError, tooLarge, tooShort, type BoundedInflate } from './bounded-inflate';

export const platformInflate: BoundedInflate = (compressed, size) => {
  let out: Uint8Array;
  try {
    // One output chunk a byte larger than declared: the whole part lands in it, no chunk list to
    // join, and a part that holds more spills into a second one and is stopped. maxOutputLength
    // must be at least 1; an entry declared empty that holds a byte is caught below.
    out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(size);
    // Z_DATA_ERROR (damaged), Z_BUF_ERROR (ends before its last block) and the like.
    throw new InflateError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (out.length > size) throw tooLarge(size);
  if (out.length < size) throw tooShort(size, out.length);
  return out;
};
