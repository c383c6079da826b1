/** `roadmap-checker check [--profile FILE] [--format text|json] [--lang ru|en] [--annotate OUTDIR] FILE...` */
import { checkWorkbook } from '../core/check';
import { ColumnMappingError, parseColumnMapping, type ColumnMapping } from '../core/roadmap/user-columns';
import type { Language, SheetReport } from '../core/findings';
import { oneOf, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { loadProfile } from './load-profile';
import { readWorkbookFile } from './read-file';
import { formatCheckText } from './check-text';
import { AnnotatedCopies, prepareOutputDir, type AnnotatedCopy } from './annotated-copies';

export interface CheckedFile {
  file: string;
  error: { code: string; message: string } | null;
  sheets: SheetReport[];
  /** With --annotate: where the file's annotated copy went, or why it did not. */
  annotated?: AnnotatedCopy;
}

export const CHECK_USAGE = 'usage: roadmap-checker check [--profile FILE] [--columns number=A,name=B,deadline=C,responsible=D] [--format text|json] [--lang ru|en] [--annotate OUTDIR] FILE...';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  let format: 'text' | 'json';
  let language: Language;
  let files: string[];
  let profile;
  let annotateDir: string | undefined;
  let columns: ColumnMapping | undefined;
  try {
    const args = parseArgs(argv, ['profile', 'format', 'lang', 'annotate', 'columns']);
    annotateDir = args.flags.get('annotate');
    format = oneOf(args.flags.get('format'), ['text', 'json'] as const, 'text', 'format');
    language = oneOf(args.flags.get('lang'), ['ru', 'en'] as const, 'ru', 'lang');
    if (args.files.length === 0) throw new UsageError('no files given');
    files = args.files;
    const mapping = args.flags.get('columns');
    try {
      columns = mapping === undefined ? undefined : parseColumnMapping(mapping);
    } catch (error) {
      if (error instanceof ColumnMappingError) throw new UsageError(`--columns: ${error.messages[language]}`);
      throw error;
    }
    profile = await loadProfile(args.flags.get('profile'), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`roadmap-checker: ${error.message}\n${CHECK_USAGE}\n`);
      return 2;
    }
    throw error;
  }

  // An unusable OUTDIR stops the run before anything is checked or printed.
  const outDirProblem = annotateDir === undefined ? null : await prepareOutputDir(annotateDir, io, language);
  if (outDirProblem) {
    io.stderr(`roadmap-checker: ${outDirProblem}\n`);
    return 2;
  }
  const copies = annotateDir === undefined ? null : new AnnotatedCopies(annotateDir, files, io, language);

  const results: CheckedFile[] = [];
  for (const file of files) {
    const read = await readWorkbookFile(file, io, language);
    if (!read.ok) {
      results.push({ file, error: read.error, sheets: [] });
      continue;
    }
    const sheets = checkWorkbook(read.workbook.sheets, { profile, language, columns });
    const result: CheckedFile = { file, error: null, sheets };
    if (copies) result.annotated = await copies.write(file, read.bytes, sheets.flatMap((s) => s.findings));
    results.push(result);
  }

  if (format === 'json') io.stdout(`${JSON.stringify({ files: results.map(toJson) }, null, 2)}\n`);
  else io.stdout(formatCheckText(results, language));

  if (results.some((r) => r.error || r.annotated?.error)) return 2;
  return results.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error'))) ? 1 : 0;
}

/** the spec's JSON: findings carry rule, severity, row, cell, value and message. */
function toJson(result: CheckedFile) {
  return {
    file: result.file,
    error: result.error,
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
