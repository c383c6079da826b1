#!/usr/bin/env node
// Runs the compiled CLI (lib/, apart from webpack's dist/) (npm ci builds it through the `prepare` script).
const { main } = require('../lib/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`roadmap-checker: internal error: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
