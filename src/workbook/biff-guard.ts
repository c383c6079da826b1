/**
 * The .xls guard. A legacy workbook (BIFF5/BIFF8 in an OLE container) is a stream of records:
 * type (2 bytes), length (2 bytes), data. SheetJS parses the formula of every formula record
 * even when formulas are not asked for, and its formula-token loop never ends when a damaged
 * token runs past the formula's declared length (found by fuzzing: one flipped byte hangs it).
 * The reader keeps only values — a formula cell's cached result — so the formulas are blanked
 * out here before SheetJS sees the stream: each formula's length is set to SheetJS's own
 * «no formula» mark, record lengths unchanged, and a formula record too short to hold its
 * fields becomes a record SheetJS skips. Found on the way: a FILEPASS record, the mark of a
 * password-protected .xls.
 */

const FORMULA = 0x0006;
const ARRAY = 0x0221;
const SHRFMLA = 0x04bc;
const NAME = 0x0018;
/** Older (BIFF2–4) numbers of the same records, which SheetJS parses the same way in a BIFF5/8 stream. */
const FORMULA_3 = 0x0206;
const FORMULA_4 = 0x0406;
const ARRAY_2 = 0x0021;
const NAME_3 = 0x0218;
const FILEPASS = 0x002f;
/** A record SheetJS knows and skips (Sync): what a formula record too short to be one becomes. */
const SKIPPED = 0x0097;

/** Where each formula record keeps its token count (cce), what marks «no formula», and its minimum size. */
const FORMULA_RECORDS = new Map<number, { at: number; blank: number }>([
  // cell (6) + cached value (8) + flags (2) + chn (4), then cce; 0xFFFF is SheetJS's «no formula».
  [FORMULA, { at: 20, blank: 0xffff }],
  [FORMULA_3, { at: 20, blank: 0xffff }],
  [FORMULA_4, { at: 20, blank: 0xffff }],
  // range (6) + flags (2) + chn (4), then cce.
  [ARRAY, { at: 12, blank: 0xffff }],
  [ARRAY_2, { at: 12, blank: 0xffff }],
  // range (6) + reserved (1) + cUse (1), then cce: read before any mark, so 0 tokens.
  [SHRFMLA, { at: 8, blank: 0 }],
  // flags (2) + chKey (1) + cch (1), then cce.
  [NAME, { at: 4, blank: 0 }],
  [NAME_3, { at: 4, blank: 0 }],
]);

export interface BiffScan {
  encrypted: boolean;
  /** Formulas blanked out. */
  formulas: number;
}

/** Blanks the formulas of a Workbook / Book stream in place; stops at the first record that runs past the end. */
export function neutralizeBiffFormulas(stream: Uint8Array): BiffScan {
  const scan: BiffScan = { encrypted: false, formulas: 0 };
  const set16 = (at: number, value: number) => {
    stream[at] = value & 0xff;
    stream[at + 1] = (value >>> 8) & 0xff;
  };
  let p = 0;
  while (p + 4 <= stream.length) {
    const type = stream[p] | (stream[p + 1] << 8);
    const size = stream[p + 2] | (stream[p + 3] << 8);
    const data = p + 4;
    if (data + size > stream.length) break;
    if (type === FILEPASS) {
      scan.encrypted = true;
      return scan;
    }
    const formula = FORMULA_RECORDS.get(type);
    if (formula) {
      if (size >= formula.at + 2) set16(data + formula.at, formula.blank);
      // Too short to hold its own fields: SheetJS would read past it (and loop on what it finds).
      else set16(p, SKIPPED);
      scan.formulas++;
    }
    p = data + size;
  }
  return scan;
}
