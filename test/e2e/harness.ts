/**
 * The one harness of every e2e suite: the built preview (dist/) served on 127.0.0.1, Debian's
 * Chromium, and a fresh page per test — each test opens the preview itself, with the workbook it
 * needs, so no test depends on what another left. Every page is watched: a request beyond the
 * page's origin or an uncaught error fails the test that made it. Also: the in-memory host seen
 * from the page, screenshots (kept in test-artifacts/e2e/), boxes, axe-core and polling.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'test-artifacts', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, and nothing of Chromium's own that would reach the network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Serves dist/ on 127.0.0.1 and starts headless Chromium with no background networking. */
export async function startBrowser(): Promise<{ server: StaticServer; browser: Browser }> {
  if (!existsSync(path.join(DIST, 'preview.html'))) throw new Error('dist/preview.html is missing: run `npm run build` first (npm run test:e2e does).');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { server, browser };
}

/** Polls until the check passes (jest has no expect.poll): the pane and the host update asynchronously. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => void, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export interface PreviewOptions {
  /** The page to open: the preview by default, '' for the web app at the folder's root. */
  page?: string;
  /** The test id the page shows once it is ready: the pane's «intro» by default. */
  ready?: string;
  /** The page's viewport; the pane's frame is 340 px wide in it. */
  viewport?: { width: number; height: number };
  /** Office's display language (`?lang=en`). */
  language?: 'ru' | 'en';
  dark?: boolean;
  /** A workbook opened through the preview's file input before the test goes on. */
  file?: string;
  /** Called before the preview loads: routes, init scripts, listeners of the test's own. */
  setup?: (context: BrowserContext, page: Page) => Promise<void> | void;
}

export interface Preview {
  page: Page;
  context: BrowserContext;
  /** Requests that left the page's origin. */
  external: string[];
  /** Uncaught errors of the page. */
  errors: string[];
}

/**
 * Registers a browser and a server for the suite (beforeAll / afterAll), and after each test
 * closes the pages it opened, asserting that none of them went beyond its origin or threw.
 */
export function e2eSuite(): { open(options?: PreviewOptions): Promise<Preview>; readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer;
  let browser: Browser;
  const opened: Preview[] = [];
  beforeAll(async () => {
    ({ server, browser } = await startBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const previews = opened.splice(0);
    for (const p of previews) await p.context.close();
    for (const p of previews) {
      expect(p.external).toEqual([]);
      expect(p.errors).toEqual([]);
    }
  });
  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    async open(options: PreviewOptions = {}): Promise<Preview> {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 820 }, locale: 'ru-RU' });
      const page = await context.newPage();
      const preview: Preview = { page, context, external: [], errors: [] };
      opened.push(preview);
      const origin = new URL(server.url);
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = url.protocol === 'data:' || url.protocol === 'blob:' || (url.hostname === origin.hostname && url.port === origin.port);
        if (!local) preview.external.push(request.url());
      });
      // A request the page's own Content-Security-Policy stopped never left it.
      page.on('requestfailed', (request) => {
        if (!/csp/i.test(request.failure()?.errorText ?? '')) return;
        const i = preview.external.indexOf(request.url());
        if (i >= 0) preview.external.splice(i, 1);
      });
      page.on('pageerror', (error) => preview.errors.push(error.message));
      await options.setup?.(context, page);
      const query = new URLSearchParams();
      if (options.language === 'en') query.set('lang', 'en');
      if (options.dark) query.set('theme', 'dark');
      const search = query.toString();
      await page.goto(`${server.url}/${options.page ?? 'preview.html'}${search ? `?${search}` : ''}`);
      await page.getByTestId(options.ready ?? 'intro').waitFor();
      if (options.file) await openWorkbook(page, options.file);
      return preview;
    },
  };
}

/** Opens a workbook through the preview's file input and waits for its first sheet. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe(path.basename(file)));
  await page.locator('[data-testid="sheet-view"]').waitFor();
}

/** Runs `body` (a function body with `host` and `args`) on the preview's in-memory Excel host. */
export async function hostEval<T>(page: Page, body: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([fn, a]) => {
      const host = (window as unknown as { __memoryHost: unknown }).__memoryHost;
      return new Function('host', 'args', fn)(host, a);
    },
    [body, args] as const,
  ) as Promise<T>;
}

export type CellView = { value: string | number | boolean | null; format?: string; formula?: string; wrapText?: boolean; hyperlink?: { documentReference?: string } } | undefined;

export const host = {
  sheetNames: (page: Page) => hostEval<string[]>(page, 'return host.sheetNames'),
  activeSheet: (page: Page) => hostEval<string>(page, 'return host.activeSheetName'),
  selection: (page: Page) => hostEval<{ sheet: string; address: string }>(page, 'return host.selection'),
  cell: (page: Page, sheet: string, address: string) => hostEval<CellView>(page, 'return host.cell(args[0], args[1])', sheet, address),
  shownFill: (page: Page, sheet: string, address: string) => hostEval<string | null>(page, 'return host.shownFill(args[0], args[1])', sheet, address),
  frozen: (page: Page, sheet: string) => hostEval<{ rows: number; columns: number }>(page, 'return host.frozen(args[0])', sheet),
};

/** A screenshot of the page, or of the pane's 340 px frame alone, kept in test-artifacts/e2e/. */
export async function shot(page: Page, name: string, pane = false): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  if (pane) await page.getByTestId('pane-frame').screenshot({ path: file });
  else await page.screenshot({ path: file });
}

/**
 * Text that leaves its box: for each element, every line of its text (each client rect of its
 * text nodes) must lie inside the element's own box. Returns the texts that do not, with where.
 */
export async function textOutsideBox(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const bad: string[] = [];
    for (const el of elements) {
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.textContent?.trim()) continue;
        // Text not shown — for screen readers only (a 1 px clipped box), or in a closed <details> — has no box to keep.
        const parent = node.parentElement;
        if (!parent || parent.getBoundingClientRect().width <= 1 || !parent.checkVisibility({ visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects())) {
          if (r.width === 0 || r.height === 0) continue;
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
            bad.push(`${(el as HTMLElement).dataset.testid ?? el.tagName}: «${node.textContent.trim().slice(0, 40)}» at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} outside ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
          }
        }
      }
    }
    return bad;
  });
}

/** Pairs of the elements that overlap one another (a card spilling under the next). */
export async function overlaps(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => {
    const boxes = elements.map((el) => ({ name: (el as HTMLElement).dataset.testid ?? el.tagName, r: el.getBoundingClientRect() })).filter((b) => b.r.height > 0);
    const bad: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r;
        const b = boxes[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad.push(`${boxes[i].name} × ${boxes[j].name}`);
      }
    return bad;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations of the page (or of one part of it), WCAG 2.1 A/AA
 * and best practices. axe is put in the page by evaluating its source — through DevTools, so the
 * page's own CSP (script-src 'self') stays as it is.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Colours are measured as shown: a theme switch fades them, so wait for CSS transitions to end
  // (a spinner's endless animation is no transition).
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'), null, { timeout: 5_000 });
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(context ? { include: [context] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
