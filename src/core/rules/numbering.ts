/** Walks a roadmap's numbered events section by section, for the numbering rules. */
import { numberParts, type RoadmapModel, type RoadmapRow } from '../roadmap/model';

export interface NumberedEvent {
  row: RoadmapRow;
  parts: number[];
  /** numberKey(parts), made once: both numbering rules compare and print it. */
  key: string;
  /** The section the event stands in: its index among sections, and the number in its title. */
  sectionIndex: number;
  sectionNumber: number | undefined;
}

export function numberedEvents(model: RoadmapModel): readonly NumberedEvent[] {
  const cached = NUMBERED.get(model);
  if (cached && cached.source === model.rows && cached.length === model.rows.length) return cached.events;
  const events = collect(model);
  NUMBERED.set(model, { source: model.rows, length: model.rows.length, events });
  return events;
}

/** Both numbering rules walk the same events: collected once per model. */
const NUMBERED = new WeakMap<RoadmapModel, { source: RoadmapRow[]; length: number; events: NumberedEvent[] }>();

function collect(model: RoadmapModel): NumberedEvent[] {
  const out: NumberedEvent[] = [];
  let sectionIndex = 0;
  let sectionNumber: number | undefined;
  for (const row of model.rows) {
    if (row.kind === 'section') {
      // The second half of a title broken in two keeps the first half's section.
      if (row.continuesPrevious) continue;
      sectionIndex += 1;
      sectionNumber = row.sectionNumber;
    } else if (row.kind === 'event') {
      const parts = numberParts(row.number);
      if (parts) out.push({ row, parts, key: numberKey(parts), sectionIndex, sectionNumber });
    }
  }
  return out;
}

export function numberKey(parts: readonly number[]): string {
  return parts.join('.');
}
