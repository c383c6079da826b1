/**
 * Every webview Excel runs add-ins in (issue 13, defect 8). The built pane (dist/, `npm run
 * build`): every script taskpane.html loads parses at ECMAScript 2020 — what Safari 14 reads: no
 * class fields, static blocks, `??=` — with no regex lookbehind (Safari before 16.4), and the
 * fallback parses as ES5. Then, in Chromium, where the bundle cannot run — an engine without
 * ES2020's library, or a bundle it cannot parse — the fallback shows its message in Russian and
 * English. Microsoft's CDN office.js is the one script left out: it is Microsoft's, and no request
 * leaves localhost here.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import type { Browser, Page } from 'playwright-core';
import { DIST, SHOTS, startBrowser } from './harness';
import type { StaticServer } from './static-server';

const CDN = 'https://appsforoffice.microsoft.com/';

/** The local scripts taskpane.html names, and the chunks its bundle loads (every other .js of dist/ but the preview's). */
function paneScripts(): { html: string[]; chunks: string[] } {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  // The built page is minified: attributes may come without quotes.
  const named = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((src) => !src.startsWith(CDN));
  const chunks = readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'preview.js' && !named.includes(f));
  return { html: named, chunks };
}

function lookbehinds(source: string, ecmaVersion: 5 | 2020): string[] {
  const found: string[] = [];
  simple(parse(source, { ecmaVersion, sourceType: 'script' }), {
    Literal(node) {
      const literal = node as unknown as { regex?: { pattern: string }; value: unknown };
      const pattern = literal.regex?.pattern ?? (typeof literal.value === 'string' ? literal.value : '');
      if (/\(\?<[=!]/.test(pattern)) found.push(pattern.slice(0, 80));
    },
  });
  return found;
}

describe('what taskpane.html loads parses in every webview Excel uses', () => {
  test('the bundle and its chunks at ECMAScript 2020, no lookbehind; the fallback at ES5', () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does).');
    const { html, chunks } = paneScripts();
    expect(html).toEqual(['fallback.js', 'taskpane.js']);
    expect(chunks.length).toBeGreaterThan(0);
    expect(lookbehinds(readFileSync(path.join(DIST, 'fallback.js'), 'utf8'), 5)).toEqual([]);
    for (const file of ['taskpane.js', ...chunks]) {
      const source = readFileSync(path.join(DIST, file), 'utf8');
      expect({ file, lookbehinds: lookbehinds(source, 2020) }).toEqual({ file, lookbehinds: [] });
    }
  });
});

describe('where the bundle cannot run, the pane says so', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, browser } = await startBrowser());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The pane as Excel opens it, with nothing leaving localhost (Microsoft's CDN office.js is refused). */
  async function openPane(prepare: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    await prepare(page);
    await page.goto(`${server.url}/taskpane.html`);
    return page;
  }

  async function message(page: Page): Promise<{ ru: string; en: string; root: string }> {
    await page.waitForSelector('#unsupported', { timeout: 5_000 });
    return page.evaluate(() => ({
      ru: document.querySelector('#unsupported [lang="ru"]')?.textContent ?? '',
      en: document.querySelector('#unsupported [lang="en"]')?.textContent ?? '',
      root: getComputedStyle(document.getElementById('root')!).display,
    }));
  }

  test('an engine without ES2020\'s library (Internet Explorer\'s, the old Edge\'s)', async () => {
    const page = await openPane((p) => p.addInitScript(() => delete (Promise as { allSettled?: unknown }).allSettled));
    const shown = await message(page);
    expect(shown.ru).toMatch(/Эта версия Office не может открыть «Проверку дорожных карт»/);
    expect(shown.ru).toMatch(/Excel для Microsoft 365.*Excel 2021.*Excel в Интернете/);
    expect(shown.ru).toMatch(/Office 2016 и Office 2019/);
    expect(shown.ru).toMatch(/roadmap-checker check/);
    expect(shown.ru).toMatch(/веб-версии/);
    expect(shown.en).toMatch(/This version of Office cannot open Roadmap Checker/);
    expect(shown.en).toMatch(/Excel on the web/);
    expect(shown.root).toBe('none');
    await page.screenshot({ path: path.join(SHOTS, 'webviews-fallback.png') });
    await page.close();
  });

  test('a bundle the engine cannot parse', async () => {
    const page = await openPane((p) =>
      p.route(`${server.url}/taskpane.js`, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'class Pane { static #x = 1; static { @@ } }' })),
    );
    const shown = await message(page);
    expect(shown.en).toMatch(/Office 2016 and Office 2019/);
    await page.close();
  });

  test('an engine that runs the bundle shows no message', async () => {
    const errors: string[] = [];
    const page = await openPane(async (p) => {
      p.on('pageerror', (e) => errors.push(e.message));
    });
    await page.waitForLoadState('load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.locator('#unsupported').count()).toBe(0);
    // Without Microsoft's office.js (refused here) the bundle stops at `Office`: a ReferenceError, not a syntax one.
    expect(errors.every((e) => !/syntax/i.test(e))).toBe(true);
    await page.close();
  });
});
