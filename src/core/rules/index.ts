/** Every roadmap rule, in the order their findings are listed. Add a rule here and run `npm run catalog`. */
import { columnDuplicate } from './column-duplicate';
import { columnMissing } from './column-missing';
import { columnOrder } from './column-order';
import { deadlineMissing } from './deadline-missing';
import { deadlineOutsidePeriod } from './deadline-outside-period';
import { deadlineVague } from './deadline-vague';
import { headerNotFound } from './header-not-found';
import { nameMissing } from './name-missing';
import { numberDuplicate } from './number-duplicate';
import { numberSequence } from './number-sequence';
import { resultMissing } from './result-missing';
import { responsibleMissing } from './responsible-missing';
import { responsibleVague } from './responsible-vague';
import { rowFragment } from './row-fragment';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  headerNotFound,
  columnMissing,
  columnOrder,
  columnDuplicate,
  responsibleMissing,
  responsibleVague,
  deadlineMissing,
  deadlineVague,
  deadlineOutsidePeriod,
  nameMissing,
  resultMissing,
  numberDuplicate,
  numberSequence,
  rowFragment,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
