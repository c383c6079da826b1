/**
 * Edits a part of an .xlsx package (its zip) directly: the way to make files SheetJS would never
 * write itself, such as a used range reaching XFD1048576, without writing a million rows.
 */
import * as XLSX from '@e965/xlsx';

/** The part of SheetJS's bundled CFB/zip container API used here (its types declare it `any`). */
interface ZipContainer {
  FullPaths: string[];
  FileIndex: Array<{ content: Uint8Array; size: number }>;
}

export function patchXlsxPart(bytes: Uint8Array, partSuffix: string, edit: (xml: string) => string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' }) as ZipContainer;
  const index = zip.FullPaths.findIndex((p) => p.endsWith(partSuffix));
  if (index < 0) throw new Error(`no part ${partSuffix} in the package`);
  const entry = zip.FileIndex[index];
  entry.content = new TextEncoder().encode(edit(new TextDecoder().decode(entry.content)));
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}
