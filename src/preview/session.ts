/**
 * One workbook open in the preview: the in-memory Excel host installed as the page's `Office` /
 * `Excel` globals, and the pane's port on it. The host is exposed as `window.__memoryHost` so a
 * person (devtools) or the e2e test can look at the selection, fills and sheets.
 */
import type { Language } from '../core/findings';
import type { Grid } from '../core/grid';
import { installMemoryOffice, type MemoryHost } from '../excel/memory-host';
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

export function openSession(grids: readonly Grid[], fileName: string, language: Language, dark: boolean, activeSheet?: string): PreviewSession {
  const host = installMemoryOffice(window, grids, {
    displayLanguage: language === 'ru' ? 'ru-RU' : 'en-US',
    officeTheme: dark ? DARK : LIGHT,
    activeSheet: activeSheet && grids.some((g) => g.name === activeSheet) ? activeSheet : undefined,
  });
  (window as unknown as { __memoryHost: MemoryHost }).__memoryHost = host;
  return { id: nextId++, host, port: new OfficeWorkbook(), language, fileName };
}
