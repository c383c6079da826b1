/**
 * The floor of the region scenario, run as a process of its own exactly as `node` runs a script:
 * read each file given (fs.readFileSync) and parse it with SheetJS, with the options readWorkbook
 * passes — nothing else. Plain JavaScript, so it pays no compiler at start-up, as the CLI
 * (compiled to lib/) does not either.
 */
const fs = require('node:fs');
const XLSX = require('@e965/xlsx');

const OPTIONS = { type: 'array', dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellText: false, codepage: 65001 };
let sheets = 0;
for (const file of process.argv.slice(2)) sheets += XLSX.read(new Uint8Array(fs.readFileSync(file)), { ...OPTIONS }).SheetNames.length;
if (!sheets) process.exit(1);
