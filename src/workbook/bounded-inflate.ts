/**
 * What the zip guard needs from an inflater: one raw DEFLATE stream (RFC 1951) of a zip entry,
 * inflated into exactly the size the package's central directory declares — never one byte more
 * kept, never a stream read past its compressed span. Two maintained decoders do the inflating:
 * Node's zlib on the command line (`platform-inflate.ts`) and fflate in the browser
 * (`platform-inflate.browser.ts`, put in its place by webpack); both stop as soon as the output
 * passes the declared size, so a lying header costs at most a few hundred kilobytes more.
 */

export type InflateFailure = 'corrupt' | 'too-large';

export class InflateError extends Error {
  constructor(
    readonly reason: InflateFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'InflateError';
  }
}

/**
 * Inflates `compressed` (exactly the entry's compressed span) into `size` bytes. Throws
 * InflateError: `too-large` when the stream holds more than `size` bytes (it is stopped there),
 * `corrupt` when it is damaged, ends early or holds fewer.
 */
export type BoundedInflate = (compressed: Uint8Array, size: number) => Uint8Array;

export function tooLarge(size: number): InflateError {
  return new InflateError('too-large', `the stream holds more than the ${size} bytes declared`);
}

export function tooShort(size: number, got: number): InflateError {
  return new InflateError('corrupt', `the stream holds ${got} bytes, not the ${size} declared`);
}
