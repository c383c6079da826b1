/**
 * What the add-in keeps in the workbook's settings, read and written in one sync each: the keys
 * of ignored findings and the region's profile.
 */
import type { ExcelSession } from './session';
import type { StoredProfile } from './workbook-port';

export const IGNORED_SETTING = 'roadmapChecker.ignored';
/** The region's profile kept in the workbook: `{ json, fileName }`. */
export const PROFILE_SETTING = 'roadmapChecker.profile';

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

  async saveProfile(profile: StoredProfile | null): Promise<void> {
    await this.session.run(async (context) => {
      // null clears it: a setting holding null reads as "no profile", and needs no existence check.
      context.workbook.settings.add(PROFILE_SETTING, profile ? { json: profile.json, fileName: profile.fileName } : null);
      await this.session.syncWithSheets(context);
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
