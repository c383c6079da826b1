/** What every e2e file shares: the built preview served from dist/, Debian's Chromium, polling. */
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'test-artifacts', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves dist/ on 127.0.0.1 and starts headless Chromium with no background networking. */
export async function startBrowser(): Promise<{ server: StaticServer; browser: Browser }> {
  if (!existsSync(path.join(DIST, 'preview.html'))) throw new Error('dist/preview.html is missing: run `npm run build` first (npm run test:e2e does).');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
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
