/**
 * The check report for a person: per file and sheet, findings grouped by rule (the rule's title
 * once), each with its cell and its own message — findings of one rule with the same message share
 * a line of cells; then what is wrong with the file as a whole (no roadmap), then a summary line
 * that names the files with no roadmap.
 */
import { SEVERITY_RANK, type Finding, type Language, type Severity } from '../core/findings';
import { findingTitle, SEVERITY_WORDS } from '../core/catalog';
import { noRoadmap } from '../core/workbook-findings';
import type { CheckedFile } from './check-command';
import { printableLines } from './printable';
import { annotatedCopyLines } from './annotated-copies';

const WORDS = {
  ru: {
    kinds: { roadmap: 'дорожная карта', indicators: 'таблица показателей', other: 'не план' },
    header: 'заголовок в строке',
    sections: 'разделов',
    events: 'мероприятий',
    clean: 'замечаний нет',
    summary: (files: number, sheets: number, counts: Record<Severity, number>, unreadable: number) =>
      `Итого: файлов ${files}, листов-планов ${sheets}; ${SEVERITY_WORDS.ru.error.count(counts.error)}, ${SEVERITY_WORDS.ru.warning.count(counts.warning)}, ${SEVERITY_WORDS.ru.info.count(counts.info)}` +
      (unreadable ? `; не прочитано файлов: ${unreadable}` : '') +
      '.',
    unreadable: 'не удалось прочитать',
    wrongFiles: (names: string) => `Нет дорожной карты — не тот файл? ${names}`,
    more: (n: number) => ` и ещё ${n}`,
  },
  en: {
    kinds: { roadmap: 'roadmap', indicators: 'indicator table', other: 'not a plan' },
    header: 'header in row',
    sections: 'sections',
    events: 'events',
    clean: 'no findings',
    summary: (files: number, sheets: number, counts: Record<Severity, number>, unreadable: number) =>
      `Total: ${files} files, ${sheets} roadmap sheets; ${SEVERITY_WORDS.en.error.count(counts.error)}, ${SEVERITY_WORDS.en.warning.count(counts.warning)}, ${SEVERITY_WORDS.en.info.count(counts.info)}` +
      (unreadable ? `; ${unreadable} files unreadable` : '') +
      '.',
    unreadable: 'could not be read',
    wrongFiles: (names: string) => `No roadmap in — the wrong file? ${names}`,
    more: (n: number) => ` and ${n} more`,
  },
};

/** Cell addresses listed on a line before the rest is summarised as «…and N more». */
const MAX_CELLS_LISTED = 40;

export function formatCheckText(results: readonly CheckedFile[], language: Language): string {
  const w = WORDS[language];
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let roadmapSheets = 0;
  for (const result of results) {
    out.push(result.file);
    if (result.error) {
      out.push(`  ✖ ${w.unreadable}: ${result.error.message} [${result.error.code}]`, '');
      continue;
    }
    for (const sheet of result.sheets) {
      const where = sheet.headerRow ? `, ${w.header} ${sheet.headerRow}, ${w.sections} ${sheet.counts.sections}, ${w.events} ${sheet.counts.events}` : '';
      out.push(`  «${sheet.name}» — ${w.kinds[sheet.kind]}${where}`);
      if (sheet.kind === 'roadmap') roadmapSheets += 1;
      if (sheet.findings.length === 0) {
        if (sheet.kind === 'roadmap') out.push(`    ✔ ${w.clean}`);
        continue;
      }
      for (const [rule, findings] of groupByRule(sheet.findings)) {
        const severity = findings[0].severity;
        for (const f of findings) counts[f.severity] += 1;
        out.push(`    ${MARK[severity]} ${rule} (${SEVERITY_WORDS[language][severity].label.toLowerCase()}, ${findings.length}): ${findingTitle(rule, language)}`);
        for (const [message, cells] of byMessage(findings)) {
          const listed = cells.slice(0, MAX_CELLS_LISTED).join(', ');
          const more = cells.length > MAX_CELLS_LISTED ? w.more(cells.length - MAX_CELLS_LISTED) : '';
          out.push(`      ${listed}${more}: ${message}`);
        }
      }
    }
    for (const f of result.findings) {
      counts[f.severity] += 1;
      out.push(`  ${MARK[f.severity]} ${f.rule} (${SEVERITY_WORDS[language][f.severity].label.toLowerCase()}): ${f.message}`);
    }
    if (result.annotated) out.push(...annotatedCopyLines(result.annotated, language));
    out.push('');
  }
  const wrong = results.filter((r) => r.findings.some((f) => f.rule === noRoadmap.id)).map((r) => r.file);
  if (wrong.length) out.push(w.wrongFiles(wrong.join(', ')));
  out.push(w.summary(results.length, roadmapSheets, counts, results.filter((r) => r.error).length));
  return printableLines(out);
}

const MARK: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** A rule's findings by their message, in reading order: the cells that share one message on one line. */
function byMessage(findings: readonly Finding[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const f of findings) {
    const cells = groups.get(f.message);
    if (cells) cells.push(f.cell);
    else groups.set(f.message, [f.cell]);
  }
  return [...groups.entries()];
}

function groupByRule(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.rule);
    if (list) list.push(f);
    else groups.set(f.rule, [f]);
  }
  return [...groups.entries()].sort((a, b) => SEVERITY_RANK[a[1][0].severity] - SEVERITY_RANK[b[1][0].severity]);
}
