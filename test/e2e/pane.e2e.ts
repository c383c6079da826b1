/**
 * The task pane end to end, as a person uses it: the built preview (dist/, `npm run build`) in
 * headless Chromium on the in-memory Excel host. A corpus roadmap is opened through the preview's
 * file input, checked, a finding clicked, stepped with «Далее», highlighted and cleared, ignored,
 * fixed by typing into the sheet (live re-check), reported to «Замечания», and the language
 * switched to English. Nothing may leave localhost. Screenshots go to test-artifacts/e2e/.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { type Browser, type Page } from 'playwright-core';
import { SHOTS, DIST, startBrowser, until } from './harness';
import type { StaticServer } from './static-server';
import { CORPUS_DIR } from '../support/corpus';

const CORPUS_FILE = path.join(CORPUS_DIR, 'seeds/career-guidance-project-2023-2027.xlsx');
const TRUTH_FILE = CORPUS_FILE.replace(/\.xlsx$/, '.truth.json');
const HIGHLIGHT_FILLS = ['#FFC7CE', '#FFEB9C', '#DDEBF7'];

interface HostView {
  activeSheet: string;
  selection: { sheet: string; address: string };
  sheets: string[];
}

interface Truth {
  sheets: Array<{ sheet: string; columns: Record<string, string>; events: Array<{ row: number; responsibleMissing: boolean }> }>;
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];

async function host(): Promise<HostView> {
  return page.evaluate(() => {
    const h = (window as unknown as { __memoryHost: { activeSheetName: string; selection: { sheet: string; address: string }; sheetNames: string[] } }).__memoryHost;
    return { activeSheet: h.activeSheetName, selection: h.selection, sheets: h.sheetNames };
  });
}

async function fillOf(sheet: string, address: string): Promise<string | null> {
  return page.evaluate(
    ([s, a]) => {
      const h = (window as unknown as { __memoryHost: { shownFill(s: string, a: string): string | null } }).__memoryHost;
      return h.shownFill(s, a);
    },
    [sheet, address] as const,
  );
}


async function count(severity: 'error' | 'warning' | 'info'): Promise<number> {
  return Number(await page.getByTestId(`count-${severity}`).innerText());
}

async function shot(name: string, pane = false): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  if (pane) await page.getByTestId('pane-frame').screenshot({ path: file });
  else await page.screenshot({ path: file });
}

beforeAll(async () => {
  ({ server, browser } = await startBrowser());
  const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'ru-RU' });
  page = await context.newPage();
  const origin = new URL(server.url);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || ((url.hostname === origin.hostname || url.hostname === 'localhost') && url.port === origin.port);
    if (!local) external.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
});

describe('the task pane on the in-memory Excel host', () => {
  const truth = JSON.parse(readFileSync(TRUTH_FILE, 'utf8')) as Truth;
  const plan = truth.sheets[0];
  const missingResponsible = plan.events.filter((e) => e.responsibleMissing).map((e) => `${plan.columns.responsible}${e.row}`);

  it('builds a preview without office.js under a self-only CSP, and a pane that takes office.js from the CDN', () => {
    const preview = readFileSync(path.join(DIST, 'preview.html'), 'utf8');
    expect(preview).not.toContain('office.js');
    expect(preview).toMatch(/Content-Security-Policy[^>]*default-src 'self'; script-src 'self';/);
    const pane = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pane).toMatch(/Content-Security-Policy[^>]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  });

  it('opens a corpus roadmap through the file input', async () => {
    await page.goto(`${server.url}/preview.html`);
    await page.getByTestId('intro').waitFor();
    await page.getByTestId('file-input').setInputFiles(CORPUS_FILE);
    await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe(path.basename(CORPUS_FILE)));
    await page.locator(`[data-testid="sheet-view"][data-sheet="${plan.sheet}"]`).waitFor();
    expect((await host()).activeSheet).toBe(plan.sheet);
    await shot('01-opened');
  });

  it('checks the sheet and shows the findings grouped, with counts', async () => {
    await page.getByTestId('check-sheet').click();
    await page.getByTestId('summary').waitFor();
    const errors = await count('error');
    const warnings = await count('warning');
    expect(errors).toBeGreaterThanOrEqual(missingResponsible.length);
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
    // The responsible-missing group lists exactly the truth's rows, with its count.
    const group = page.getByTestId('rule-responsible-missing');
    await expect(group.getByTestId('rule-count').innerText()).resolves.toBe(String(missingResponsible.length));
    const cells = await group.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(cells).toEqual(missingResponsible);
    // Counts add up to the stepper's total.
    await expect(page.getByTestId('position').innerText()).resolves.toBe(`— из ${errors + warnings + (await count('info'))}`);
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^Не готово: \d+ ошиб/);
    await shot('02-checked');
    await shot('02-pane-checked', true);
  });

  it('selects the cell of a clicked finding', async () => {
    const item = page.getByTestId('rule-responsible-missing').getByTestId('finding').first();
    const cell = (await item.getAttribute('data-cell'))!;
    await item.locator('button').first().click();
    await until(async () => (await host()).selection, (v) => expect(v).toEqual({ sheet: plan.sheet, address: cell }));
    await page.locator(`[data-testid="sheet-view"][data-selection="${cell}"]`).waitFor();
    await expect(page.getByTestId('current-cell').innerText()).resolves.toBe(cell);
    await shot('03-selected');
  });

  it('steps through the findings with «Далее» and «Назад» like Excel\'s error checker', async () => {
    const total = Number(/из (\d+)/.exec(await page.getByTestId('position').innerText())![1]);
    const before = (await host()).selection.address;
    const at = Number(/^(\d+)/.exec(await page.getByTestId('position').innerText())![1]);
    await page.getByTestId('next').click();
    await until(() => page.getByTestId('position').innerText(), (v) => expect(v).toBe(`${(at % total) + 1} из ${total}`));
    const after = (await host()).selection.address;
    expect(after).not.toBe(before);
    await expect(page.getByTestId('current-cell').innerText()).resolves.toBe(after);
    await page.getByTestId('prev').click();
    await until(async () => (await host()).selection.address, (v) => expect(v).toBe(before));
    await page.getByTestId('next').click();
    await until(async () => (await host()).selection.address, (v) => expect(v).toBe(after));
    await shot('04-stepped');
  });

  it('highlights the findings\' cells and clears them back to their own fill', async () => {
    const target = missingResponsible[0];
    expect(await fillOf(plan.sheet, target)).toBeNull();
    await page.getByTestId('highlight').click();
    await page.getByTestId('clear-highlight').waitFor();
    await until(() => fillOf(plan.sheet, target), (v) => expect(v).toBe('#FFC7CE'));
    // The preview's table follows the host: the filled cells show their fill.
    const fills = () => page.locator('[data-testid="sheet-view"] td[data-fill]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fill')));
    await until(fills, (v) => expect(v.length).toBeGreaterThan(0));
    expect((await fills()).every((f) => HIGHLIGHT_FILLS.includes(f!))).toBe(true);
    await until(() => page.locator(`[data-testid="sheet-view"] td[data-cell="${target}"]`).getAttribute('data-fill'), (v) => expect(v).toBe('#FFC7CE'));
    await shot('05-highlighted');
    await page.getByTestId('clear-highlight').click();
    await page.getByTestId('highlight').waitFor();
    await until(() => fillOf(plan.sheet, target), (v) => expect(v).toBeNull());
    await until(() => page.locator('[data-testid="sheet-view"] td[data-fill]').count(), (v) => expect(v).toBe(0));
  });

  it('ignores a finding and shows it again on request', async () => {
    const warnings = await count('warning');
    const item = page.getByTestId('group-warning').getByTestId('finding').first();
    const cell = await item.getAttribute('data-cell');
    await item.getByTestId('ignore').click();
    await until(() => count('warning'), (v) => expect(v).toBe(warnings - 1));
    await expect(page.getByTestId('show-ignored').innerText()).resolves.toContain('(1)');
    await page.getByTestId('show-ignored').click();
    const restore = page.locator(`[data-testid="finding"][data-cell="${cell}"]`).getByTestId('unignore');
    await restore.waitFor();
    await restore.click();
    await until(() => count('warning'), (v) => expect(v).toBe(warnings));
  });

  it('writes the report sheet «Замечания»', async () => {
    await page.getByTestId('write-report').click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('«Замечания»');
    await until(async () => (await host()).sheets, (v) => expect(v).toContain('Замечания'));
    await page.locator('[data-testid="sheet-tab"]', { hasText: 'Замечания' }).waitFor();
  });

  it('re-checks live after the user types a responsible into the sheet', async () => {
    if (missingResponsible.length === 0) return;
    const target = missingResponsible[0];
    await page.getByTestId('rule-responsible-missing').getByTestId('finding').first().locator('button').first().click();
    await until(async () => (await host()).selection.address, (v) => expect(v).toBe(target));
    await page.locator(`[data-testid="sheet-view"][data-sheet="${plan.sheet}"][data-selection="${target}"]`).waitFor();
    const errors = await count('error');
    const cell = page.locator(`[data-testid="sheet-view"][data-sheet="${plan.sheet}"] td[data-cell="${target}"]`);
    await cell.dblclick();
    await cell.locator('input').fill('Управление образования');
    await cell.locator('input').press('Enter');
    await until(() => count('error'), (v) => expect(v).toBe(errors - 1), 10_000);
    await expect(page.locator(`[data-testid="finding"][data-rule="responsible-missing"][data-cell="${target}"]`).count()).resolves.toBe(0);
    await shot('06-live-recheck');
  });

  it('speaks English after the language switch, messages included', async () => {
    await page.getByTestId('lang-en').click();
    await until(() => page.getByTestId('check-sheet').innerText(), (v) => expect(v).toBe('Check sheet'));
    expect(page.url()).toContain('lang=en');
    await page.getByTestId('check-sheet').click();
    await page.getByTestId('summary').waitFor();
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^(Not ready: \d+ errors?|Ready to submit: no errors)$/);
    await page.getByTestId('next').click();
    await expect(page.getByTestId('position').innerText()).resolves.toMatch(/^1 of \d+$/);
    const message = await page.getByTestId('current-message').innerText();
    // The engine wrote the message in English (a quoted cell value may still be Russian).
    expect(message.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, '')).not.toMatch(/[а-яё]/i);
    expect(message).toMatch(/[a-z]{3,}/i);
    await shot('07-english');
    await shot('07-pane-english', true);
  });

  it('follows a dark Office theme', async () => {
    await page.getByTestId('theme-toggle').click();
    expect(page.url()).toContain('theme=dark');
    const background = await page.getByTestId('pane').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.getByTestId('check-sheet').click();
    await page.getByTestId('summary').waitFor();
    await page.getByTestId('next').click();
    await shot('08-pane-dark', true);
  });
});
