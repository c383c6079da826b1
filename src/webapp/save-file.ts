/** Saves bytes as a download through an <a download> on a blob: nothing leaves the browser. */
const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.12',
};

export function saveFile(bytes: Uint8Array, fileName: string): void {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: TYPES[extension] ?? 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the address is let go a while after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
