/**
 * The pages generated from the catalog (src/core/catalog.ts) — docs/rules.md, docs/troubleshooting.md
 * and docs/profile.schema.json — so that the docs cannot drift from the code. `npm run docs` writes
 * them; a test fails when one on disk is stale.
 */
import { z } from 'zod';
import { CATALOG } from '../core/catalog';
import { CONSOLIDATION_RULES } from '../core/consolidate/rules';
import type { FindingDescriptor } from '../core/descriptor';
import { FILE_FINDINGS } from '../core/file-findings';
import { profileFileSchema } from '../core/profile/schema';
import { RULES } from '../core/rules';
import { WORKBOOK_FINDINGS } from '../core/workbook-findings';
import { DEFAULT_READ_LIMITS } from '../workbook/read-workbook';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function summaryTable(descriptors: readonly FindingDescriptor[]): string[] {
  return [
    '| id | severity | type | описание | description |',
    '|---|---|---|---|---|',
    ...descriptors.map((d) => `| \`${d.id}\` | ${d.meta.severity} | ${d.meta.type} | ${cell(d.meta.docs.description.ru)} | ${cell(d.meta.docs.description.en)} |`),
  ];
}

function details(d: FindingDescriptor): string[] {
  const lines = [`### \`${d.id}\` — ${d.meta.docs.title.ru} / ${d.meta.docs.title.en}`, ''];
  lines.push(`- Как исправить: ${d.meta.docs.fix.ru}`, `- How to fix: ${d.meta.docs.fix.en}`);
  for (const [id, message] of Object.entries(d.meta.messages)) lines.push(`- \`${id}\`: ${message.ru} / ${message.en}`);
  const schema = 'schema' in d.meta && d.meta.schema ? z.toJSONSchema(d.meta.schema(z)) : null;
  if (schema) {
    const { $schema: _, ...options } = schema as Record<string, unknown>;
    lines.push(`- Options (\`"rules": { "${d.id}": ["warning", { … }] }\`): \`${JSON.stringify(options)}\``);
  }
  return [...lines, ''];
}

export function rulesMarkdown(): string {
  return [
    '# Rule catalog',
    '',
    'Generated from `src/core/catalog.ts` by `npm run docs`; do not edit by hand.',
    'Rule ids are stable: profiles and ignored findings refer to them. Severities are the defaults;',
    'a region\'s profile may change any of them or turn a rule off (`"rules": { "id": "off" }`).',
    'Types as in ESLint: `problem` — a reviewer returns it or it keeps data out of the totals;',
    '`suggestion` — worth improving; `layout` — the table\'s form rather than its content.',
    '',
    '## Roadmap rules',
    '',
    ...summaryTable(RULES),
    '',
    '## The workbook as a whole',
    '',
    'Raised once per checked workbook (or sheet chosen in the pane) with no roadmap in it; not a rule a profile can turn off: nothing to check is never «all clear». `check` exits with 1.',
    '',
    ...summaryTable(WORKBOOK_FINDINGS),
    '',
    '## Consolidation rules',
    '',
    'Raised on school workbooks by `consolidate` and the pane\'s «Свод».',
    '',
    ...summaryTable(CONSOLIDATION_RULES),
    '',
    '## Files and sheets that cannot be read',
    '',
    'See [troubleshooting.md](troubleshooting.md).',
    '',
    ...summaryTable(FILE_FINDINGS),
    '',
    '## Titles, fixes and messages',
    '',
    ...CATALOG.flatMap(details),
  ].join('\n');
}

const MB = 1024 * 1024;

export function troubleshootingMarkdown(): string {
  const l = DEFAULT_READ_LIMITS;
  const rows = FILE_FINDINGS.map((d) => {
    const message = Object.values(d.meta.messages)[0];
    return `| \`${d.id}\` | ${cell(d.meta.docs.description.en)} | ${cell(message.ru)} | ${cell(message.en)} | ${cell(d.meta.docs.fix.en)} |`;
  });
  return `# Troubleshooting: files that cannot be read

Generated from \`src/core/file-findings.ts\` by \`npm run docs\`; do not edit by hand.

A file that cannot be read gets one of the codes below, in its place: \`check\` and
\`consolidate\` report it (text: \`✖ … [code]\` / \`path: code — message\`; JSON: \`"error":
{"code", "message"}\`), go on with the other files, and exit with 2. \`consolidate --out\` lists
it on the «Замечания» sheet. The task pane (and its preview) shows the same message for the same
code — both take it from one function, \`describeReadFailure\`. Messages are in Russian, or in
English with \`--lang en\` / an English Office. \`sheet-too-large\` and \`chart-sheet-active\` are
the pane's, about the open workbook.

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
within the limits and time linear in them, whatever the file claims. A real workbook is far
below: a 10 000-row roadmap unpacks to a few MB.

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

/** The profile file's JSON Schema (docs/profile.schema.json), for editors that validate JSON. */
export function profileJsonSchema(): string {
  const schema = z.toJSONSchema(profileFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Roadmap Checker profile' }, null, 2)}\n`;
}
