/**
 * A plain HTML rendering of the in-memory host's active sheet, Excel-like: column letters, row
 * numbers, merged cells, fills, the selection. It follows the host (the pane's selects, fills and
 * report) by watching its sync and event counters; a double-click edits a cell as the user would
 * (host.userEdit), which the pane sees as a user edit. Cell text is rendered as text.
 */
import * as React from 'react';
import { columnLetter, a1 } from '../core/address';
import type { Language } from '../core/findings';
import type { MemoryHost } from '../excel/memory-host';
import { SheetOverlays } from './SheetOverlays';

/** What the view draws at most: enough for a roadmap, cheap for a sheet of thousands of rows. */
const MAX_ROWS = 400;
const MAX_COLS = 26;

export interface SheetViewProps {
  host: MemoryHost;
  /** Bumped by the preview after it changes the host itself. */
  revision?: number;
  /** Office's language: numbers are shown as Excel shows them in it («1 234,5» in Russian). */
  language?: Language;
  /** No editing by double-click: the web app shows the file as opened (its annotated copy is of that file). */
  readOnly?: boolean;
}

/** Re-renders when the host changed: a sync ran, an event was dispatched, or the active sheet moved. */
function useHostRevision(host: MemoryHost): number {
  const [revision, setRevision] = React.useState(0);
  React.useEffect(() => {
    let last = '';
    const timer = window.setInterval(() => {
      const sheet = host.book.activeSheet;
      const sig = `${host.syncCount}|${host.eventLog.length}|${sheet.id}|${host.sheetNames.join('\u0001')}|${a1(sheet.selection.r1, sheet.selection.c1)}`;
      if (sig !== last) {
        last = sig;
        setRevision((n) => n + 1);
      }
    }, 120);
    return () => window.clearInterval(timer);
  }, [host]);
  return revision;
}

