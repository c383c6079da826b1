/**
 * docs/troubleshooting.md, generated from the error codes and their messages as the command
 * line and the pane show them (read-errors.ts) and the reader's limits, so the page cannot
 * drift from the code. Run: npx ts-node --transpile-only scripts/generate-troubleshooting.ts
 */
import { READ_ERROR_CODES, READ_ERROR_MESSAGES, type ReadErrorCode } from './read-errors';
import { DEFAULT_READ_LIMITS } from './read-workbook';

/** When each code is given, and what to do about it — for the documentation. */
export const READ_ERROR_HELP: Record<ReadErrorCode, { when: string; todo: string }> = {
  'file-not-found': {
    when: 'The path names no file (command line only: a typo, another folder).',
    todo: 'Check the name and the folder; quote paths with spaces.',
  },
  'file-not-readable': {
    when: 'The path is a folder, a pipe or a device, or the file cannot be read (permissions, a lock).',
    todo: 'Point at the file itself; check its permissions; close a program that holds it.',
  },
  'file-empty': {
    when: 'The file has 0 bytes — usually a failed download or e-mail attachment.',
    todo: 'Ask the sender for the file again.',
  },
  'file-not-workbook': {
    when:
      'The bytes are not a workbook whatever the name says: plain text, HTML, PDF, a picture, a Word document, ' +
      'or a zip of other files renamed to .xlsx. (.csv and .txt files are read as text.)',
    todo: 'Open the file in Excel and save it as «Книга Excel (.xlsx)»; or ask the sender for the workbook itself.',
  },
  'file-encrypted': {
    when:
      'The workbook needs a password to open: an .xlsx saved with «Зашифровать паролем» (an OLE container with ' +
      'an EncryptionInfo stream), an .xls with a FILEPASS record, or a zip with encrypted entries. ' +
      'Sheet or workbook protection without a password to open is not this: such files are read.',
    todo: 'Open it in Excel with the password, File → Info → Protect Workbook → Encrypt with Password, clear the password, save.',
  },
  'file-corrupt': {
    when:
      'The file is damaged: truncated (an interrupted download or copy), bytes overwritten, a zip whose ' +
      'directory or data is broken, or parts whose real size differs from the size the package declares ' +
      '(damage, or a forged package: it is stopped at the declared size).',
    todo: 'Ask for the file again; if Excel opens it, save it again from Excel.',
  },
  'file-too-large': {
    when:
      'The file is bigger than the reader takes, before anything is unpacked: over the file limit, or its ' +
      'package declares more than the limits below (a zip bomb declares gigabytes). Nothing is inflated.',
    todo: 'Delete unused sheets and the empty formatted rows and columns below and right of the data (Ctrl+End shows where Excel thinks the sheet ends), save, try again.',
  },
};

const MB = 1024 * 1024;
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function troubleshootingMarkdown(): string {
  const l = DEFAULT_READ_LIMITS;
  const rows = READ_ERROR_CODES.map((code) => {
    const m = READ_ERROR_MESSAGES[code];
    const h = READ_ERROR_HELP[code];
    return `| \`${code}\` | ${cell(h.when)} | ${cell(m.ru)} | ${cell(m.en)} | ${cell(h.todo)} |`;
  });
  return `# Troubleshooting: files that cannot be read

Generated from \`src/workbook/read-errors.ts\` and \`src/workbook/troubleshooting.ts\` by
\`npx ts-node --transpile-only scripts/generate-troubleshooting.ts\`; do not edit by hand.

A file that cannot be read gets one of the codes below, in its place: \`check\` and
\`consolidate\` report it (text: \`✖ … [code]\` / \`path: code — message\`; JSON: \`"error":
{"code", "message"}\`), go on with the other files, and exit with 2. \`consolidate --out\` lists
it on the «Замечания» sheet. The task pane (and its preview) shows the same message for the same
code — both take it from one function, \`describeReadFailure\`. Messages are in Russian, or in
English with \`--lang en\` / an English Office.

| code | when | сообщение | message | what to do |
|---|---|---|---|---|
${rows.join('\n')}

Findings about the content of a readable file — a missing responsible, a vague deadline, a
school without an indicator table — are rules, listed in [rules.md](rules.md).

## Limits

Checked before anything is unpacked, from the zip's own directory (End Of Central Directory
record, ZIP64 included, and every central directory entry):

| limit | value |
|---|---|
| the file itself (any format) | ${l.maxFileBytes / MB} MB |
| entries in an .xlsx package | ${l.maxEntries.toLocaleString('en-US')} |
| one part, unpacked | ${l.maxEntryBytes / MB} MB |
| all parts together, unpacked | ${l.maxTotalBytes / MB} MB |
| unpacked ÷ packed, for a part above ${l.ratioFromBytes / MB} MB | ${l.maxRatio} : 1 |

Pictures, embedded objects, printer settings and thumbnails are never unpacked and do not
count. The sizes a package declares are then enforced while unpacking: every part is inflated
(by zlib on the command line, by fflate in the pane) into exactly its declared size, and a part
that holds more is stopped just past it (or holds less) as \`file-corrupt\` — so memory stays
within the limits and time linear in them, whatever the file claims. A real workbook is far below: a 10 000-row roadmap unpacks to a few MB.

## What the reader never does

- **Run anything.** Formulas are not evaluated (a formula cell gives its saved result); in an .xls
  the formulas are blanked out before parsing. Macros (VBA) are not loaded, external links and
  data connections are not followed, embedded objects are not unpacked.
- **Change a file.** Files are read, never written; the add-in writes only its own «Замечания»
  sheet and the highlight fills, which «Снять подсветку» restores.
- **Send anything.** The reader, the engine and the pane run on this computer; the pane requests
  nothing beyond its own origin (and Office.js from Microsoft's CDN in Excel).
- **Take text for a formula or markup.** Text beginning with \`=\`, \`+\`, \`-\` or \`@\` is written to
  the summary and the report sheet as text; the pane shows \`<img …>\` as the characters typed.
`;
}
