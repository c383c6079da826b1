/** Writes docs/rules.md from the rules' own metadata. Run: npm run catalog. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleCatalogMarkdown } from '../src/core/rules/catalog';

const out = path.resolve(__dirname, '..', 'docs', 'rules.md');
fs.writeFileSync(out, ruleCatalogMarkdown());
console.log(`written ${path.relative(process.cwd(), out)}`);
