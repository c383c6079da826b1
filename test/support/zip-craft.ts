/**
 * Writes zips byte by byte, for tests of the zip guard: what each entry declares (sizes,
 * flags, data descriptors, ZIP64) is the test's to choose, independently of its real data —
 * so a bomb can declare gigabytes without anyone deflating gigabytes.
 */
import * as zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';

export interface CraftEntry {
  name: string;
  /** The real bytes; deflated unless `stored`. */
  data?: Uint8Array;
  /** Already-compressed bytes to store as the entry's data (method 8), e.g. a crafted stream. */
  raw?: Uint8Array;
  stored?: boolean;
  /** Sizes written in the central directory (default: the real ones). */
  declaredSize?: number;
  declaredCompressed?: number;
  /** Sizes written in the local header (default: the central ones; 0 with a data descriptor). */
  localSize?: number;
  /** General purpose flags: 0x1 encrypted, 0x8 data descriptor. */
  flags?: number;
  /** Write sizes as ZIP64 (0xFFFFFFFF and a 0x0001 extra field) in the central directory. */
  zip64?: boolean;
  method?: number;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const u64 = (n: number) => [...u32(n % 0x100000000), ...u32(Math.floor(n / 0x100000000))];

export function craftZip(entries: readonly CraftEntry[], options: { count?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: number[][] = [];
  let offset = 0;
  const push = (bytes: ArrayLike<number>) => {
    const chunk = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes as number[]);
    chunks.push(chunk);
    offset += chunk.length;
  };
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = e.data ?? new Uint8Array(0);
    const method = e.method ?? (e.stored ? 0 : 8);
    const body = e.raw ?? (method === 8 ? new Uint8Array(zlib.deflateRawSync(data)) : data);
    const flags = (e.flags ?? 0) | 0x800;
    const size = e.declaredSize ?? data.length;
    const csize = e.declaredCompressed ?? body.length;
    const descriptor = (flags & 0x8) !== 0;
    const localSize = e.localSize ?? (descriptor ? 0 : size);
    const localCompressed = descriptor ? 0 : csize;
    const at = offset;
    push([...u32(0x04034b50), ...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0), ...u32(Math.min(localCompressed, 0xffffffff)), ...u32(Math.min(localSize, 0xffffffff)), ...u16(name.length), ...u16(0)]);
    push(name);
    push(body);
    if (descriptor) push([...u32(0x08074b50), ...u32(0), ...u32(csize), ...u32(Math.min(size, 0xffffffff))]);
    const extra = e.zip64 ? [...u16(1), ...u16(16), ...u64(size), ...u64(csize)] : [];
    central.push([
      ...u32(0x02014b50), ...u16(45), ...u16(20), ...u16(flags), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0),
      ...u32(e.zip64 ? 0xffffffff : csize), ...u32(e.zip64 ? 0xffffffff : size),
      ...u16(name.length), ...u16(extra.length), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(at),
      ...name, ...extra,
    ]);
  }
  const cdStart = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdStart;
  const count = options.count ?? entries.length;
  push([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(Math.min(count, 0xffff)), ...u16(Math.min(count, 0xffff)), ...u32(cdSize), ...u32(cdStart), ...u16(0)]);
  return Buffer.concat(chunks);
}

/** The parts of a real .xlsx (as SheetJS writes it), to re-pack with crafted headers. */
export function xlsxParts(bytes: Uint8Array): Array<{ name: string; data: Uint8Array }> {
  const zip = XLSX.CFB.read(bytes, { type: 'array' }) as unknown as { FullPaths: string[]; FileIndex: Array<{ type: number; content: Uint8Array }> };
  const root = zip.FullPaths[0];
  return zip.FullPaths.map((path, i) => ({ path, file: zip.FileIndex[i] }))
    .filter(({ path, file }) => file.type === 2 && !path.endsWith('/') && !path.includes('\u0001Sh33tJ5'))
    .map(({ path, file }) => ({ name: path.slice(root.length), data: new Uint8Array(file.content) }));
}

/** A small roadmap workbook, written by SheetJS. */
export function roadmapXlsx(rows: unknown[][] = defaultRows(), sheet = 'План'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function defaultRows(): unknown[][] {
  return [
    ['План мероприятий на 2023-2024 годы'],
    [],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'],
    [1, 'Совещание с руководителями', 'Постоянно', 'Иванова И.И.', 'Протокол'],
    [2, 'Мониторинг показателей', 'I квартал 2023 года', '', 'Справка'],
  ];
}
