/** The annotator runs in the browser (the web app) and in Node (the CLI): bytes in, bytes out, no Node or DOM. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.resolve(__dirname, '../../../src/workbook/annotate');

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s uses no Node or DOM API', (file) => {
  const code = fs.readFileSync(path.join(DIR, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  for (const spec of [...code.matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1])) {
    const allowed = spec.startsWith('.') || spec === '@e965/xlsx' || spec === 'fflate';
    expect(`${spec}: ${allowed ? 'ok' : 'not allowed here'}`).toBe(`${spec}: ok`);
  }
  // Outside string literals (a part name such as 'index/document.iwa' is not the DOM).
  const withoutStrings = code.replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
  expect(withoutStrings).not.toMatch(/\b(process|document|window|Buffer)\.|\brequire\(/);
  // Its only tie to the engine is the Finding type.
  for (const m of code.matchAll(/from\s+['"](\.\.\/\.\.\/core\/[^'"]+)['"]/g)) expect(m[0]).toMatch(/^from '\.\.\/\.\.\/core\/findings'$/);
  expect(code).not.toMatch(/import\s+\{[^}]*\}\s+from\s+'\.\.\/\.\.\/core/);
});
