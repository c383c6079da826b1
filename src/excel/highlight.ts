/**
 * Highlighting the findings' cells with conditional formats, never with the cells' own fills.
 *
 * A conditional format over the cells shows its fill above theirs, and Excel moves it with the
 * cells when rows are inserted or deleted; removing it brings back exactly what the user had.
 * So nothing of the user's is ever written, no original has to be remembered, and a highlight
 * cannot drift onto other cells. The add-in knows its formats by their rule: a formula that is
 * always true and names the add-in. One format per sheet and severity covers its cells (a few
 * more when the address would be too long for one).
 *
 * Round trips: one batch of two syncs — a read of the formats now in the workbook (and the sheet
 * list), then one write that removes the add-in's old formats and adds the new ones. Only a
 * highlight past one request's limit takes more write syncs.
 */
import { columnIndex, columnLetter } from '../core/address';
import { type Finding, type Severity, SEVERITY_RANK } from '../core/findings';
import { normalizeCell } from './cells';
import { REQUEST_BYTES, jsonBytes, writeInChunks } from './payload';
import type { ExcelSession } from './session';

/** Fills of highlighted cells by severity: Excel's own "Light Red", "Yellow" and a light blue. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** What marks the add-in's conditional formats: text in their rule's formula. */
export const HIGHLIGHT_MARK = 'Roadmap Checker';

/** Always true, and says whose it is: N() of a text is 0. */
export function highlightFormula(severity: Severity): string {
  return `=N("${HIGHLIGHT_MARK}: ${severity}")=0`;
}

/** The longest address one format is given: Excel's references stay far below its formula limits. */
const MAX_ADDRESS_CHARS = 2_000;

interface FormatToAdd {
  sheetId: string;
  severity: Severity;
  address: string;
}

export class Highlighter {
  constructor(private readonly session: ExcelSession) {}

  /** Highlights the findings' cells (the worst severity of a cell decides its colour); the previous highlight goes. */
  highlight(findings: readonly Finding[]): Promise<void> {
    return this.replace(findings);
  }

  /** Removes the add-in's highlight from every sheet. */
  clearHighlight(): Promise<void> {
    return this.replace([]);
  }

  private async replace(findings: readonly Finding[]): Promise<void> {
    // The formats are read on the sheets known: only the very first call of a session asks for the list first.
    const known = this.session.sheets ?? (await this.session.refreshSheets());
    await this.session.run(async (context) => {
      // Read: the sheet list and every sheet's conditional formats.
      const formats = known.map((s) => {
        // A sheet deleted since the list was taken reads as a null object, not an error.
        const sheet = context.workbook.worksheets.getItemOrNullObject(s.id).load('id');
        return { id: s.id, sheet, items: sheet.getRange().conditionalFormats.load('items/id, items/type, items/customOrNullObject/rule/formula') };
      });
      await this.session.syncWithSheets(context);
      const ours = formats.filter((f) => !f.sheet.isNullObject).flatMap(({ id, items }) =>
        items.items.filter((f) => f.type === 'Custom' && !f.customOrNullObject.isNullObject && f.customOrNullObject.rule.formula.includes(`"${HIGHLIGHT_MARK}`)).map((f) => ({ sheetId: id, formatId: f.id })),
      );
      const sheets = this.session.sheets ?? [];
      // A sheet added since the list was taken holds none of ours: only the known ones were read.
      const adds = formatsToAdd(findings, (name) => {
        const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
        return sheet && sheet.id !== this.session.reportSheetId ? sheet.id : null;
      });
      if (!ours.length && !adds.length) return;
      // Write: the old formats go first, then the new ones, in as few requests as fit.
      type Op = { kind: 'delete'; sheetId: string; formatId: string } | { kind: 'add'; add: FormatToAdd };
      const ops: Op[] = [...ours.map((f) => ({ kind: 'delete' as const, ...f })), ...adds.map((add) => ({ kind: 'add' as const, add }))];
      const bytes = (op: Op): number => (op.kind === 'delete' ? REQUEST_BYTES.conditionalFormatDelete : REQUEST_BYTES.conditionalFormat + jsonBytes(op.add.address));
      await writeInChunks(ops, bytes, this.session.budget - REQUEST_BYTES.base, async (chunk) => {
        for (const op of chunk) {
          // Ranges from the read are gone after its sync: each format is reached afresh by its id.
          if (op.kind === 'delete') context.workbook.worksheets.getItem(op.sheetId).getRange().conditionalFormats.getItem(op.formatId).delete();
          else {
            const format = context.workbook.worksheets.getItem(op.add.sheetId).getRanges(op.add.address).conditionalFormats.add('Custom');
            format.custom.rule.formula = highlightFormula(op.add.severity);
            format.custom.format.fill.color = HIGHLIGHT_COLORS[op.add.severity];
          }
        }
        await context.sync();
      });
    });
  }
}

/**
 * The formats a highlight needs: per sheet and severity, the cells' addresses with the runs of
 * a column's neighbouring cells joined ("B7:B12"), cut into addresses of at most 2,000 characters.
 */
function formatsToAdd(findings: readonly Finding[], sheetIdOf: (name: string) => string | null): Array<FormatToAdd> {
  const worst = new Map<string, Map<string, Severity>>();
  for (const f of findings) {
    const cell = normalizeCell(f.cell);
    const sheetId = sheetIdOf(f.sheet);
    if (!cell || !sheetId) continue;
    const cells = worst.get(sheetId) ?? new Map<string, Severity>();
    const before = cells.get(cell);
    if (!before || SEVERITY_RANK[f.severity] < SEVERITY_RANK[before]) cells.set(cell, f.severity);
    worst.set(sheetId, cells);
  }
  const out: Array<FormatToAdd> = [];
  for (const [sheetId, cells] of worst) {
    for (const severity of ['error', 'warning', 'info'] as const) {
      const positions = [...cells]
        .filter(([, s]) => s === severity)
        .map(([cell]) => {
          const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
          return { col: columnIndex(m[1]), row: Number(m[2]) };
        })
        .sort((a, b) => a.col - b.col || a.row - b.row);
      const areas: string[] = [];
      for (let i = 0; i < positions.length; ) {
        let j = i;
        while (j + 1 < positions.length && positions[j + 1].col === positions[i].col && positions[j + 1].row === positions[j].row + 1) j++;
        const col = columnLetter(positions[i].col);
        areas.push(i === j ? `${col}${positions[i].row}` : `${col}${positions[i].row}:${col}${positions[j].row}`);
        i = j + 1;
      }
      let address = '';
      for (const area of areas) {
        if (address && address.length + area.length + 1 > MAX_ADDRESS_CHARS) {
          out.push({ sheetId, severity, address });
          address = '';
        }
        address = address ? `${address},${area}` : area;
      }
      if (address) out.push({ sheetId, severity, address });
    }
  }
  return out;
}
