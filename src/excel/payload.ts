/**
 * Excel's payload limit and what requests weigh. Excel on the web refuses a request or a
 * response over 5 MB (the desktop is more generous), for a whole `sync`: queuing many small
 * blocks before one sync does not get around it.
 *
 * Request weights are those of Microsoft's runtime, measured by `test/excel/payload.test.ts`
 * through `excel-web-16.00.js` (which fails if an estimate below falls under the real size):
 * every object path and action is a JSON object with ids, so one cell operation weighs hundreds
 * of bytes whatever its value. A request that still comes out too large is retried in halves.
 */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one operation adds to a request, in bytes, at the object-path ids a request of 5 MB
 * reaches (six digits): the runtime's wire shape, measured, with a margin.
 */
export const REQUEST_BYTES = {
  /** A request's envelope and the sheet list that travels with every batch. */
  base: 4_096,
  /** `sheet.getRangeByIndexes(…)` with `numberFormat` and `values` set: before the values themselves. */
  rangeWrite: 900,
  /** A row of such a range: its share of the blocks of 1,500 cells the runtime cuts a large write into. */
  rowWrite: 64,
  /** A cell of such a range, for the same blocks. */
  cellWrite: 4,
  /** `getRangeByIndexes(…).hyperlink = { documentReference, textToDisplay }`: before the reference's text. */
  hyperlink: 720,
  /** A conditional format over `getRanges(address)`: add, rule formula, fill colour — before the address. */
  conditionalFormat: 1_700,
  /** Deleting one conditional format found by id. */
  conditionalFormatDelete: 500,
} as const;

/** UTF-8 size of a value's JSON: what it weighs in a request or a response. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') {
    let n = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code === 0x22 || code === 0x5c) n += 2;
      else if (code < 0x20) n += 6;
      else if (code < 0x80) n += 1;
      else if (code < 0x800) n += 2;
      else if (code >= 0xd800 && code <= 0xdbff) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  return jsonBytes(JSON.stringify(value));
}

/** Groups items, in order, so that each group's estimated bytes stay under the budget (a lone big item forms its own group). */
function packBySize<T>(items: readonly T[], bytes: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [[]];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (size + b > budget && groups[groups.length - 1].length) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1].push(item);
    size += b;
  }
  return groups;
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Writes the items in requests of at most `budget` estimated bytes, in order. A request Excel
 * still refuses as too large (RequestPayloadSizeLimitExceeded: nothing of it ran) is split in
 * two and each half sent again. `write(chunk, first, last)` makes one request.
 */
export async function writeInChunks<T>(
  items: readonly T[],
  bytes: (item: T) => number,
  budget: number,
  write: (chunk: readonly T[], first: boolean, last: boolean) => Promise<void>,
): Promise<void> {
  const queue = items.length ? packBySize(items, bytes, budget) : [[]];
  let first = true;
  while (queue.length) {
    const chunk = queue.shift()!;
    try {
      await write(chunk, first, queue.length === 0);
      first = false;
    } catch (error) {
      if (errorCode(error) !== 'RequestPayloadSizeLimitExceeded' || chunk.length < 2) throw error;
      const half = Math.ceil(chunk.length / 2);
      queue.unshift(chunk.slice(0, half), chunk.slice(half));
    }
  }
}
