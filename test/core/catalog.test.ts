/** One descriptor for every code: each complete in both languages, each in its own module, the docs generated from them. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG, catalogOrder, CONFIGURABLE_RULE_IDS, findingTitle, SEVERITY_WORDS } from '../../src/core/catalog';
import { CONSOLIDATION_RULES } from '../../src/core/consolidate/rules';
import { formatMessage } from '../../src/core/descriptor';
import { FILE_FINDINGS } from '../../src/core/file-findings';
import { RULES } from '../../src/core/rules';
import { profileJsonSchema, rulesMarkdown, troubleshootingMarkdown } from '../../src/docs/catalog-docs';

const ROOT = path.resolve(__dirname, '../..');
const placeholders = (template: string) => (template.match(/\{\w+\}/g) ?? []).sort();

test.each([
  ['docs/rules.md', rulesMarkdown],
  ['docs/troubleshooting.md', troubleshootingMarkdown],
  ['docs/profile.schema.json', profileJsonSchema],
])('%s is generated from the catalog as it is (npm run docs)', (file, generate) => {
  expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toBe(generate());
});

test('every code once: the rules of the spec, the consolidation rules, the file codes', () => {
  const ids = CATALOG.map((d) => d.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(RULES.map((r) => r.id)).toEqual([
    'header-not-found', 'column-missing', 'column-order', 'column-duplicate', 'column-mapping-outside', 'responsible-missing', 'responsible-vague',
    'deadline-missing', 'deadline-vague', 'deadline-outside-period', 'name-missing', 'result-missing',
    'number-duplicate', 'number-sequence', 'row-fragment',
  ]);
  expect(CONSOLIDATION_RULES.map((r) => r.id)).toEqual([
    'indicator-table-not-found', 'indicator-missing', 'indicator-unknown', 'indicator-duplicate', 'value-not-number',
    'value-number-as-text', 'value-negative', 'value-percent-out-of-range', 'unit-mismatch', 'value-column-missing',
    'value-column-unknown', 'value-column-duplicate', 'school-missing',
  ]);
  expect(FILE_FINDINGS.map((d) => d.id)).toEqual([
    'file-not-found', 'file-not-readable', 'file-empty', 'file-not-workbook', 'file-encrypted', 'file-corrupt', 'file-too-large', 'sheet-too-large', 'chart-sheet-active',
  ]);
  expect(CONFIGURABLE_RULE_IDS).toEqual([...RULES, ...CONSOLIDATION_RULES].map((r) => r.id));
});

describe.each(CATALOG.map((d) => [d.id, d] as const))('%s', (_id, d) => {
  test('meta: a type, a default severity, docs in Russian and English', () => {
    expect(['problem', 'suggestion', 'layout']).toContain(d.meta.type);
    expect(['error', 'warning', 'info']).toContain(d.meta.severity);
    for (const text of [d.meta.docs.title, d.meta.docs.description, d.meta.docs.fix]) {
      expect(text.ru).toMatch(/[а-яё]/i);
      // English, but for Russian words quoted as a user sees them in a sheet.
      expect(text.en.replace(/«[^»]*»/g, '')).not.toMatch(/[а-яё]/i);
    }
  });

  test('messages: both languages, the same placeholders, complete sentences', () => {
    expect(Object.keys(d.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(d.meta.messages)) {
      expect(placeholders(message.en)).toEqual(placeholders(message.ru));
      expect(message.ru).toMatch(/^[«{А-ЯЁ][\s\S]*[.»]$/);
      expect(message.en.replace(/«[^»]*»/g, '')).not.toMatch(/[а-яё]/i);
    }
  });
});

test('one module per rule, named by its id', () => {
  for (const rule of RULES) expect(fs.existsSync(path.join(ROOT, 'src/core/rules', `${rule.id}.ts`))).toBe(true);
  for (const rule of CONSOLIDATION_RULES) expect(fs.existsSync(path.join(ROOT, 'src/core/consolidate/rules', `${rule.id}.ts`))).toBe(true);
  for (const rule of [...RULES, ...CONSOLIDATION_RULES]) expect(fs.existsSync(path.join(ROOT, 'test/core/rules', `${rule.id}.test.ts`))).toBe(true);
});

test('titles and order come from the catalog; an unknown id shows itself, last', () => {
  expect(findingTitle('deadline-vague', 'ru')).toBe('Неконкретный срок');
  expect(findingTitle('deadline-vague', 'en')).toBe('Vague deadline');
  expect(findingTitle('no-such-rule', 'ru')).toBe('no-such-rule');
  expect(catalogOrder('header-not-found')).toBe(0);
  expect(catalogOrder('no-such-rule')).toBe(CATALOG.length);
});

test('one word for each severity, with Russian plurals', () => {
  expect(SEVERITY_WORDS.ru.info.label).toBe('Примечание');
  expect([1, 2, 5, 11, 21].map((n) => SEVERITY_WORDS.ru.error.count(n))).toEqual(['1 ошибка', '2 ошибки', '5 ошибок', '11 ошибок', '21 ошибка']);
  expect(SEVERITY_WORDS.en.warning.count(1)).toBe('1 warning');
});

test('formatMessage fills the placeholders it has data for and leaves the rest as written', () => {
  expect(formatMessage('Нет графы «{field}».', { field: 'Срок' })).toBe('Нет графы «Срок».');
  expect(formatMessage('{a} и {missing} и {a}', { a: 1 })).toBe('1 и {missing} и 1');
  expect(formatMessage('{constructor} $& {a}', { a: '$1' })).toBe('{constructor} $& $1');
  // A fraction as each language writes it; whole numbers (rows, years) as they are.
  expect(formatMessage('{a} / {n}', { a: -2.5, n: 2024 }, 'ru')).toBe('-2,5 / 2024');
  expect(formatMessage('{a} / {n}', { a: -2.5, n: 2024 }, 'en')).toBe('-2.5 / 2024');
});
