/**
 * A region's files in the pane: 200 generated school workbooks picked in the built preview are
 * read in the Web Worker (school-reader.js), and the pane shows them all consolidated; with no
 * Worker in the page, the pane reads them itself and shows the same. How long the page's tasks
 * take while the files are read is measured in `npm run bench` (bench/scenarios/pane-read.ts),
 * never asserted here.
 */
import { type Browser, type Page } from 'playwright-core';
import { schoolBook } from '../../bench/generate';
import { startBrowser } from './harness';
import type { StaticServer } from './static-server';

const SCHOOLS = 200;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: StaticServer;
let browser: Browser;
const files = Array.from({ length: SCHOOLS }, (_, i) => ({ name: `school-${String(i + 1).padStart(3, '0')}.xlsx`, mimeType: XLSX_TYPE, buffer: Buffer.from(schoolBook(i)) }));

beforeAll(async () => {
  ({ server, browser } = await startBrowser());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the preview (without a Worker when asked), consolidates the 200 files; the summary line and the workers started. */
async function consolidateInPane(withWorker: boolean): Promise<{ summary: string; workers: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'ru-RU' });
  const page: Page = await context.newPage();
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  page.on('pageerror', (error) => errors.push(error.message));
  if (!withWorker) await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
  await page.goto(`${server.url}/preview.html`);
  await page.getByTestId('intro').waitFor();
  await page.getByTestId('tab-consolidate').click();
  await page.getByTestId('school-files').setInputFiles(files);
  await page.getByTestId('consolidate-files').click();
  await page.getByTestId('consolidate-result').waitFor({ timeout: 90_000 });
  const summary = await page.getByTestId('cons-summary').innerText();
  await context.close();
  return { summary, workers, errors };
}

test('200 school files are read in the worker and all consolidated; without a Worker, on the page, the same', async () => {
  const inWorker = await consolidateInPane(true);
  expect(inWorker.errors).toEqual([]);
  expect(inWorker.workers).toEqual(['/school-reader.js']);
  expect(inWorker.summary).toBe(`В своде ${SCHOOLS} из ${SCHOOLS} · 15 показателей`);

  const onPage = await consolidateInPane(false);
  expect(onPage.errors).toEqual([]);
  expect(onPage.workers).toEqual([]);
  expect(onPage.summary).toBe(inWorker.summary);
});
