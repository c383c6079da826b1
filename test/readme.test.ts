/** The README's troubleshooting section lists every read error code with its messages, as the code words them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_ERROR_MESSAGES } from '../src/workbook/read-errors';

test.each(Object.entries(READ_ERROR_MESSAGES))('README lists %s with its Russian and English message', (code, messages) => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Troubleshooting'));
  const row = section.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
  expect(row).toBeDefined();
  expect(row).toContain(messages.ru);
  expect(row).toContain(messages.en);
});
