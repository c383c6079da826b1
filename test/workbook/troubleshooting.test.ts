import * as fs from 'node:fs';
import * as path from 'node:path';
import { READ_ERROR_CODES, READ_ERROR_MESSAGES, describeReadFailure, WorkbookReadError } from '../../src/workbook/read-errors';
import { troubleshootingMarkdown } from '../../src/docs/catalog-docs';

const DOC = path.resolve(__dirname, '../../docs/troubleshooting.md');

test('docs/troubleshooting.md is generated from the codes as they are', () => {
  expect(fs.readFileSync(DOC, 'utf8')).toBe(troubleshootingMarkdown());
});

test('every code is in the table with both messages verbatim', () => {
  const doc = fs.readFileSync(DOC, 'utf8');
  expect(READ_ERROR_CODES).toEqual(['file-not-found', 'file-not-readable', 'file-empty', 'file-not-workbook', 'file-encrypted', 'file-corrupt', 'file-too-large']);
  for (const code of READ_ERROR_CODES) {
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(READ_ERROR_MESSAGES[code].ru);
    expect(row).toContain(READ_ERROR_MESSAGES[code].en);
  }
});

test('every message is plain, complete and actionable in both languages', () => {
  for (const code of READ_ERROR_CODES) {
    const { ru, en } = READ_ERROR_MESSAGES[code];
    expect(ru).toMatch(/^[А-ЯЁ].*\.$/);
    expect(en).toMatch(/^[A-Z].*\.$/);
    // No library jargon: what SheetJS said stays in the error's detail, never in the message.
    expect(`${ru} ${en}`).not.toMatch(/zip|EOCD|CFB|SheetJS|undefined|Error/);
  }
});

test('describeReadFailure: a code and its message for any failure', () => {
  expect(describeReadFailure(new WorkbookReadError('file-encrypted', 'x'), 'en')).toEqual({ code: 'file-encrypted', message: READ_ERROR_MESSAGES['file-encrypted'].en });
  expect(describeReadFailure(new Error('File is password-protected'))).toEqual({ code: 'file-encrypted', message: READ_ERROR_MESSAGES['file-encrypted'].ru });
  expect(describeReadFailure(new Error('Unsupported ZIP encryption')).code).toBe('file-encrypted');
  expect(describeReadFailure('bad').code).toBe('file-corrupt');
  expect(describeReadFailure(new RangeError('Array buffer allocation failed')).code).toBe('file-too-large');
});
