/**
 * Sheets the add-in writes itself — the check report, consolidation summaries — which a check or
 * a consolidation of the open workbook must not take for a plan or a school: by their names
 * («Свод», «Источники», «Замечания», with « (2)»… when a name was taken), and by the names the
 * port returned when it wrote them in this session.
 */
const ADDIN_SHEET = /^(свод|источники|замечания)( \(\d+\))?$/;

export class AddinSheets {
  private readonly written = new Set<string>();

  add(names: Iterable<string>): void {
    for (const n of names) this.written.add(n.toLowerCase());
  }

  readonly has = (name: string): boolean => {
    const lower = name.toLowerCase();
    return ADDIN_SHEET.test(lower) || this.written.has(lower);
  };
}
