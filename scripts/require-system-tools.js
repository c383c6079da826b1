#!/usr/bin/env node
/**
 * Stops `npm test` with one line per missing system tool, before anything runs: the browser tests
 * need Debian's Chromium, the manifest test needs xmllint. Usage: require-system-tools.js [chromium] [xmllint]
 * (both when none is named).
 */
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const TOOLS = {
  chromium: {
    present: () => existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    hint: `Chromium is missing (${process.env.CHROMIUM_PATH || '/usr/bin/chromium'}): install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary).`,
  },
  xmllint: {
    present: () => spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0,
    hint: 'xmllint is missing: install it with `apt-get install -y libxml2-utils` (the manifest is validated offline with it).',
  },
};

const wanted = process.argv.slice(2);
const missing = (wanted.length ? wanted : Object.keys(TOOLS)).filter((name) => !TOOLS[name].present());
for (const name of missing) console.error(`npm test: ${TOOLS[name].hint}`);
process.exit(missing.length ? 1 : 0);
