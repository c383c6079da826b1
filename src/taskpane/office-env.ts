/**
 * What the pane takes from its host at start: the display language and whether Office's theme is
 * dark. Read from the global `Office` when it is there (real Excel, or the preview's memory host).
 */
import type { Language } from '../core/findings';
import { languageFromDisplay } from './i18n';

export interface OfficeEnvironment {
  language: Language;
  dark: boolean;
}

interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  /** Newer hosts say it outright. */
  isDarkTheme?: boolean;
}

interface OfficeLike {
  context?: { displayLanguage?: string; officeTheme?: OfficeThemeLike | null } | null;
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
  return { language: languageFromDisplay(displayLanguage), dark: isDarkTheme(theme) };
}

function globalOffice(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}