export function SheetView({ host, revision: outside = 0, language = 'ru', readOnly = false }: SheetViewProps): React.JSX.Element {
  const locale = language === 'ru' ? 'ru-RU' : 'en-US';
  const revision = useHostRevision(host);
  const [editing, setEditing] = React.useState<{ sheetId: string; r: number; c: number; text: string } | null>(null);
  const [, force] = React.useReducer((n: number) => n + 1, 0);
  const scroller = React.useRef<HTMLDivElement>(null);
  const canvas = React.useRef<HTMLDivElement>(null);
  const sheet = host.book.activeSheet;
  const sel = sheet.selection;

  const layout = React.useMemo(() => {
    const used = sheet.usedRange(false);
    // The cells under a chart are drawn too, so the chart has its place.
    const chartEnd = Math.max(0, ...sheet.charts.map((c) => (c.anchor?.to ?? c.anchor?.from)?.r2 ?? 0));
    const rows = Math.min(Math.max((used?.r2 ?? 0) + 3, sel.r2 + 2, chartEnd + 2, 20), MAX_ROWS);
    const cols = Math.min(Math.max((used?.c2 ?? 0) + 2, sel.c2 + 2, 8), MAX_COLS);
    // Column widths from the text they hold (the first rows suffice), like a quick autofit.
    const widths = Array.from({ length: cols }, () => 48);
    sheet.forEachStored({ r1: 0, c1: 0, r2: Math.min(rows, 200), c2: cols - 1 }, (r, c, cell) => {
      if (sheet.merges.some((m) => m.r1 === r && m.c1 === c && m.c2 > m.c1)) return;
      const text = cell.error ?? String(cell.value ?? '');
      widths[c] = Math.max(widths[c], Math.min(280, 12 + text.length * 6.2));
    });
    // A width the add-in set (points) is drawn as Excel draws it (4/3 px per point).
    for (const [c, points] of sheet.columnWidths) if (c < cols) widths[c] = Math.max(24, Math.min(440, Math.round((points * 4) / 3)));
    const covered = new Set<string>();
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    for (const m of sheet.merges) {
      if (m.r1 >= rows || m.c1 >= cols) continue;
      spans.set(`${m.r1}:${m.c1}`, { rowSpan: Math.min(m.r2, rows - 1) - m.r1 + 1, colSpan: Math.min(m.c2, cols - 1) - m.c1 + 1 });
      for (let r = m.r1; r <= Math.min(m.r2, rows - 1); r++)
        for (let c = m.c1; c <= Math.min(m.c2, cols - 1); c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r}:${c}`);
    }
    return { rows, cols, widths, covered, spans };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, revision, outside, sel.r1, sel.c1, sel.r2, sel.c2]);

  // Another sheet opens at its top-left corner, as in Excel; then the selected cell is kept in view.
  React.useLayoutEffect(() => {
    scroller.current?.scrollTo?.({ left: 0, top: 0 });
  }, [sheet.id]);
  React.useEffect(() => {
    const el = scroller.current?.querySelector<HTMLElement>('[data-selected="true"]');
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet.id, sel.r1, sel.c1, revision]);

  const select = (r: number, c: number): void => {
    sheet.selection = { r1: r, c1: c, r2: r, c2: c };
    force();
  };

  const commit = (): void => {
    if (!editing || editing.sheetId !== sheet.id) return setEditing(null);
    host.userEdit(sheet.name, a1(editing.r, editing.c), editing.text);
    setEditing(null);
  };

  const inSelection = (r: number, c: number): boolean => r >= sel.r1 && r <= sel.r2 && c >= sel.c1 && c <= sel.c2;

  const body: React.JSX.Element[] = [];
  for (let r = 0; r < layout.rows; r++) {
    const cells: React.JSX.Element[] = [
      <th key="h" className={`rh${r >= sel.r1 && r <= sel.r2 ? ' on' : ''}`} scope="row">
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < layout.cols; c++) {
      if (layout.covered.has(`${r}:${c}`)) continue;
      const cell = sheet.get(r, c);
      const span = layout.spans.get(`${r}:${c}`);
      const selected = r === sel.r1 && c === sel.c1;
      // What Excel shows: the add-in's highlight (a conditional format) over the cell's own fill.
      const fill = host.shownFill(sheet.name, a1(r, c)) ?? undefined;
      const text = displayText(cell, locale);
      const isEditing = editing && editing.sheetId === sheet.id && editing.r === r && editing.c === c;
      cells.push(
        <td
          key={c}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          data-cell={a1(r, c)}
          data-selected={selected || undefined}
          data-fill={fill}
          className={[selected ? 'sel' : '', !selected && inSelection(r, c) ? 'insel' : '', typeof cell?.value === 'number' ? 'num' : '', cell?.bold ? 'b' : '', cell?.wrapText ? 'wrap' : '', cell?.verticalAlignment === 'Top' ? 'top' : '']
            .filter(Boolean)
            .join(' ')}
          style={fill ? { backgroundColor: fill } : undefined}
          title={text.length > 30 ? text : undefined}
          onMouseDown={() => select(r, c)}
          onDoubleClick={readOnly ? undefined : () => setEditing({ sheetId: sheet.id, r, c, text })}
        >
          {isEditing ? (
            <input
              autoFocus
              className="edit"
              value={editing.text}
              onChange={(e) => setEditing({ sheetId: sheet.id, r, c, text: e.target.value })}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit();
                if (e.key === 'Escape') setEditing(null);
              }}
            />
          ) : (
            text
          )}
        </td>,
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }

  return (
    <div className="sheet" data-testid="sheet-view" data-sheet={sheet.name} data-selection={a1(sel.r1, sel.c1)}>
      <div className="namebox" aria-label="Name box">
        <span className="addr" data-testid="name-box">
          {a1(sel.r1, sel.c1)}
        </span>
        <span className="fx">fx</span>
        <span className="formula">{formulaText(sheet.get(sel.r1, sel.c1))}</span>
      </div>
      <div className="grid" ref={scroller} tabIndex={0} role="region" aria-label={language === 'ru' ? 'Лист' : 'Sheet'}>
        <div className="canvas" ref={canvas}>
        <table style={{ width: 40 + layout.widths.reduce((n, w) => n + w, 0) }}>
          <colgroup>
            <col style={{ width: 40 }} />
            {layout.widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="corner" />
              {layout.widths.map((_, c) => (
                <th key={c} className={`ch${c >= sel.c1 && c <= sel.c2 ? ' on' : ''}`} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
        <SheetOverlays host={host} container={canvas} revision={`${revision}|${outside}|${layout.rows}|${layout.cols}`} />
        </div>
      </div>
      <div className="tabs" role="tablist">
        {host.book.sheets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sheet.id}
            className={s.id === sheet.id ? 'tab on' : 'tab'}
            onClick={() => {
              host.userActivate(s.name);
              force();
            }}
            data-testid="sheet-tab"
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

function formulaText(cell: { value: unknown; error?: string; formula?: string } | undefined): string {
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  if (cell.error) return cell.error;
  return cell.value === null || cell.value === undefined ? '' : String(cell.value);
}

/**
 * A number in a format with thousands separators («#,##0», «#,##0.0», «#,##0.0#») as Excel shows
 * it in the locale: grouped, with the format's decimals (zeros required, hashes optional).
 */
function groupedNumber(value: number, format: string, locale: string): string | null {
  const m = /^#,##0(?:\.(0*)(#*))?$/.exec(format);
  if (!m) return null;
  const required = m[1]?.length ?? 0;
  return new Intl.NumberFormat(locale, { useGrouping: true, minimumFractionDigits: required, maximumFractionDigits: required + (m[2]?.length ?? 0) }).format(value);
}

/** The cell as the grid shows it: dates in date-formatted cells as dd.mm.yyyy, grouped numbers grouped, the rest as stored. */
function displayText(cell: { value: unknown; error?: string; format?: string } | undefined, locale: string): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const grouped = typeof v === 'number' && cell.format ? groupedNumber(v, cell.format, locale) : null;
  if (grouped !== null) return grouped;
  const dateLike = cell.format !== undefined && /[dy]/i.test(cell.format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
  if (typeof v === 'number' && dateLike && v > 0 && v < 2958466) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000));
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    return `${dd}.${mm}.${date.getUTCFullYear()}`;
  }
  return String(v);
}
