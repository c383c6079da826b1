/**
 * What the add-in keeps in the workbook's settings, read and written in one sync each: the keys
 * of ignored findings, the region's profile and the user's own columns per sheet.
 */
import { FIELDS } from '../core/findings';
import type { ColumnMapping, SheetColumnMappings } from '../core/roadmap/user-columns';
import type { ExcelSession } from './session';
import type { StoredProfile } from './workbook-port';

export const IGNORED_SETTING = 'roadmapChecker.ignored';
/** The region's profile kept in the workbook: `{ json, fileName }`. */
export const PROFILE_SETTING = 'roadmapChecker.profile';
/** The user's own columns by sheet name: `{ "План": { "responsible": "F" } }` (the pane's «Столбцы»). */
export const COLUMNS_SETTING = 'roadmapChecker.columns';

export class WorkbookSettings {
  constructor(private readonly session: ExcelSession) {}

  loadIgnored(): Promise<Set<string>> {
    return this.session.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(IGNORED_SETTING).load('value');
      await this.session.syncWithSheets(context);
      if (setting.isNullObject) return new Set<string>();
      const value: unknown = setting.value;
      return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
    });
  }

  async saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    await this.session.run(async (context) => {
      context.workbook.settings.add(IGNORED_SETTING, [...keys].sort());
      await this.session.syncWithSheets(context);
    });
  }

  loadProfile(): Promise<StoredProfile | null> {
    return this.session.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(PROFILE_SETTING).load('value');
      await this.session.syncWithSheets(context);
      if (setting.isNullObject) return null;
      const value: unknown = typeof setting.value === 'string' ? safeJson(setting.value) : setting.value;
      if (!value || typeof value !== 'object' || !('json' in value)) return null;
      const stored = value as { json: unknown; fileName?: unknown };
      return { json: stored.json, fileName: typeof stored.fileName === 'string' ? stored.fileName : null };
    });
  }

  loadColumns(): Promise<SheetColumnMappings> {
    return this.session.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(COLUMNS_SETTING).load('value');
      await this.session.syncWithSheets(context);
      return setting.isNullObject ? {} : columnsFromSetting(setting.value);
    });
  }

  async saveColumns(columns: SheetColumnMappings): Promise<void> {
    await this.session.run(async (context) => {
      context.workbook.settings.add(COLUMNS_SETTING, columns);
      await this.session.syncWithSheets(context);
    });
  }

  async saveProfile(profile: StoredProfile | null): Promise<void> {
    await this.session.run(async (context) => {
      // null clears it: a setting holding null reads as "no profile", and needs no existence check.
      context.workbook.settings.add(PROFILE_SETTING, profile ? { json: profile.json, fileName: profile.fileName } : null);
      await this.session.syncWithSheets(context);
    });
  }
}

/** The columns kept in the workbook, as far as they make sense: a field's letters as text or a list of texts. */
export function columnsFromSetting(value: unknown): SheetColumnMappings {
  const out: Record<string, ColumnMapping> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [sheet, mapping] of Object.entries(value as Record<string, unknown>)) {
    if (!mapping || typeof mapping !== 'object') continue;
    const kept: Partial<Record<(typeof FIELDS)[number], string | string[]>> = {};
    for (const field of FIELDS) {
      const letters = (mapping as Record<string, unknown>)[field];
      if (typeof letters === 'string' && letters) kept[field] = letters;
      else if (Array.isArray(letters) && letters.length && letters.every((l) => typeof l === 'string')) kept[field] = letters as string[];
    }
    if (Object.keys(kept).length) out[sheet] = kept;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
