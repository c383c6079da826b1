/**
 * `check --annotate OUTDIR`: each checked file's annotated copy (src/workbook/annotate) written
 * into OUTDIR under the file's own name — NAME.xlsx for an .xls, .ods or .csv — never over one
 * of the files being checked, and never over another copy of the same run («plan (2).xlsx»).
 */
import * as path from 'node:path';
import type { Finding, Language } from '../core/findings';
import { annotateWorkbook, type AnnotatedWorkbook } from '../workbook/annotate';
import { describeReadFailure } from '../workbook/read-errors';
import type { CliIo } from './io';

export interface AnnotatedCopy {
  /** Where the copy was written, or null when it was not. */
  path: string | null;
  converted: AnnotatedWorkbook['converted'];
  error: { code: string; message: string } | null;
}

const WORDS = {
  ru: {
    outDir: (dir: string, reason: string) => `папку для копий с замечаниями «${dir}» нельзя создать или в неё нельзя записать (${reason})`,
    overwrite: 'Копия не записана: она заменила бы один из проверяемых файлов. Укажите для --annotate другую папку.',
    write: (reason: string) => `Копию не удалось записать (${reason}). Проверьте место на диске и права на папку.`,
  },
  en: {
    outDir: (dir: string, reason: string) => `the folder for annotated copies «${dir}» cannot be created or written to (${reason})`,
    overwrite: 'The copy was not written: it would replace one of the files being checked. Give --annotate another folder.',
    write: (reason: string) => `The copy could not be written (${reason}). Check the free disk space and the folder's permissions.`,
  },
};

/** Makes OUTDIR ready, or returns why it cannot be used (a message for stderr). */
export async function prepareOutputDir(dir: string, io: CliIo, language: Language): Promise<string | null> {
  try {
    await io.prepareOutputDir?.(dir);
    return null;
  } catch (error) {
    return WORDS[language].outDir(dir, (error as NodeJS.ErrnoException).code ?? String(error));
  }
}

export class AnnotatedCopies {
  private readonly taken = new Set<string>();
  private readonly inputs: Set<string>;

  constructor(
    private readonly dir: string,
    inputs: readonly string[],
    private readonly io: CliIo,
    private readonly language: Language,
  ) {
    this.inputs = new Set(inputs.map((f) => path.resolve(f)));
  }

  async write(file: string, bytes: Uint8Array, findings: readonly Finding[]): Promise<AnnotatedCopy> {
    let copy: AnnotatedWorkbook;
    try {
      copy = annotateWorkbook(bytes, path.basename(file), findings, { language: this.language });
    } catch (error) {
      return { path: null, converted: null, error: describeReadFailure(error, this.language) };
    }
    const target = this.freePath(copy.fileName);
    if (this.inputs.has(path.resolve(target))) {
      return { path: null, converted: copy.converted, error: { code: 'copy-would-overwrite', message: WORDS[this.language].overwrite } };
    }
    try {
      await this.io.writeFile(target, copy.bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return { path: null, converted: copy.converted, error: { code: 'copy-not-written', message: WORDS[this.language].write(reason) } };
    }
    return { path: target, converted: copy.converted, error: null };
  }

  /** OUTDIR/NAME, or OUTDIR/NAME (2).ext… when an earlier file of this run took that name (compared case-insensitively). */
  private freePath(name: string): string {
    const ext = path.extname(name);
    const stem = name.slice(0, name.length - ext.length);
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    this.taken.add(candidate.toLowerCase());
    return path.join(this.dir, candidate);
  }
}

/** The lines the text report gives a file's copy. */
export function annotatedCopyLines(copy: AnnotatedCopy, language: Language): string[] {
  const lines: string[] = [];
  if (copy.path) lines.push(language === 'ru' ? `  → копия с замечаниями: ${copy.path}` : `  → annotated copy: ${copy.path}`);
  else lines.push(language === 'ru' ? `  ✖ копия с замечаниями не записана: ${copy.error?.message}` : `  ✖ annotated copy not written: ${copy.error?.message}`);
  if (copy.converted) lines.push(`    ${copy.converted.message[language]}`);
  return lines;
}
