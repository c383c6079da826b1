/**
 * `roadmap-checker consolidate [--profile FILE] [--template FILE] [--expected-schools FILE]
 *  [--out SUMMARY.xlsx] [--format text|json] [--lang ru|en] FILE...`
 *
 * Reads the schools one at a time (only one workbook in memory), consolidates them, prints the
 * totals and findings, and writes the summary workbook when --out is given. Exit code: 0 when no
 * finding is an error, 1 when one is, 2 when an argument or a file could not be used (an
 * unreadable school is reported in its place and the others are still consolidated).
 */
import { availableParallelism } from 'node:os';
import type { Language } from '../core/findings';
import { Consolidator, TemplateError } from '../core/consolidate/consolidate';
import type { ConsolidationResult, SchoolInput, TemplateInput } from '../core/consolidate/types';
import type { Profile } from '../core/profile/schema';
import { decodeText } from '../workbook/csv';
import { writeSummary } from '../workbook/write-summary';
import { commandHelp, parseArgs, usageErrorText, UsageError, type CommandSpec } from './args';
import { cliLanguage } from './cli-language';
import type { CliIo } from './io';
import { fileProblem, loadProfile } from './load-profile';
import { printableLines } from './printable';
import { readFileBytes, readWorkbookBytes, readWorkbookFile } from './read-file';
import { SchoolPool } from './school-pool';

/**
 * A worker thread costs about as much to start (SheetJS and the engine loaded in it) as reading a
 * few dozen school files, so by default there is a job per core only when each gets this many.
 */
const FILES_PER_JOB = 50;

export const CONSOLIDATE_COMMAND: CommandSpec = {
  name: 'consolidate',
  summary: {
    ru: 'Сводит таблицы показателей из книг школ в один свод: итоги по каждому показателю и столбцу, значения каждой школы и её замечания.',
    en: "Consolidates the indicator tables of school workbooks into one summary: totals per indicator and column, each school's values and findings.",
  },
  operands: 'FILE...',
  options: [
    { name: 'profile', value: 'FILE', help: { ru: 'профиль региона (JSON): единицы для среднего, ожидаемые школы, важность правил', en: "a region's profile (JSON): units averaged, expected schools, rule severities" } },
    {
      name: 'template',
      value: 'FILE',
      help: { ru: 'книга-шаблон: её таблица показателей задаёт свод (по умолчанию — таблица первой школы)', en: "a template workbook whose indicator table defines the summary (default: the first school's table)" },
    },
    { name: 'expected-schools', value: 'FILE', help: { ru: 'ожидаемые школы: по одной на строку (или JSON-список названий)', en: 'the schools expected, one per line (or a JSON list of names)' } },
    {
      name: 'out',
      value: 'SUMMARY.xlsx',
      help: { ru: 'записать книгу свода: листы «Свод», «Источники», «Замечания», готовые к печати', en: 'write the summary workbook: the sheets «Свод», «Источники», «Замечания», ready to print' },
    },
    { name: 'format', value: 'text|json', choices: ['text', 'json'], help: { ru: 'вид отчёта (по умолчанию text)', en: 'report format (default: text)' } },
    {
      name: 'jobs',
      value: 'N',
      help: {
        ru: `читать файлы по N сразу: здесь и в N-1 рабочих потоках (по умолчанию — по числу ядер, когда на каждое приходится не меньше ${FILES_PER_JOB} файлов; 1 — по одному, без потоков). Свод от N не зависит`,
        en: `read the files N at a time: here and in N-1 worker threads (default: one per core when each gets at least ${FILES_PER_JOB} files; 1: one at a time, no worker). The summary does not depend on N`,
      },
    },
  ],
  exitCodes: {
    ru: 'Код завершения: 0 — ошибок нет; 1 — есть замечание-ошибка; 2 — параметр или файл нельзя использовать (непрочитанная школа указана на своём месте, остальные сведены).',
    en: 'Exit code: 0 no error; 1 a finding is an error; 2 an argument or a file could not be used (a school that cannot be read is reported in its place, the others are consolidated).',
  },
};

