/**
 * `roadmap-checker consolidate [--profile FILE] [--template FILE] [--expected-schools FILE]
 *  [--out SUMMARY.xlsx] [--format text|json] [--lang ru|en] [--jobs N] FILE...`
 *
 * Reads the schools — on every core when there are enough of them: here and in worker threads
 * (school-pool.ts), else one at a time here — and consolidates them in file order, so the output
 * is the same whatever the number of jobs; prints the totals and findings, and writes the
 * summary workbook when --out is given. A few workbooks per job at most are in memory at a time,
 * and of each school only its values are kept (its source cells too when --out is given). Exit code:
 * 0 when no finding is an error, 1 when one is, 2 when an argument or a file could not be used (an
 * unreadable school is reported in its place and the others are still consolidated).
 */
import { availableParallelism } from 'node:os';
import type { Language } from '../core/findings';
import { Consolidator, TemplateError } from '../core/consolidate/consolidate';
import type { ConsolidationResult, SchoolInput, TemplateInput } from '../core/consolidate/types';
import { DEFAULT_PROFILE } from '../core/profile/default-profile';
import { ProfileError, parseProfileText, type Profile } from '../core/profile/schema';
import { writeSummary } from '../workbook/write-summary';
import type { CliIo } from './io';
import { printableLines } from './printable';
import { readFileBytes, readWorkbookBytes, readWorkbookFile } from './read-file';
import { SchoolPool } from './school-pool';

/**
 * A worker thread costs about as much to start (SheetJS and the engine loaded in it) as reading a
 * few dozen school files, so by default there is a job per core only when each gets this many.
 */
const FILES_PER_JOB = 50;

export const CONSOLIDATE_USAGE = `Usage: roadmap-checker consolidate [options] FILE...

Consolidates the indicator tables of school workbooks into one summary.

Options:
  --profile FILE            a region's profile (JSON): units averaged, expected schools, rule severities
  --template FILE           a template workbook whose indicator table defines the summary
                            (default: the first school's table)
  --expected-schools FILE   the schools expected, one per line (or a JSON array of names)
  --out SUMMARY.xlsx        write the summary workbook («Свод», «Источники», «Замечания»)
  --format text|json        output format (default: text)
  --lang ru|en              language of messages (default: ru)
  --jobs N                  read the files N at a time: here and in N-1 worker threads
                            (default: one per core, when there are at least ${FILES_PER_JOB}
                            files for each; 1: one at a time, no worker)
  -h, --help                show this help

Exit code: 0 no error finding, 1 an error finding, 2 an argument or a file could not be used.
`;

interface Args {
  profile?: string;
  template?: string;
  expectedSchools?: string;
  out?: string;
  format: 'text' | 'json';
  language: Language;
  /** Files read at a time (this thread and worker threads); absent: chosen from the cores and the number of files. */
  jobs?: number;
  files: string[];
  help: boolean;
}

class UsageError extends Error {}

const VALUE_OPTIONS: Record<string, keyof Args> = {
  '--profile': 'profile',
  '--template': 'template',
  '--expected-schools': 'expectedSchools',
  '--out': 'out',
  '--format': 'format',
  '--lang': 'language',
  '--jobs': 'jobs',
};

