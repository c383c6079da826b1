/** `roadmap-checker check [--profile FILE] [--format text|json] [--annotate OUTDIR] [--lang ru|en] FILE...` */
import { checkWorkbook } from '../core/check';
import type { Language, SheetReport, WorkbookFinding } from '../core/findings';
import { ColumnMappingError, parseColumnMapping, type ColumnMapping } from '../core/roadmap/user-columns';
import { commandHelp, parseArgs, usageErrorText, UsageError, type CommandSpec } from './args';
import { cliLanguage } from './cli-language';
import type { CliIo } from './io';
import { loadProfile } from './load-profile';
import { readWorkbookFile } from './read-file';
import { formatCheckText } from './check-text';
import { AnnotatedCopies, prepareOutputDir, type AnnotatedCopy } from './annotated-copies';

export interface CheckedFile {
  file: string;
  error: { code: string; message: string } | null;
  sheets: SheetReport[];
  /** Findings about the file as a whole: `no-roadmap`. */
  findings: WorkbookFinding[];
  /** With --annotate: where the file's annotated copy went, or why it did not. */
  annotated?: AnnotatedCopy;
}

export const CHECK_COMMAND: CommandSpec = {
  name: 'check',
  summary: {
    ru: 'Проверяет дорожные карты (.xlsx, .xlsm, .xls, .ods, .fods, .csv) и печатает замечания по каждому файлу и листу.',
    en: 'Checks roadmaps (.xlsx, .xlsm, .xls, .ods, .fods, .csv) and prints the findings per file and sheet.',
  },
  operands: 'FILE...',
  options: [
    { name: 'profile', value: 'FILE', help: { ru: 'профиль региона (JSON): только то, что отличается от стандартной структуры', en: "a region's profile (JSON): only what differs from the standard structure" } },
    {
      name: 'columns',
      value: 'MAPPING',
      help: {
        ru: 'свои столбцы полей на каждом листе, например number=A,name=B,deadline=C+D,responsible=F (deadline=E:H — столбцы план-графика)',
        en: "the fields' own columns on every sheet, e.g. number=A,name=B,deadline=C+D,responsible=F (deadline=E:H for a plan-graph's columns)",
      },
    },
    { name: 'format', value: 'text|json', choices: ['text', 'json'], help: { ru: 'вид отчёта (по умолчанию text)', en: 'report format (default: text)' } },
    {
      name: 'annotate',
      value: 'OUTDIR',
      help: { ru: 'записать в OUTDIR копию каждого файла с отмеченными замечаниями', en: 'write a copy of each file with its findings marked into OUTDIR' },
    },
  ],
  exitCodes: {
    ru: 'Код завершения: 0 — ошибок нет; 1 — есть замечание-ошибка или в файле нет дорожной карты (no-roadmap); 2 — параметр или файл нельзя использовать (непрочитанный файл указан на своём месте, остальные проверены).',
    en: 'Exit code: 0 no error; 1 a finding is an error, or a file holds no roadmap (no-roadmap); 2 an argument or a file could not be used (a file that cannot be read is reported in its place, the others are checked).',
  },
};

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const language: Language = cliLanguage(argv, io.env);
  let format: 'text' | 'json';
  let files: string[];
  let profile;
  let annotateDir: string | undefined;
  let columns: ColumnMapping | undefined;
  try {
    const args = parseArgs(argv, CHECK_COMMAND);
    if (args.help) {
      io.stdout(commandHelp(CHECK_COMMAND, language));
      return 0;
    }
    annotateDir = args.flags.get('annotate');
    format = args.flags.get('format') === 'json' ? 'json' : 'text';
    if (args.files.length === 0) throw new UsageError({ ru: 'не указаны файлы для проверки', en: 'no files given to check' });
    files = args.files;
    const mapping = args.flags.get('columns');
    try {
      columns = mapping === undefined ? undefined : parseColumnMapping(mapping);
    } catch (error) {
      if (error instanceof ColumnMappingError) throw new UsageError({ ru: `--columns: ${error.messages.ru}`, en: `--columns: ${error.messages.en}` });
      throw error;
    }
    profile = await loadProfile(args.flags.get('profile'), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageErrorText('check', error, language));
      return 2;
    }
    throw error;
  }

  // An unusable OUTDIR stops the run before anything is checked or printed.
  const outDirProblem = annotateDir === undefined ? null : await prepareOutputDir(annotateDir, io, language);
  if (outDirProblem) {
    io.stderr(`roadmap-checker check: ${outDirProblem}\n`);
    return 2;
  }
  const copies = annotateDir === undefined ? null : new AnnotatedCopies(annotateDir, files, io, language);

  const results: CheckedFile[] = [];
  for (const file of files) {
    const read = await readWorkbookFile(file, io, language);
    if (!read.ok) {
      results.push({ file, error: read.error, sheets: [], findings: [] });
      continue;
    }
    const report = checkWorkbook(read.workbook.sheets, { profile, language, columns });
    const result: CheckedFile = { file, error: null, sheets: report.sheets, findings: report.findings };
    if (copies) result.annotated = await copies.write(file, read.bytes, report.sheets.flatMap((s) => s.findings));
    results.push(result);
  }

  if (format === 'json') io.stdout(`${JSON.stringify({ files: results.map(toJson) }, null, 2)}\n`);
  else io.stdout(formatCheckText(results, language));

  if (results.some((r) => r.error || r.annotated?.error)) return 2;
  const isError = (f: { severity: string }) => f.severity === 'error';
  return results.some((r) => r.findings.some(isError) || r.sheets.some((s) => s.findings.some(isError))) ? 1 : 0;
}

/** the spec's JSON: findings carry rule, severity, row, cell, value and message; the file's own findings have no cell. */
function toJson(result: CheckedFile) {
  return {
    file: result.file,
    error: result.error,
    findings: result.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
    sheets: result.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      headerRow: s.headerRow,
      columns: s.columns,
      columnMap: s.columnMap ?? [],
      planPeriod: s.planPeriod,
      counts: s.counts,
      findings: s.findings.map((f) => ({ rule: f.rule, severity: f.severity, row: f.row, cell: f.cell, value: f.value, message: f.message })),
    })),
    ...(result.annotated ? { annotated: result.annotated } : {}),
  };
}
