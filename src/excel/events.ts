/**
 * The user's edits, for the live re-check: Excel's WorksheetChanged events, debounced, with the
 * add-in's own writes left out.
 *
 * Own writes are told apart without timing. Excel flags them (`triggerSource`, ExcelApi 1.14).
 * On an older host, where it does not, the add-in's writes reach no sheet but its report sheet
 * and the sheets it adds (highlights are conditional formats: no WorksheetChanged at all), so
 * every event on any other sheet is the user's — however soon after one of ours it comes. The
 * report sheet is never the user's plan. A sheet added by `addSheets` (a new plan) may give one
 * re-check of it on such a host: harmless, and no edit of the user's is ever lost.
 */
import type { ExcelSession } from './session';
import type { SheetChange } from './workbook-port';

export class EditWatcher {
  constructor(private readonly session: ExcelSession) {}

  async onUserEdit(callback: (change: SheetChange) => void, debounceMs = 500): Promise<() => Promise<void>> {
    const pending = new Map<string, string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const flush = async (): Promise<void> => {
      timer = undefined;
      const changes = [...pending];
      pending.clear();
      let byId = new Map((this.session.sheets ?? []).map((s) => [s.id, s.name]));
      if (changes.some(([id]) => !byId.has(id))) byId = new Map((await this.session.refreshSheets()).map((s) => [s.id, s.name]));
      for (const [id, address] of changes) {
        const sheet = byId.get(id);
        if (active && sheet && id !== this.session.reportSheetId) callback({ sheet, address });
      }
    };
    const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (!active || event.triggerSource === 'ThisLocalAddin') return;
      pending.set(event.worksheetId, event.address);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => undefined), debounceMs);
    };
    const registration = await this.session.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await this.session.syncWithSheets(context);
      return result;
    });
    return async () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await this.session.excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}
