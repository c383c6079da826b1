/** The engine's entry point: a sheet's grid and a profile in, the sheet's report out. */
import type { Grid } from './grid';
import type { Language, SheetReport } from './findings';
import type { Profile } from './profile/schema';
import { DEFAULT_PROFILE } from './profile/default-profile';

export interface CheckOptions {
  profile?: Profile;
  language?: Language;
}

export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetReport {
  void grid;
  void (options.profile ?? DEFAULT_PROFILE);
  throw new Error('checkSheet: being implemented in this change');
}

export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): SheetReport[] {
  return grids.map((g) => checkSheet(g, options));
}