/** Reads one file into sheets, or the error (code and message) that kept it from being read. */
async function loadWorkbook(io: CliIo, path: string, language: Language): Promise<SchoolInput> {
  const read = await readWorkbookFile(path, io, language);
  return read.ok ? { path, sheets: read.workbook.sheets } : { path, error: read.error };
}

/** A text file as saved: UTF-8 (with or without a BOM), UTF-16 or Windows-1251, as csv.ts detects. */
async function readText(io: CliIo, path: string): Promise<string> {
  return decodeText(await io.readFile(path)).text;
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
  const lang = cliLanguage(argv, io.env);
  const list = argv[0] === 'consolidate' ? argv.slice(1) : argv;
  let files: string[];
  let flags: Map<string, string>;
  let profile: Profile;
  try {
    const args = parseArgs(list, CONSOLIDATE_COMMAND);
    if (args.help) {
      io.stdout(commandHelp(CONSOLIDATE_COMMAND, lang));
      return 0;
    }
    if (!args.files.length) throw new UsageError({ ru: 'не указаны файлы школ', en: 'no school files given' });
    ({ files, flags } = args);
    const out = flags.get('out');
    if (out !== undefined && !/\.xlsx$/i.test(out)) {
      throw new UsageError({ ru: `--out: свод пишется книгой .xlsx; укажите имя с расширением .xlsx, а не «${out}»`, en: `--out: the summary is an .xlsx workbook; give a name ending in .xlsx, not «${out}»` });
    }
    profile = await loadProfile(flags.get('profile'), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(usageErrorText('consolidate', error, lang));
    return 2;
  }
  const fail = (text: string): number => {
    io.stderr(`roadmap-checker consolidate: ${text}\n`);
    return 2;
  };
  const jobsText = flags.get('jobs');
  const jobsAsked = jobsText === undefined ? undefined : Number(jobsText);
  if (jobsAsked !== undefined && !(Number.isInteger(jobsAsked) && jobsAsked >= 1)) {
    io.stderr(usageErrorText('consolidate', new UsageError({ ru: `--jobs: нужно целое число от 1, а не «${jobsText}»`, en: `--jobs: a whole number from 1 is needed, not «${jobsText}»` }), lang));
    return 2;
  }
  const args = { template: flags.get('template'), expectedSchools: flags.get('expected-schools'), out: flags.get('out'), format: flags.get('format') ?? 'text', files, jobs: jobsAsked };

  // A summary that cannot be written stops the run before anything is read or printed.
  if (args.out && io.prepareOutputFile) {
    try {
      await io.prepareOutputFile(args.out);
    } catch (error) {
      const reason = outputProblem(error);
      return fail(lang === 'ru' ? `свод нельзя записать в ${args.out}: ${reason.ru}` : `the summary cannot be written to ${args.out}: ${reason.en}`);
    }
  }

  let expectedSchools: string[] | undefined;
  if (args.expectedSchools) {
    try {
      expectedSchools = parseExpectedSchools(await readText(io, args.expectedSchools));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code
        ? fileProblem(error)
        : {
            ru: 'ожидались названия школ — по одному на строку или JSON-список строк, например ["МОУ СОШ № 1", "МОУ СОШ № 2"]',
            en: 'expected the schools\' names, one per line or a JSON list of strings, e.g. ["МОУ СОШ № 1", "МОУ СОШ № 2"]',
          };
      return fail(`${lang === 'ru' ? 'список школ не прочитан' : 'cannot read the expected schools'} ${args.expectedSchools}: ${reason[lang]}`);
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

/** Why the summary's file cannot be written, in words. */
function outputProblem(error: unknown): { ru: string; en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ru: 'такой папки нет', en: 'there is no such folder' };
  if (code === 'EISDIR') return { ru: 'это папка, а не файл', en: 'it is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ru: 'нет прав на запись в папку', en: 'the folder cannot be written to' };
  return { ru: code ?? String(error), en: code ?? String(error) };
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