export function parseConsolidateArgs(argv: readonly string[]): Args {
  const args: Args = { format: 'text', language: 'ru', files: [], help: false };
  const list = argv[0] === 'consolidate' ? argv.slice(1) : [...argv];
  let onlyFiles = false;
  for (let i = 0; i < list.length; i++) {
    const arg = list[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      args.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const key = VALUE_OPTIONS[name];
    if (!key) throw new UsageError(`unknown option ${name}`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = list[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
    }
    if (value === '') throw new UsageError(`${name} needs a value`);
    if (key === 'format') {
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not ${value}`);
      args.format = value;
    } else if (key === 'language') {
      if (value !== 'ru' && value !== 'en') throw new UsageError(`--lang must be ru or en, not ${value}`);
      args.language = value;
    } else if (key === 'jobs') {
      if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs must be a whole number from 1 to 9999, not ${value}`);
      args.jobs = Number(value);
    } else if (args[key] !== undefined) {
      throw new UsageError(`${name} given twice`);
    } else {
      (args as unknown as Record<string, string>)[key] = value;
    }
  }
  return args;
}

/** Reads one file into sheets, or the error (code and message) that kept it from being read. */
async function loadWorkbook(io: CliIo, path: string, language: Language): Promise<SchoolInput> {
  const read = await readWorkbookFile(path, io, language);
  return read.ok ? { path, sheets: read.workbook.sheets } : { path, error: read.error };
}

async function readText(io: CliIo, path: string): Promise<string> {
  return new TextDecoder('utf-8').decode(await io.readFile(path)).replace(/^\uFEFF/, '');
}

/** The expected schools: a JSON array of names, or one name a line (blank lines and # comments skipped). */
export function parseExpectedSchools(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const json: unknown = JSON.parse(trimmed);
    if (!Array.isArray(json) || !json.every((x) => typeof x === 'string')) throw new Error('a JSON list of expected schools must be an array of strings');
    return json.map((x: string) => x.trim()).filter(Boolean);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Progress on stderr: a bar on a terminal for many files, plain lines otherwise. */
function progressReporter(io: CliIo, total: number): { step(i: number, file: string): void; done(): void } {
  const BAR_MIN_FILES = 5;
  if (io.stderrIsTTY) {
    if (total < BAR_MIN_FILES) return { step: () => undefined, done: () => undefined };
    const width = 30;
    return {
      step(i, file) {
        const filled = Math.round((i / total) * width);
        const name = file.length > 40 ? `…${file.slice(-39)}` : file;
        io.stderr(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${i}/${total} ${name}`);
      },
      done: () => io.stderr('\r\x1b[K'),
    };
  }
  if (total < 2) return { step: () => undefined, done: () => undefined };
  return { step: (i, file) => io.stderr(`[${i}/${total}] ${file}\n`), done: () => undefined };
}

function baseName(path: string): string {
  return path.split(/[\\/]+/).filter(Boolean).pop() ?? path;
}

export async function runConsolidate(argv: string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseConsolidateArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`roadmap-checker consolidate: ${error.message}\n\n${CONSOLIDATE_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(CONSOLIDATE_USAGE);
    return 0;
  }
  if (!args.files.length) {
    io.stderr(`roadmap-checker consolidate: no school files given\n\n${CONSOLIDATE_USAGE}`);
    return 2;
  }
  const lang = args.language;
  const fail = (text: string): number => {
    io.stderr(`roadmap-checker consolidate: ${text}\n`);
    return 2;
  };

  let profile: Profile = DEFAULT_PROFILE;
  if (args.profile) {
    try {
      profile = parseProfileText(await readText(io, args.profile));
    } catch (error) {
      if (error instanceof ProfileError) return fail(`${lang === 'ru' ? 'профиль' : 'profile'} ${args.profile}: ${error.issues.join('; ')}`);
      return fail(`${lang === 'ru' ? 'профиль не прочитан' : 'cannot read profile'} ${args.profile}: ${describe(error)}`);
    }
  }

  let expectedSchools: string[] | undefined;
  if (args.expectedSchools) {
    try {
      expectedSchools = parseExpectedSchools(await readText(io, args.expectedSchools));
    } catch (error) {
      return fail(`${lang === 'ru' ? 'список школ не прочитан' : 'cannot read the expected schools'} ${args.expectedSchools}: ${describe(error)}`);
    }
  }

  let consolidator: Consolidator;
  try {
    let template: TemplateInput | undefined;
    if (args.template) {
      const loaded = await loadWorkbook(io, args.template, lang);
      if (!loaded.sheets) return fail(`${lang === 'ru' ? 'шаблон' : 'template'} ${args.template}: ${loaded.error?.message}`);
      template = { path: args.template, sheets: loaded.sheets };
    }
    // The source values are kept only for the summary workbook's «Источники».
    consolidator = new Consolidator({ profile, template, expectedSchools, language: lang, keepSources: args.out !== undefined });
  } catch (error) {
    if (error instanceof TemplateError) {
      return fail(lang === 'ru' ? `в шаблоне ${error.path} нет таблицы показателей` : `no indicator table in the template ${error.path}`);
    }
    throw error;
  }

  const progress = progressReporter(io, args.files.length);
  const jobs = jobCount(args.jobs, args.files.length);
  if (jobs > 1) {
    await consolidateInJobs(consolidator, args.files, jobs, io, lang, progress);
  } else {
    for (let i = 0; i < args.files.length; i++) {
      const path = args.files[i];
      progress.step(i + 1, baseName(path));
      consolidator.addSchool(await loadWorkbook(io, path, lang));
    }
  }
  progress.done();

  const result = consolidator.result();
  let code = result.schools.some((s) => s.status === 'unreadable') ? 2 : result.findings.some((f) => f.severity === 'error') ? 1 : 0;

  let written: string | undefined;
  if (args.out) {
    try {
      await io.writeFile(args.out, writeSummary(result, { language: lang }));
      written = args.out;
    } catch (error) {
      io.stderr(`roadmap-checker consolidate: ${lang === 'ru' ? 'свод не записан' : 'cannot write the summary'} ${args.out}: ${describe(error)}\n`);
      code = 2;
    }
  }

  io.stdout(args.format === 'json' ? `${JSON.stringify(toJson(result), null, 2)}\n` : formatText(result, lang, written));
  return code;
}

/** How many files are read at a time: as asked (never more than the files), else one per core for enough files. */
export function jobCount(jobs: number | undefined, files: number, cores = availableParallelism()): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_JOB)));
}

/**
 * The schools read `jobs` at a time — by `jobs - 1` worker threads and by this one — and
 * consolidated here in file order. Each file goes to a worker with room (two files each: one
 * being parsed, one waiting), else it is parsed here; the answers are added when all the files
 * before them have been. Using this thread too spares starting a worker, and keeps one thread a
 * core rather than a worker per core beside a thread that would mostly wait.
 */
async function consolidateInJobs(
  consolidator: Consolidator,
  files: readonly string[],
  jobs: number,
  io: CliIo,
  language: Language,
  progress: { step(i: number, file: string): void },
): Promise<void> {
  const pool = new SchoolPool(jobs - 1);
  const ahead = jobs * 4;
  const pending: Array<Promise<SchoolInput>> = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const path = files[i];
      progress.step(i + 1, baseName(path));
      const file = await readFileBytes(path, io, language);
      let next: Promise<SchoolInput>;
      if (!file.ok) next = Promise.resolve({ path, error: file.error });
      else if (pool.hasRoom()) next = pool.read(path, file.bytes, language);
      else {
        const read = readWorkbookBytes(file.bytes, path, language);
        next = Promise.resolve(read.ok ? { path, sheets: read.workbook.sheets } : { path, error: read.error });
        // Let the workers' answers in, so they are given their next files without waiting for this thread.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      // Awaited in order below; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      pending.push(next);
      if (pending.length >= ahead) consolidator.addSchool(await pending.shift()!);
    }
    while (pending.length) consolidator.addSchool(await pending.shift()!);
  } finally {
    await pool.close();
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return e.code;
  return error instanceof Error ? error.message : String(error);
}

/** the spec's JSON: schools, columns, indicators with totals and the breakdown per school, findings. */
export function toJson(result: ConsolidationResult): unknown {
  return {
    template: result.template,
    schools: result.schools.map((s) => ({
      file: s.file,
      path: s.path,
      name: s.name,
      sheet: s.sheet,
      status: s.status,
      headerRow: s.headerRow,
      error: s.error,
    })),
    columns: result.columns,
    indicators: result.indicators,
    findings: result.findings.map((f) => ({
      file: f.file,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      rule: f.rule,
      severity: f.severity,
      value: f.value,
      message: f.message,
      indicator: f.indicator,
      column: f.column,
    })),
  };
}

const TEXT = {
  ru: {
    head: (files: number, ok: number) => `Свод: файлов ${files}, в своде ${ok}`,
    template: (file: string, sheet: string) => `шаблон — ${file}, лист «${sheet}»`,
    noTemplate: 'таблица показателей не найдена ни в одном файле',
    sum: 'сумма',
    mean: 'среднее',
    schools: 'шк.',
    none: '—',
    findings: (n: number, e: number, w: number) => `Замечания (${n}): ошибок ${e}, предупреждений ${w}`,
    noFindings: 'Замечаний нет.',
    unreadable: 'Не прочитаны:',
    written: (p: string) => `Свод записан в ${p}`,
    severity: { error: 'ошибка', warning: 'предупр.', info: 'замеч.' },
  },
  en: {
    head: (files: number, ok: number) => `Summary: ${files} files, ${ok} consolidated`,
    template: (file: string, sheet: string) => `template: ${file}, sheet «${sheet}»`,
    noTemplate: 'no indicator table in any file',
    sum: 'sum',
    mean: 'mean',
    schools: 'sch.',
    none: '—',
    findings: (n: number, e: number, w: number) => `Findings (${n}): ${e} errors, ${w} warnings`,
    noFindings: 'No findings.',
    unreadable: 'Not read:',
    written: (p: string) => `Summary written to ${p}`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
  },
};

function formatNumber(x: number): string {
  return String(Number(x.toFixed(3)));
}

export function formatText(result: ConsolidationResult, language: Language, out?: string): string {
  const t = TEXT[language];
  const lines: string[] = [];
  const ok = result.schools.filter((s) => s.status === 'ok').length;
  lines.push(`${t.head(result.schools.length, ok)}; ${result.template ? t.template(result.template.file, result.template.sheet) : t.noTemplate}`);
  lines.push('');
  // Numbered by position in the summary: the goal numbers («1.») repeat over a goal's indicators.
  result.indicators.forEach((ind, k) => {
    lines.push(`${k + 1}) ${ind.name} [${ind.unit || '—'}, ${ind.aggregate === 'mean' ? t.mean : t.sum}]`);
    const cells = result.columns.map((col) => {
      const v = ind.values[col];
      return `${col}: ${v && v.value !== null ? formatNumber(v.value) : t.none} (${v?.n ?? 0} ${t.schools})`;
    });
    lines.push(`    ${cells.join('; ')}`);
  });
  const unreadable = result.schools.filter((s) => s.status === 'unreadable');
  if (unreadable.length) {
    lines.push('', t.unreadable);
    for (const s of unreadable) lines.push(`  ${s.path}: ${s.error?.code} — ${s.error?.message}`);
  }
  lines.push('');
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (!result.findings.length) lines.push(t.noFindings);
  else {
    lines.push(t.findings(result.findings.length, errors, warnings));
    for (const f of result.findings) {
      const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '';
      lines.push(`  ${[f.file, where, t.severity[f.severity], f.rule].filter(Boolean).join('  ')}: ${f.message}`);
    }
  }
  if (out) lines.push('', t.written(out));
  return printableLines(lines);
}
