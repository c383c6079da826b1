/**
 * What the preview draws over its grid, as Excel would: the sheet's charts (clustered columns in
 * SVG, from the memory host's chart model, placed over the cells setPosition named) and the input
 * prompt of the selected cell's data validation (the light-yellow hint box). Text as text.
 */
import * as React from 'react';
import { a1 } from '../core/address';
import type { MemoryHost } from '../excel/memory-host';

const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The box of cells [from, to] inside `container`, from the rendered table; null when they are not drawn. */
function cellsBox(container: HTMLElement, from: string, to: string): Box | null {
  const a = container.querySelector<HTMLElement>(`td[data-cell="${from}"]`);
  const b = container.querySelector<HTMLElement>(`td[data-cell="${to}"]`) ?? a;
  if (!a || !b) return null;
  const base = container.getBoundingClientRect();
  const ra = a.getBoundingClientRect();
  const rb = b.getBoundingClientRect();
  return { left: ra.left - base.left, top: ra.top - base.top, width: rb.right - ra.left, height: rb.bottom - ra.top };
}

export function SheetOverlays({ host, container, revision }: { host: MemoryHost; container: React.RefObject<HTMLDivElement | null>; revision: string }): React.JSX.Element {
  const [boxes, setBoxes] = React.useState<{ charts: Array<Box | null>; prompt: Box | null }>({ charts: [], prompt: null });
  const sheet = host.book.activeSheet;
  const charts = host.charts(sheet.name);
  const sel = sheet.selection;
  const selected = a1(sel.r1, sel.c1);
  const validation = host.validation(sheet.name, selected);
  const prompt = validation?.prompt?.showPrompt && (validation.prompt.title || validation.prompt.message) ? validation.prompt : null;

  React.useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const chartBoxes = sheet.charts.map((c) => {
      const from = c.anchor?.from;
      if (!from) return null;
      const to = c.anchor?.to ?? from;
      const box = cellsBox(el, a1(from.r1, from.c1), a1(to.r2, to.c2));
      return box ? { ...box, width: Math.max(box.width, 320), height: Math.max(box.height, 220) } : null;
    });
    const cell = prompt ? cellsBox(el, selected, selected) : null;
    setBoxes({ charts: chartBoxes, prompt: cell ? { left: cell.left + Math.min(cell.width, 60), top: cell.top + cell.height + 2, width: 0, height: 0 } : null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision, selected, sheet.id, charts.length, prompt?.title, prompt?.message]);

  return (
    <>
      {charts.map((chart, i) => {
        const box = boxes.charts[i];
        if (!box) return null;
        return (
          <div key={chart.id} className="chart" style={{ left: box.left, top: box.top, width: box.width, height: box.height }} data-testid="chart-view" data-title={chart.title}>
            <ColumnChart title={chart.title} series={chart.series} width={box.width} height={box.height} />
          </div>
        );
      })}
      {prompt && boxes.prompt && (
        <div className="prompt" style={{ left: boxes.prompt.left, top: boxes.prompt.top }} data-testid="validation-prompt" role="tooltip">
          {prompt.title && <strong>{prompt.title}</strong>}
          {prompt.message && <span>{prompt.message}</span>}
        </div>
      )}
    </>
  );
}

function ColumnChart({ title, series, width, height }: { title: string; series: Array<{ name: string; categories: string[]; values: Array<number | null> }>; width: number; height: number }): React.JSX.Element {
  const categories = series[0]?.categories ?? [];
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const step = niceStep(max / 4);
  // The title whole, as Excel wraps it: as many 15 px lines as it takes at about 6.5 px a character.
  const titleLines = Math.max(1, Math.ceil((title.length * 6.5) / Math.max(60, width - 24)));
  const titleHeight = titleLines * 15 + 6;
  const top = titleHeight + 14;
  const left = 44;
  const bottom = categories.length && plotWidthOf(width) / categories.length < 48 ? 86 : 62;
  const plotW = width - left - 12;
  const plotH = height - top - bottom;
  const scaleMax = Math.ceil(max / step) * step;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.max(1, (groupW * 0.75) / Math.max(1, series.length));
  const y = (v: number) => top + plotH - (v / scaleMax) * plotH;
  return (
    <svg width={width} height={height} role="img" aria-label={title}>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#fff" stroke="#d9d9d9" />
      <foreignObject x={8} y={4} width={width - 16} height={titleHeight}>
        <div className="chart-title" data-testid="chart-title">
          {title}
        </div>
      </foreignObject>
      {Array.from({ length: Math.round(scaleMax / step) + 1 }, (_, i) => i * step).map((v) => (
        <g key={v}>
          <line x1={left} x2={left + plotW} y1={y(v)} y2={y(v)} stroke="#e6e6e6" />
          <text x={left - 4} y={y(v) + 3} fontSize={9} textAnchor="end" fill="#595959">
            {v}
          </text>
        </g>
      ))}
      {categories.map((cat, i) => (
        <g key={i}>
          {series.map((s, j) => {
            const v = s.values[i] ?? 0;
            return <rect key={j} x={left + i * groupW + groupW * 0.125 + j * barW} y={y(v)} width={barW} height={top + plotH - y(v)} fill={PALETTE[j % PALETTE.length]} />;
          })}
          {groupW >= 48 ? (
            <text x={left + i * groupW + groupW / 2} y={top + plotH + 11} fontSize={8} textAnchor="middle" fill="#595959">
              {cat.length > 12 ? `${cat.slice(0, 11)}…` : cat}
            </text>
          ) : (
            <text transform={`translate(${left + i * groupW + groupW / 2}, ${top + plotH + 6}) rotate(-40)`} fontSize={8} textAnchor="end" fill="#595959">
              {cat.length > 14 ? `${cat.slice(0, 13)}…` : cat}
            </text>
          )}
        </g>
      ))}
      {series.map((s, j) => (
        <g key={j} transform={`translate(${left + (j % 3) * (plotW / 3)}, ${height - 30 + Math.floor(j / 3) * 12})`}>
          <rect width={8} height={8} fill={PALETTE[j % PALETTE.length]} />
          <text x={11} y={8} fontSize={9} fill="#404040">
            {s.name}
          </text>
        </g>
      ))}
    </svg>
  );
}

function plotWidthOf(width: number): number {
  return width - 44 - 12;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}
