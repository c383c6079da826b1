/**
 * The pane while a region's files are read: the built preview (the pane on the in-memory Excel
 * host) in Debian's Chromium, 200 generated school workbooks picked and consolidated, every main-
 * thread task over 50 ms recorded (PerformanceObserver 'longtask'). Twice: with the Web Worker
 * that reads the files (school-reader.js), and with no Worker in the page, so the pane reads them
 * itself as it did before. Tasks are split at the moment the last file's progress is painted:
 * before it, the files are being read; after it, the 200 schools' rows are shown.
 *
 * The bundle is the one the start-up scenario built (BENCH_DIR/pane-dist), else built here.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../test/e2e/static-server';
import { schoolBook } from '../generate';
import { log, quick, report, round } from '../lib';

const root = path.resolve(__dirname, '../..');
const SCHOOLS = quick() ? 60 : 200;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function bundle(): string {
  const shared = process.env.BENCH_DIR && path.join(process.env.BENCH_DIR, 'pane-dist');
  if (shared && fs.existsSync(path.join(shared, 'school-reader.js'))) return shared;
  const out = shared || fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-pane-read-'));
  log(`pane-read: building the pane into ${out} …`);
  const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`${build.stdout}\n${build.stderr}`);
  return out;
}

interface Task {
  start: number;
  duration: number;
}

interface Measured {
  /** From the click to the result shown, ms. */
  totalMs: number;
  /** From the click to the last file's progress, ms. */
  readingMs: number;
  reading: { longest: number; over50: number; over100: number };
  showing: { longest: number; tasks: number[] };
  workers: string[];
}

async function measure(browser: Browser, url: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>, withWorker: boolean): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.addInitScript((noWorker: boolean) => {
    if (noWorker) delete (window as { Worker?: unknown }).Worker;
    const state = { tasks: [] as Array<{ start: number; duration: number }>, lastProgressAt: 0, total: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // The progress caption of the last file («Прочитано N-1 из N · …»): when it is painted, every other file has been read.
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="consolidate-progress"]')?.textContent ?? '';
      const m = /(\d+) из (\d+) ·/.exec(text);
      if (m && Number(m[1]) === Number(m[2]) - 1 && !state.lastProgressAt) state.lastProgressAt = performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, !withWorker);
  await page.goto(`${url}/preview.html`);
  await page.getByTestId('intro').waitFor();
  await page.getByTestId('tab-consolidate').click();
  await page.getByTestId('school-files').setInputFiles(files);
  await page.waitForTimeout(500);
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByTestId('consolidate-files').click();
  await page.getByTestId('consolidate-result').waitFor({ timeout: 300_000 });
  const shownAt = await page.evaluate(() => performance.now());
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => (window as unknown as { __bench: { tasks: Task[]; lastProgressAt: number } }).__bench);
  await context.close();
  const after = (t: Task) => t.start >= clickedAt;
  const reading = state.tasks.filter((t) => after(t) && t.start < state.lastProgressAt).map((t) => t.duration);
  const showing = state.tasks.filter((t) => after(t) && t.start >= state.lastProgressAt).map((t) => round(t.duration, 0));
  return {
    totalMs: round(shownAt - clickedAt, 0),
    readingMs: round(state.lastProgressAt - clickedAt, 0),
    reading: { longest: round(Math.max(0, ...reading), 0), over50: reading.length, over100: reading.filter((d) => d > 100).length },
    showing: { longest: Math.max(0, ...showing), tasks: showing },
    workers,
  };
}

async function main(): Promise<void> {
  const dist = bundle();
  const files = Array.from({ length: SCHOOLS }, (_, i) => ({ name: `school-${String(i + 1).padStart(3, '0')}.xlsx`, mimeType: XLSX_TYPE, buffer: Buffer.from(schoolBook(i)) }));
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    log(`pane-read: ${SCHOOLS} school files in the preview, with the worker and without`);
    const worker = await measure(browser, server.url, files, true);
    log(`  worker: reading ${worker.readingMs} ms, longest task ${worker.reading.longest} ms; showing: ${worker.showing.tasks.join(', ')} ms`);
    const page = await measure(browser, server.url, files, false);
    log(`  page:   reading ${page.readingMs} ms, longest task ${page.reading.longest} ms; showing: ${page.showing.tasks.join(', ')} ms`);
    report({ scenario: 'pane-read', schools: SCHOOLS, worker, page });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
