/** src/core is pure TypeScript: no Office.js, Node, DOM or React. (tsconfig.core.json also compiles it with no DOM or Node types.) */
import * as fs from 'node:fs';
import * as path from 'node:path';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test.each(sources(path.resolve(__dirname, '../../src/core')).map((f) => [path.relative(process.cwd(), f), f]))('%s imports nothing impure', (_name, file) => {
  // Comments may speak of Office.js; code may not use it.
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  // Messages may name Excel («save it again from Excel.»): strings are left out of the usage check.
  const code = text.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
  const imports = [...text.matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const spec of imports) {
    const allowed = spec.startsWith('.') || spec === 'zod';
    expect(`${spec}: ${allowed ? 'ok' : 'not allowed in src/core'}`).toBe(`${spec}: ok`);
  }
  expect(code).not.toMatch(/\b(Office|Excel|document|window|process)\./);
});
