/** The rule catalog as Markdown, generated from the rules themselves (docs/rules.md). */
import { CONSOLIDATION_RULES } from '../consolidate/messages';
import { RULES } from './index';

export function ruleCatalogMarkdown(): string {
  const lines = [
    '# Rule catalog',
    '',
    'Generated from `src/core/rules/*.ts` by `npm run catalog`; do not edit by hand.',
    'Rule ids are stable: profiles and ignored findings refer to them.',
    '',
    '| id | severity | описание | description |',
    '|---|---|---|---|',
    ...RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description.ru} | ${r.description.en} |`),
    '',
    '## Consolidation findings',
    '',
    'From `src/core/consolidate/messages.ts`: raised on school workbooks by `consolidate`.',
    '',
    '| id | severity | сообщение | message |',
    '|---|---|---|---|',
    ...Object.entries(CONSOLIDATION_RULES).map(([id, r]) => `| \`${id}\` | ${r.severity} | ${r.ru} | ${r.en} |`),
    '',
    '## Roadmap rule messages',
    '',
  ];
  for (const r of RULES) {
    lines.push(`### \`${r.id}\``, '');
    for (const id of Object.keys(r.messages.ru)) {
      lines.push(`- ${id}: ${r.messages.ru[id]} / ${r.messages.en[id]}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
