/**
 * A faithful in-memory Excel host for tests and the browser preview. See `host.ts` for the
 * host (createMemoryHost / installMemoryOffice) and `api.ts` for the Office.js semantics.
 */
export {
  EXCEL_PAYLOAD_LIMIT,
  MemoryHost,
  buildOffice,
  createMemoryHost,
  installMemoryOffice,
  uninstallMemoryOffice,
  type ChartView,
  type DispatchedEvent,
  type MemoryHostOptions,
  type MemoryOfficeOptions,
  type SyncRecord,
  type WorkbookSnapshot,
} from './host';
export { MemoryOfficeError, isMemoryOfficeError, type MemoryErrorCode } from './errors';
export type { CellState, ChartState, FillState, HyperlinkState, ValidationState } from './model';
export type { WorksheetChangedArgs } from './api';
