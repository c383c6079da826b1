/** The shared stores' port: it follows the file in view, says so when there is none, and knows when its calls are done. */
import type { Language } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import type { WorkbookPort } from '../../src/excel/workbook-port';
import { ActiveWorkbookPort } from '../../src/webapp/active-port';

/** A port whose readAllSheets answers when the test says. */
function heldPort(name: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const port = { readAllSheets: async () => (await held, [new Grid(name)]) } as unknown as Required<WorkbookPort>;
  return { port, release };
}

test('calls go to the port in use; with none, the error says so in the language', async () => {
  let language: Language = 'ru';
  const active = new ActiveWorkbookPort(() => language);
  await expect(active.readAllSheets()).rejects.toThrow('Нет открытого файла.');
  language = 'en';
  await expect(active.loadIgnored()).rejects.toThrow('No file is open.');
  const a = heldPort('A');
  active.use(a.port);
  a.release();
  expect((await active.readAllSheets()).map((g) => g.name)).toEqual(['A']);
});

test('idle() waits for every call in flight, failed ones too', async () => {
  const active = new ActiveWorkbookPort(() => 'ru');
  const a = heldPort('A');
  active.use(a.port);
  const call = active.readAllSheets();
  let idle = false;
  const waiting = active.idle().then(() => (idle = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(idle).toBe(false);
  a.release();
  await waiting;
  expect((await call)[0].name).toBe('A');
  active.use({ readAllSheets: () => Promise.reject(new Error('gone')) } as unknown as Required<WorkbookPort>);
  await expect(active.readAllSheets()).rejects.toThrow('gone');
  await expect(active.idle()).resolves.toBeUndefined();
});
