/** Every consolidation rule, in the order their findings are listed. Add a rule here and run `npm run docs`. */
import type { ConsolidationRule } from '../rule';
import { indicatorDuplicate } from './indicator-duplicate';
import { indicatorMissing } from './indicator-missing';
import { indicatorTableNotFound } from './indicator-table-not-found';
import { indicatorUnknown } from './indicator-unknown';
import { schoolMissing } from './school-missing';
import { unitMismatch } from './unit-mismatch';
import { valueColumnDuplicate } from './value-column-duplicate';
import { valueColumnMissing } from './value-column-missing';
import { valueColumnUnknown } from './value-column-unknown';
import { valueNegative } from './value-negative';
import { valueNotNumber } from './value-not-number';
import { valueNumberAsText } from './value-number-as-text';
import { valuePercentOutOfRange } from './value-percent-out-of-range';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of rules with different message types
export type AnyConsolidationRule = ConsolidationRule<any>;

export const CONSOLIDATION_RULES: readonly AnyConsolidationRule[] = [
  indicatorTableNotFound,
  indicatorMissing,
  indicatorUnknown,
  indicatorDuplicate,
  valueNotNumber,
  valueNumberAsText,
  valueNegative,
  valuePercentOutOfRange,
  unitMismatch,
  valueColumnMissing,
  valueColumnUnknown,
  valueColumnDuplicate,
  schoolMissing,
];
