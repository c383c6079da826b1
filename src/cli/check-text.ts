/** The check report for a person: per file and sheet, findings grouped by rule with cell addresses, then a summary. */
import { SEVERITY_RANK, type Finding, type Language, type Severity } from '../core/findings';
import { findingTitle, SEVERITY_WORDS } from '../core/catalog';
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
  },
};

/** Cell addresses listed per rule before the rest is summarised as «…and N more». */
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
        out.push(`    ${severity === 'error' ? '✖' : severity === 'warning' ? '⚠' : 'ℹ'} ${rule} (${SEVERITY_WORDS[language][severity].label.toLowerCase()}, ${findings.length}): ${findingTitle(rule, language)}`);
        const listed = findings.slice(0, MAX_CELLS_LISTED).map((f) => (f.value ? `${f.cell} «${truncate(f.value)}»` : f.cell));
        const more = findings.length - listed.length;
        out.push(`      ${listed.join(', ')}${more > 0 ? (language === 'ru' ? ` и ещё ${more}` : ` and ${more} more`) : ''}`);
      }
    }
    if (result.annotated) out.push(...annotatedCopyLines(result.annotated, language));
    out.push('');
  }
  out.push(w.summary(results.length, roadmapSheets, counts, results.filter((r) => r.error).length));
  return printableLines(out);
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

function truncate(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
