/**
 * Edits a part of an .xlsx package (its zip) directly: the way to make files SheetJS would never
 * write itself, such as a used range reaching XFD1048576, without writing a million rows.
 */
import * as XLSX from '@e965/xlsx';

export function patchXlsxPart(bytes: Uint8Array, partSuffix: string, edit: (xml: string) => string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const index = zip.FullPaths.findIndex((p) => p.endsWith(partSuffix));
  if (index < 0) throw new Error(`no part ${partSuffix} in the package`);
  const entry = zip.FileIndex[index];
  const xml = edit(new TextDecoder().decode(entry.content as Uint8Array));
  entry.content = new TextEncoder().encode(xml) as unknown as XLSX.CFB.CFB$Blob;
  entry.size = (entry.content as Uint8Array).length;
  return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer);
}
