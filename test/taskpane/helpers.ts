import type { Finding, Severity, SheetReport } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import type { SheetChange, WorkbookPort } from '../../src/excel/workbook-port';

export function finding(cell: string, rule = 'deadline-vague', severity: Severity = 'warning', extra: Partial<Finding> = {}): Finding {
  const row = Number(/\d+/.exec(cell)?.[0] ?? 1);
  return { rule, severity, sheet: 'План', row, cell, value: `v-${cell}`, message: `${rule} at ${cell}`, ...extra };
}

export function report(name: string, findings: Finding[], kind: SheetReport['kind'] = 'roadmap'): SheetReport {
  return {
    name,
    kind,
    headerRow: 3,
    columns: {},
    planPeriod: null,
    counts: { sections: 2, events: 10 },
    findings: findings.map((f) => ({ ...f, sheet: name })),
  };
}

/** A WorkbookPort over a map of sheet name → findings, recording every call. */
export class FakePort implements WorkbookPort {
  calls: string[] = [];
  active = 'План';
  sheets: string[] = ['План'];
  ignored = new Set<string>();
  highlighted: Finding[] = [];
  reportWith: { findings: readonly Finding[]; language: string } | null = null;
  private editListener: ((c: SheetChange) => void) | null = null;
  unsubscribed = false;

  async readActiveSheet(): Promise<Grid> {
    this.calls.push('readActiveSheet');
    return new Grid(this.active);
  }
  async readAllSheets(): Promise<Grid[]> {
    this.calls.push('readAllSheets');
    return this.sheets.map((s) => new Grid(s));
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push(`selectCell ${sheet}!${address}`);
    this.active = sheet;
  }
  async highlight(findings: readonly Finding[]): Promise<void> {
    this.calls.push(`highlight ${findings.map((f) => f.cell).join(',')}`);
    this.highlighted = [...findings];
  }
  async clearHighlight(): Promise<void> {
    this.calls.push('clearHighlight');
    this.highlighted = [];
  }
  async writeReport(findings: readonly Finding[], language: 'ru' | 'en'): Promise<string> {
    this.calls.push(`writeReport ${findings.length} ${language}`);
    this.reportWith = { findings, language };
    return 'Замечания';
  }
  async loadIgnored(): Promise<Set<string>> {
    this.calls.push('loadIgnored');
    return new Set(this.ignored);
  }
  async saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    this.calls.push(`saveIgnored ${keys.size}`);
    this.ignored = new Set(keys);
  }
  async onUserEdit(callback: (change: SheetChange) => void): Promise<() => Promise<void>> {
    this.calls.push('onUserEdit');
    this.editListener = callback;
    return async () => {
      this.unsubscribed = true;
      this.editListener = null;
    };
  }
  edit(sheet: string, address = 'A1'): void {
    this.editListener?.({ sheet, address });
  }
  get listening(): boolean {
    return this.editListener !== null;
  }
}
