import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { ruleCatalogMarkdown } from '../../src/core/rules/catalog';

test('docs/rules.md is generated from the rules as they are (npm run catalog)', () => {
  const onDisk = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');
  expect(onDisk).toBe(ruleCatalogMarkdown());
});

test('every rule of SPEC is in the catalog, each id once, with messages in both languages', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(
    expect.arrayContaining([
      'header-not-found', 'column-missing', 'column-order', 'column-duplicate', 'responsible-missing', 'responsible-vague',
      'deadline-missing', 'deadline-vague', 'deadline-outside-period', 'name-missing', 'result-missing',
      'number-duplicate', 'number-sequence', 'row-fragment',
    ]),
  );
  for (const rule of RULES) {
    expect(rule.description.ru).toMatch(/[а-я]/);
    expect(rule.description.en).toMatch(/[a-z]/);
    expect(Object.keys(rule.messages.en).sort()).toEqual(Object.keys(rule.messages.ru).sort());
  }
});

test('one rule per file under src/core/rules, named by its id', () => {
  const dir = path.resolve(__dirname, '../../src/core/rules');
  for (const rule of RULES) expect(fs.existsSync(path.join(dir, `${rule.id}.ts`))).toBe(true);
});
