/**
 * The web app (dist/index.html at the folder's root) in Chromium with no network:
 * - a corpus roadmap opened, checked and downloaded with its findings: the copy, reopened here,
 *   has every original part, cell value, formula, style and merge as it was, fills and notes on
 *   exactly the flagged cells and the report sheet (test/workbook/annotate/verify-copy.ts) — the
 *   findings being those the engine makes of the file; the same for a workbook that already has
 *   a «Замечания» sheet and one with a chart and a person's notes; an .ods becomes an .xlsx and
 *   says so;
 * - two files, each with its own check, the page's one Excel runtime talking to the one in view;
 *   files dropped on the page;
 * - the ten corpus schools opened and consolidated: the summary download holds expected.json's totals;
 * - the service worker: the app reloads, opens, checks and downloads with the server stopped, and
 *   answers nothing but the app (the preview beside it is not kept); installable (Chromium's own
 *   installability check); English; the scripts at ES2020; axe-core with no serious or critical
 *   violation; and from a file share (file://) it checks and downloads without the worker.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parse } from 'acorn';
import * as XLSX from '@e965/xlsx';
import { chromium, type Page } from 'playwright-core';
import { pluralRu } from '../../src/core/catalog';
import { checkSheet } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { indexFindings } from '../../src/taskpane/state/findings-view';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { CORPUS_DIR } from '../support/corpus';
import { verifyAnnotatedCopy } from '../workbook/annotate/verify-copy';
import { serveStatic } from './static-server';
import { axeViolations, CHROMIUM, CHROMIUM_ARGS, DIST, e2eSuite, ROOT, shot, until as pollUntil, type PreviewOptions } from './harness';

const until = <T>(read: () => Promise<T>, check: (value: T) => void, timeout = 15_000) => pollUntil(read, check, timeout);

const SEEDS = path.join(CORPUS_DIR, 'seeds');
const KASPIYSK = path.join(SEEDS, 'kaspiysk-psych-ped-classes.xlsx');
const NOGLIKI = path.join(SEEDS, 'nogliki-career-guidance-2021-2023.xlsx');
const ANNOTATE = path.join(ROOT, 'test/fixtures/annotate');
const SAROV_ODS = path.join(ROOT, 'test/fixtures/libreoffice/sarov.ods');
const SCHOOLS = path.join(CORPUS_DIR, 'schools');

interface Expected {
  schools: Array<{ file: string }>;
  indicators: Array<{ name: string; unit: string }>;
  valueColumns: string[];
  totals: Array<Array<{ sum?: number; mean?: number; n: number } | null>>;
}
const expected = JSON.parse(readFileSync(path.join(SCHOOLS, 'expected.json'), 'utf8')) as Expected;

const suite = e2eSuite();
const open = (options: PreviewOptions = {}) => suite.open({ page: '', ready: 'welcome', ...options });

/** The findings the pane shows after «Вся книга»: the engine's on each sheet, in reading order. */
function findingsOf(file: string): Finding[] {
  const reports = readWorkbook(new Uint8Array(readFileSync(file)), file).sheets.map((grid) => checkSheet(grid, { language: 'ru', profile: DEFAULT_PROFILE }));
  return indexFindings(reports, new Set()).map((v) => v.finding);
}

async function openFiles(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('open-files').setInputFiles(files);
  await page.getByTestId('sheet-view').waitFor({ timeout: 30_000 });
}

