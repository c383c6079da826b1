/**
 * Loads Microsoft's Excel runtime (`@microsoft/office-js` `dist/excel-web-16.00.js`) into a
 * fresh `vm` context — the file compiled once per process, run once per host so that hosts share
 * no state — with the little of a window it touches at start. No network: the runtime never
 * fetches anything, its batches go to the in-memory server.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { type RuntimeGlobal, WiredRuntime } from './runtime';

export const RUNTIME_FILE = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js');

let compiled: vm.Script | undefined;

export function loadNodeRuntime(): WiredRuntime {
  compiled ??= new vm.Script(readFileSync(RUNTIME_FILE, 'utf8'), { filename: 'excel-web-16.00.js' });
  const element = () => ({ setAttribute() {}, appendChild() {}, style: {} });
  const window: Record<string, unknown> = {
    navigator: { userAgent: 'Mozilla/5.0 (in-memory Excel)' },
    location: { href: 'https://memory-excel.invalid/taskpane.html', search: '', hash: '', protocol: 'https:', hostname: 'memory-excel.invalid' },
    document: { readyState: 'complete', createElement: element, getElementsByTagName: () => [], head: element(), addEventListener() {} },
    addEventListener() {},
    removeEventListener() {},
    setTimeout,
    clearTimeout,
    console,
  };
  window.window = window;
  window.self = window;
  const context = vm.createContext(window);
  compiled.runInContext(context);
  return new WiredRuntime(context as unknown as RuntimeGlobal);
}
