/** Writes the pages generated from the catalog: docs/rules.md, docs/troubleshooting.md, docs/profile.schema.json. Run: npm run docs. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { profileJsonSchema, rulesMarkdown, troubleshootingMarkdown } from '../src/docs/catalog-docs';

const pages: Array<[string, string]> = [
  ['rules.md', rulesMarkdown()],
  ['troubleshooting.md', troubleshootingMarkdown()],
  ['profile.schema.json', profileJsonSchema()],
];
for (const [name, text] of pages) {
  const out = path.resolve(__dirname, '..', 'docs', name);
  fs.writeFileSync(out, text);
  console.log(`written ${path.relative(process.cwd(), out)}`);
}
