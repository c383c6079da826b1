/**
 * What the pane takes from its host at start: the display language, whether Office's theme is
 * dark, and whether the host has the Excel API the add-in needs. Read from the global `Office`
 * when it is there (real Excel, or the preview's in-memory Excel).
 */
import type { Language } from '../core/findings';
import { languageFromDisplay } from './i18n';

export interface OfficeEnvironment {
  language: Language;
  dark: boolean;
  /** The requirement set the host lacks, e.g. "ExcelApi 1.13"; absent when it has what the add-in needs. */
  missingApi?: string;
}

/** What the add-in needs: conditional formats on several areas, merged areas, WorksheetChanged… (the manifest asks for the same). */
export const REQUIRED_API = { name: 'ExcelApi', version: '1.13' } as const;

/** The pane's whole text on a host without the Excel API it needs. */
export function unsupportedHostMessage(language: Language, missing: string): string {
  return language === 'ru'
    ? `Эта версия Excel не поддерживает ${missing}, без которого надстройка не работает. Откройте книгу в Excel для Microsoft 365, Excel 2021 или новее, или в Excel в Интернете; файлы можно проверить и программой командной строки roadmap-checker.`
    : `This version of Excel lacks ${missing}, which the add-in needs. Open the workbook in Excel for Microsoft 365, Excel 2021 or later, or Excel on the web; files can also be checked with the roadmap-checker command line.`;
}

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  /** Newer hosts say it outright. */
  isDarkTheme?: boolean;
}

interface OfficeLike {
  context?: {
    displayLanguage?: string;
    officeTheme?: OfficeThemeLike | null;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean } | null;
  } | null;
}

/**
 * True for a dark Office theme: as the host says (`isDarkTheme`), else when the body background
 * is dark — lightness L* below 50, i.e. relative luminance below 0.18.
 */
export function isDarkTheme(theme: OfficeThemeLike | null | undefined): boolean {
  if (typeof theme?.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const rgb = parseColor(theme?.bodyBackgroundColor);
  if (!rgb) return false;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

function parseColor(color: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? '').trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

export function readOfficeEnvironment(office: OfficeLike | undefined = globalOffice()): OfficeEnvironment {
  let displayLanguage: string | undefined;
  let theme: OfficeThemeLike | null | undefined;
  try {
    displayLanguage = office?.context?.displayLanguage;
    theme = office?.context?.officeTheme;
  } catch {
    // Some hosts throw on officeTheme outside Office apps that support it.
  }
  const missing = missingApi(office);
  return { language: languageFromDisplay(displayLanguage), dark: isDarkTheme(theme), ...(missing ? { missingApi: missing } : {}) };
}

/** The requirement set the host lacks, as Office itself answers; null when it has it (or cannot say: outside Office). */
function missingApi(office: OfficeLike | undefined): string | null {
  const requirements = office?.context?.requirements;
  if (!requirements) return null;
  return requirements.isSetSupported(REQUIRED_API.name, REQUIRED_API.version) ? null : `${REQUIRED_API.name} ${REQUIRED_API.version}`;
}

function globalOffice(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}
