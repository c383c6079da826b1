/** Writes docs/troubleshooting.md from the error codes, their messages and the reader's limits. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { troubleshootingMarkdown } from '../src/workbook/troubleshooting';

const out = path.resolve(__dirname, '..', 'docs', 'troubleshooting.md');
fs.writeFileSync(out, troubleshootingMarkdown());
console.log(`written ${path.relative(process.cwd(), out)}`);
