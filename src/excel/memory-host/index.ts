/**
 * The in-memory Excel for Node (jest, the bench): Microsoft's runtime loaded in a `vm` context
 * (`node-runtime.ts`) and answered by the server over the workbook model. The browser preview
 * builds its host from `host.ts` with the runtime its page loaded.
 */
import type { Grid } from '../../core/grid';
import { MemoryHost, type MemoryHostOptions } from './host';
import { loadNodeRuntime } from './node-runtime';

export {
  EXCEL_PAYLOAD_LIMIT,
  MemoryHost,
  type ChartView,
  type ConditionalFormatView,
  type DispatchedEvent,
  type MemoryHostOptions,
  type SyncRecord,
  type WorkbookSnapshot,
} from './host';
export { ExcelError } from './errors';
export type { CellState, ChartState, FillState, HyperlinkState, ValidationState } from './model';

/** A host over the grids, with its own copy of Microsoft's runtime. */
export function createMemoryHost(grids: readonly Grid[], options: MemoryHostOptions = {}): MemoryHost {
  return new MemoryHost(loadNodeRuntime(), grids, options);
}

type OfficeGlobals = { Office?: unknown; Excel?: unknown; OfficeExtension?: unknown };

/** Puts the host's `Excel`, `OfficeExtension` and `Office` on `target` (e.g. `globalThis`), as a task pane sees them. */
export function installMemoryOffice(target: OfficeGlobals, grids: readonly Grid[], options: MemoryHostOptions = {}): MemoryHost {
  const host = createMemoryHost(grids, options);
  target.Excel = host.Excel;
  target.OfficeExtension = host.OfficeExtension;
  target.Office = host.runtime.global.Office;
  return host;
}

/** Removes what installMemoryOffice put on `target`. */
export function uninstallMemoryOffice(target: OfficeGlobals): void {
  delete target.Office;
  delete target.Excel;
  delete target.OfficeExtension;
}
