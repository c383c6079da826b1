/** The repository stands alone: nothing in it points outside the clone, and the contract lists every finding. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG } from '../src/core/catalog';

const ROOT = path.resolve(__dirname, '..');
/** Built, installed or generated folders: not the repository's own text. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'lib', 'test-artifacts']);
const TEXT = /\.(ts|tsx|js|json|md|html|xml|sh|yml|yaml|css)$|^run$/;
// Spelled in two pieces so that this file does not match itself.
const OUTSIDE = '../' + 'shared';

function textFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return TEXT.test(entry.name) && entry.name !== 'package-lock.json' ? [full] : [];
  });
}

test(`no code, test, script, bench, CI step or doc reads ${OUTSIDE}`, () => {
  const offenders = textFiles(ROOT).filter((file) => fs.readFileSync(file, 'utf8').includes(OUTSIDE));
  expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
});

test('every relative link in the docs and READMEs leads to a file of the repository', () => {
  const broken: string[] = [];
  for (const file of textFiles(ROOT).filter((f) => f.endsWith('.md'))) {
    for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      if (!fs.existsSync(path.resolve(path.dirname(file), target))) broken.push(`${path.relative(ROOT, file)} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});

describe('docs/spec.md names every finding the code can report, with its severity', () => {
  const spec = fs.readFileSync(path.join(ROOT, 'docs', 'spec.md'), 'utf8');
  const rowOf = (id: string) => spec.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));

  test.each(CATALOG.map((d) => [d.id, d.meta.severity] as const))('%s (%s)', (id, severity) => {
    expect(rowOf(id)).toContain(severity);
  });
});
