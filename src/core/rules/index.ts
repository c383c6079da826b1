/** Every roadmap rule, in the order their findings are grouped and listed. Add a rule here and run `npm run docs`. */
import { columnDuplicate } from './column-duplicate';
import { columnMappingOutside } from './column-mapping-outside';
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
import type { RoadmapRule } from './rule';

/**
 * The rules as the engine runs them: each keeps its own message and option types where it is
 * declared; here they are one list.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of rules with different message and option types
export type AnyRoadmapRule = RoadmapRule<any, any, any>;

export const RULES: readonly AnyRoadmapRule[] = [
  headerNotFound,
  columnMissing,
  columnOrder,
  columnDuplicate,
  columnMappingOutside,
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

export const RULES_BY_ID: ReadonlyMap<string, AnyRoadmapRule> = new Map(RULES.map((r) => [r.id, r]));
