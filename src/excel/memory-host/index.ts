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
  type DispatchedEvent,
  type MemoryHostOptions,
  type MemoryOfficeOptions,
  type SyncRecord,
  type WorkbookSnapshot,
} from './host';
export { MemoryOfficeError, isMemoryOfficeError, type MemoryErrorCode } from './errors';
export type { CellState, FillState, HyperlinkState } from './model';
export type { WorksheetChangedArgs } from './api';