/** «Вся книга», then the copy with the findings downloaded: its name and bytes. */
async function checkAndDownload(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByTestId('check-workbook').click();
  await until(() => page.getByTestId('download-scope').innerText(), (v) => expect(v).toMatch(/по всей книге|Замечаний нет/));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-annotated').click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

describe('the annotated copy, downloaded and reopened', () => {
  it.each(['kaspiysk-psych-ped-classes', 'career-guidance-project-2023-2027', 'sarov-quality-management-2021-2022'])(
    '%s: every original part kept, fills and notes on exactly the flagged cells, the report sheet',
    async (name) => {
      const file = path.join(SEEDS, `${name}.xlsx`);
      const { page } = await open();
      await openFiles(page, [file]);
      const findings = findingsOf(file);
      expect(findings.length).toBeGreaterThan(0);
      await until(() => page.getByTestId('download-scope').innerText(), (v) => expect(v).toBe('Сначала проверьте книгу: в копию войдут показанные замечания.'));
      expect(await page.getByTestId('download-annotated').isDisabled()).toBe(true);
      const copy = await checkAndDownload(page);
      expect(copy.name).toBe(`${name}.xlsx`);
      verifyAnnotatedCopy(new Uint8Array(readFileSync(file)), copy.bytes, findings, 'Замечания');
      const cells = new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size;
      const words = `${findings.length} ${pluralRu(findings.length, 'замечание', 'замечания', 'замечаний')}, отмечено ${cells} ${pluralRu(cells, 'ячейка', 'ячейки', 'ячеек')}`;
      await until(() => page.getByTestId('download-notice').innerText(), (v) => expect(v).toBe(`Скачан файл «${name}.xlsx»: ${words}, список — на листе «Замечания».`));
      if (name === 'kaspiysk-psych-ped-classes') await shot(page, 'webapp-downloaded');
    },
  );

  it('a workbook that already has a «Замечания» sheet: it stays as it was, the report is «Замечания (2)»', async () => {
    const file = path.join(ANNOTATE, 'existing-report-sheet.xlsx');
    const { page } = await open();
    await openFiles(page, [file]);
    const copy = await checkAndDownload(page);
    const findings = findingsOf(file).filter((f) => f.sheet !== 'Замечания');
    const { before, after, bookAfter } = verifyAnnotatedCopy(new Uint8Array(readFileSync(file)), copy.bytes, findings, 'Замечания (2)');
    expect(after['xl/worksheets/sheet2.xml']).toEqual(before['xl/worksheets/sheet2.xml']);
    expect(bookAfter.Sheets['Замечания'].B2.f).toBe('1+1');
    await until(() => page.getByTestId('download-notice').innerText(), (v) => expect(v).toContain('на листе «Замечания (2)»'));
  });

  it('a workbook with a chart, a defined name and a person\'s notes: all kept, ours merged in', async () => {
    const file = path.join(ANNOTATE, 'chart-and-notes.xlsx');
    const { page } = await open();
    await openFiles(page, [file]);
    const copy = await checkAndDownload(page);
    const { before, after, bookAfter } = verifyAnnotatedCopy(new Uint8Array(readFileSync(file)), copy.bytes, findingsOf(file), 'Замечания');
    for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']) expect(after[part]).toEqual(before[part]);
    expect(bookAfter.Sheets['Дорожная карта'].D16.c![0].t).toMatch(/^Иванова И\.И\.:\nУточнить срок <до 1 сентября>\n\nПроверка дорожных карт:/);
  });

  it('an .ods: the copy is an .xlsx, said before and after the download', async () => {
    const { page } = await open();
    await openFiles(page, [SAROV_ODS]);
    await expect(page.getByTestId('download-converted').innerText()).resolves.toBe(
      'Исходный файл — не книга Excel: копия будет в формате .xlsx, без оформления и формул исходника.',
    );
    await expect(page.getByTestId('file-item').innerText()).resolves.toContain('копия в .xlsx');
    const copy = await checkAndDownload(page);
    expect(copy.name).toBe('sarov.xlsx');
    await until(() => page.getByTestId('converted-note').innerText(), (v) => expect(v).toMatch(/^Исходный файл — \.ods, а не книга \.xlsx: .* но не оформление и не формулы исходного файла/));
    const book = XLSX.read(copy.bytes, { type: 'array' });
    const findings = findingsOf(SAROV_ODS);
    expect(book.SheetNames).toEqual([...readWorkbook(new Uint8Array(readFileSync(SAROV_ODS)), SAROV_ODS).sheets.map((g) => g.name), 'Замечания']);
    expect(XLSX.utils.sheet_to_json(book.Sheets['Замечания'])).toHaveLength(findings.length);
  });
});

describe('many files', () => {
  it('two files each keep their check; the one in view is the one checked and downloaded', async () => {
    const { page } = await open();
    await openFiles(page, [KASPIYSK, NOGLIKI]);
    const items = page.getByTestId('file-item');
    await expect(items.evaluateAll((els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-status')]))).resolves.toEqual([
      ['kaspiysk-psych-ped-classes.xlsx', 'open'],
      ['nogliki-career-guidance-2021-2023.xlsx', 'waiting'],
    ]);
    const a = await checkAndDownload(page);
    verifyAnnotatedCopy(new Uint8Array(readFileSync(KASPIYSK)), a.bytes, findingsOf(KASPIYSK), 'Замечания');
    const scopeA = await page.getByTestId('download-scope').innerText();

    await items.nth(1).locator('button').first().click();
    await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe('nogliki-career-guidance-2021-2023.xlsx'));
    await expect(page.getByTestId('download-scope').innerText()).resolves.toBe('Сначала проверьте книгу: в копию войдут показанные замечания.');
    const b = await checkAndDownload(page);
    expect(b.name).toBe('nogliki-career-guidance-2021-2023.xlsx');
    verifyAnnotatedCopy(new Uint8Array(readFileSync(NOGLIKI)), b.bytes, findingsOf(NOGLIKI), 'Замечания');

    await items.nth(0).locator('button').first().click();
    await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe('kaspiysk-psych-ped-classes.xlsx'));
    await expect(page.getByTestId('download-scope').innerText()).resolves.toBe(scopeA);
    await expect(page.locator('[data-testid="sheet-view"]').getAttribute('data-sheet')).resolves.toBe('Дорожная карта');
    await shot(page, 'webapp-two-files');
  });

  it('files dropped anywhere on the page open there', async () => {
    const { page } = await open();
    const files = [KASPIYSK, NOGLIKI].map((f) => ({ name: path.basename(f), bytes: [...readFileSync(f)] }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return dt;
    }, files);
    await page.getByTestId('welcome').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByText('Отпустите файлы, чтобы открыть их').waitFor();
    await page.getByTestId('welcome').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('sheet-view').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('file-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).resolves.toEqual(files.map((f) => f.name));
    expect(await page.getByText('Отпустите файлы, чтобы открыть их').count()).toBe(0);
  });

  it('the ten corpus schools opened and consolidated: the summary download holds expected.json\'s totals', async () => {
    const { page } = await open();
    const files = expected.schools.map((s) => path.join(SCHOOLS, s.file));
    await openFiles(page, files);
    await until(() => page.getByTestId('file-item').count(), (n) => expect(n).toBe(10));
    await page.getByTestId('tab-consolidate').click();
    await expect(page.getByTestId('consolidate-files').innerText()).resolves.toBe('Свести 10 файлов');
    expect(await page.getByTestId('download-summary').count()).toBe(0);
    await page.getByTestId('consolidate-files').click();
    await page.getByTestId('consolidate-result').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-summary').click()]);
    expect(download.suggestedFilename()).toMatch(/^Свод \d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'array' });
    expect(book.SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
    const svod = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Свод'], { header: 1, defval: null });
    expect(svod[1].slice(3, 3 + 2 * expected.valueColumns.length).filter((_, i) => i % 2 === 0)).toEqual(expected.valueColumns);
    const rows = svod.slice(2).filter((row) => ['сумма', 'среднее'].includes(row[2] as string));
    expect(rows.map((row) => [row[0], row[1]])).toEqual(expected.indicators.map((i) => [i.name, i.unit]));
    expected.totals.forEach((totals, k) =>
      totals.forEach((want, j) => {
        const [value, n] = [rows[k][3 + 2 * j], rows[k][4 + 2 * j]];
        if (want === null) expect({ k, j, value, n }).toEqual({ k, j, value: null, n: 0 });
        else expect({ k, j, value, n }).toEqual({ k, j, value: want.sum ?? expect.closeTo(want.mean!, 9), n: want.n });
      }),
    );
    await until(() => page.getByTestId('download-notice').innerText(), (v) => expect(v).toBe(`Скачан свод «${download.suggestedFilename()}».`));
    await shot(page, 'webapp-summary');
  });
});

describe('offline and installable', () => {
  /** The page once its service worker controls it and has kept the app. */
  async function keptOffline(page: Page): Promise<void> {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await until(() => page.evaluate(() => navigator.serviceWorker.controller !== null), (v) => expect(v).toBe(true));
    await until(() => page.getByTestId('offline-status').innerText(), (v) => expect(v).toBe('Приложение сохранено в браузере и работает без сети.'));
  }

  it('with the server stopped, the app reloads, opens a file, checks it and downloads the copy; the preview beside it is not kept', async () => {
    const { page } = await open();
    await keptOffline(page);
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toHaveLength(1);
    expect(cacheNames[0]).toMatch(/^roadmap-checker-webapp-[0-9a-f]{16}$/);
    await suite.server.stop();
    try {
      await page.reload();
      await page.getByTestId('welcome').waitFor();
      await page.goto(`${suite.server.url}/?lang=en`);
      await page.getByText('Open a roadmap or the schools’ files').waitFor();
      await page.goto(`${suite.server.url}/index.html`);
      // Microsoft's runtime, loaded with the first file, and the reader's chunks come from the cache too.
      await openFiles(page, [KASPIYSK]);
      const copy = await checkAndDownload(page);
      verifyAnnotatedCopy(new Uint8Array(readFileSync(KASPIYSK)), copy.bytes, findingsOf(KASPIYSK), 'Замечания');
      await page.getByTestId('tab-consolidate').click();
      await page.getByTestId('consolidate-files').click();
      await page.getByTestId('consolidate-result').waitFor({ timeout: 30_000 });
      await shot(page, 'webapp-offline');
      await expect(page.goto(`${suite.server.url}/preview.html`)).rejects.toThrow(/ERR_CONNECTION_REFUSED|ERR_FAILED/);
    } finally {
      await suite.server.resume();
    }
  });

  it('a new build is offered on the page, taken on «Обновить», and the old version\'s cache deleted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'webapp-update-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serveStatic(dir);
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/`);
      await keptOffline(page);
      const [old] = await page.evaluate(() => caches.keys());
      // Another build: the same files under another version, as a changed file would make it.
      const sw = path.join(dir, 'sw.js');
      writeFileSync(sw, readFileSync(sw, 'utf8').replace(/"version":"[0-9a-f]{16}"/, '"version":"0123456789abcdef"'));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await page.getByTestId('update-ready').waitFor({ timeout: 15_000 });
      // Not taken until asked: the page still runs on the old version.
      expect(await page.evaluate(() => caches.keys())).toEqual(expect.arrayContaining([old, 'roadmap-checker-webapp-0123456789abcdef']));
      await Promise.all([page.waitForEvent('load'), page.getByTestId('update-ready').getByRole('button').click()]);
      await page.getByTestId('welcome').waitFor();
      await until(() => page.evaluate(() => caches.keys()), (v) => expect(v).toEqual(['roadmap-checker-webapp-0123456789abcdef']));
      expect(await page.getByTestId('update-ready').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the cache is the build\'s: its list and version put in front of sw.js, every file of it served', async () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const manifest = JSON.parse(/^self\.__WEBAPP_PRECACHE__ = (\{.*\});\n/.exec(sw)![1]) as { version: string; files: string[]; start: string; networkFirst: boolean };
    expect(manifest).toMatchObject({ start: 'index.html', networkFirst: false });
    for (const file of ['index.html', 'webapp.js', 'school-reader.js', 'office-js/excel-web-16.00.js', 'app.webmanifest', 'icon.svg']) expect(manifest.files).toContain(file);
    for (const file of ['taskpane.js', 'preview.js', 'preview.html', 'taskpane.html', 'sw.js']) expect(manifest.files).not.toContain(file);
    for (const file of manifest.files) expect(existsSync(path.join(DIST, file))).toBe(true);
    const { page } = await open();
    await keptOffline(page);
    const kept = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    });
    expect(kept).toEqual([...manifest.files].sort());
  });

  it('Chromium finds the app installable: manifest, icons, service worker', async () => {
    // Chromium installs nothing from an incognito profile (every new context is one): a profile on disk here.
    const profile = mkdtempSync(path.join(tmpdir(), 'webapp-install-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 820 } });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(suite.server.url) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
      });
      await page.goto(`${suite.server.url}/`);
      await keptOffline(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
      expect(manifest).toMatchObject({ url: `${suite.server.url}/app.webmanifest`, errors: [] });
      expect(outside).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
    expect(JSON.parse(readFileSync(path.join(DIST, 'app.webmanifest'), 'utf8'))).toMatchObject({ name: 'Проверка дорожных карт — веб-версия', start_url: './', display: 'standalone' });
  });
});

describe('the page', () => {
  it('in English: the page, the pane and the copy\'s report', async () => {
    const { page } = await open({ language: 'en' });
    await expect(page.title()).resolves.toBe('Roadmap Checker — web version');
    await page.getByText('Open a roadmap or the schools’ files').waitFor();
    await openFiles(page, [KASPIYSK]);
    await expect(page.getByTestId('tab-check').innerText()).resolves.toBe('Check');
    await page.getByTestId('check-workbook').click();
    await until(() => page.getByTestId('download-scope').innerText(), (v) => expect(v).toMatch(/^The copy takes \d+ findings across the workbook\.$/));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-annotated').click()]);
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'array' });
    const report = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Замечания'], { header: 1 });
    expect(report[0][0]).toBe('Sheet');
    await until(() => page.getByTestId('download-notice').innerText(), (v) => expect(v).toMatch(/^Downloaded «kaspiysk-psych-ped-classes\.xlsx»: \d+ findings/));
  });

  it('the Content-Security-Policy of the pane: nothing but the page\'s origin', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('every script the app loads, and its service worker, parses at ECMAScript 2020', () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const files = (JSON.parse(/^self\.__WEBAPP_PRECACHE__ = (\{.*\});\n/.exec(sw)![1]) as { files: string[] }).files.filter((f) => f.endsWith('.js') && !f.startsWith('office-js/'));
    for (const file of [...files, 'sw.js']) expect(() => parse(readFileSync(path.join(DIST, file), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  it('axe-core finds no serious or critical violation: welcome, a checked file with its copy downloaded, the summary, the dark theme', async () => {
    const { page } = await open();
    expect(await axeViolations(page)).toEqual([]);
    await openFiles(page, [KASPIYSK, NOGLIKI]);
    await checkAndDownload(page);
    await page.getByTestId('download-notice').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('consolidate-files').click();
    await page.getByTestId('download-summary').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('theme-toggle').click();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'webapp-dark');
  });
});

describe('hosted in a sub-folder', () => {
  it('works at /dist/ of a server as at its root: files open and check, the service worker keeps the app', async () => {
    const server = await serveStatic(ROOT);
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(`${server.url}/dist/`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
      });
      await page.goto(`${server.url}/dist/`);
      await until(() => page.getByTestId('offline-status').getAttribute('data-status'), (v) => expect(v).toBe('ready'));
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${server.url}/dist/`);
      await openFiles(page, [KASPIYSK]);
      const copy = await checkAndDownload(page);
      verifyAnnotatedCopy(new Uint8Array(readFileSync(KASPIYSK)), copy.bytes, findingsOf(KASPIYSK), 'Замечания');
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('from a file share (file://)', () => {
  it('opens, checks and downloads the copy; the consolidation reads on the page; it says that offline use needs a server', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith(pathToFileURL(DIST).href) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
      });
      await page.goto(pathToFileURL(path.join(DIST, 'index.html')).href);
      await until(() => page.getByTestId('offline-status').getAttribute('data-status'), (v) => expect(v).toBe('file'));
      expect(await page.getByTestId('open-sample').count()).toBe(0);
      await openFiles(page, [KASPIYSK]);
      const copy = await checkAndDownload(page);
      verifyAnnotatedCopy(new Uint8Array(readFileSync(KASPIYSK)), copy.bytes, findingsOf(KASPIYSK), 'Замечания');
      await page.getByTestId('tab-consolidate').click();
      await page.getByTestId('consolidate-files').click();
      await page.getByTestId('consolidate-result').waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
