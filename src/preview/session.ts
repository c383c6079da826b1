/**
 * One workbook open in the preview: Microsoft's Excel runtime — `excel-web-16.00.js`, served
 * beside the page and loaded by preview.html before this bundle — answered by the in-memory
 * Excel, and the pane's port on it. The host is exposed as `window.__memoryHost` so a person
 * (devtools) or the e2e test can look at the selection, fills and sheets.
 */
import type { Language } from '../core/findings';
import type { Grid } from '../core/grid';
import { MemoryHost } from '../excel/memory-host/host';
import { type RuntimeGlobal, WiredRuntime } from '../excel/memory-host/runtime';
import { OfficeWorkbook } from '../excel/office-workbook';

export interface PreviewSession {
  id: number;
  host: MemoryHost;
  port: OfficeWorkbook;
  language: Language;
  fileName: string;
}

const LIGHT = { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000', isDarkTheme: false };
const DARK = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#333333', controlForegroundColor: '#FFFFFF', isDarkTheme: true };

let nextId = 1;
/** The page's one runtime: each session connects it to its own workbook. */
let runtime: WiredRuntime | undefined;

export function openSession(grids: readonly Grid[], fileName: string, language: Language, dark: boolean, activeSheet?: string): PreviewSession {
  runtime ??= new WiredRuntime(window as unknown as RuntimeGlobal);
  const host = new MemoryHost(runtime, grids, {
    displayLanguage: language === 'ru' ? 'ru-RU' : 'en-US',
    officeTheme: dark ? DARK : LIGHT,
    activeSheet: activeSheet && grids.some((g) => g.name === activeSheet) ? activeSheet : undefined,
  });
  (window as unknown as { __memoryHost: MemoryHost }).__memoryHost = host;
  return { id: nextId++, host, port: new OfficeWorkbook(), language, fileName };
}
