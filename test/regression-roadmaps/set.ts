/**
 * The regression set: workbooks a new user would send, none of them from the corpus. Each entry
 * builds one workbook (cells, merges, date cells) and, for its roadmap sheets, the truth.
 */
import type { RegressionWorkbook } from './builder';
import {
  dittoPlanHeaderAtTop,
  libraryPlanShuffled,
  municipalOrderWithRoadmap,
  pdfDamagedPlan,
  schoolUpbringingPlan,
  summerCampaignTwoRowHeader,
  unnumberedStagesPlan,
} from './roadmaps-a';
import {
  developmentProgramWorkbook,
  directiveWithAppendix,
  examReadinessPlan,
  executorsTwoRowHeader,
  longTermCareerPlan,
  methodicalSupportSubRows,
} from './roadmaps-b';
import { lyceumPlanExcelNumbers, methodCentreYearPlan, municipalProgramFinancing, schoolOrderLineBreakHeader } from './roadmaps-c';

export const HELDOUT_BUILDERS: ReadonlyArray<() => RegressionWorkbook> = [
  schoolUpbringingPlan,
  municipalOrderWithRoadmap,
  summerCampaignTwoRowHeader,
  pdfDamagedPlan,
  libraryPlanShuffled,
  dittoPlanHeaderAtTop,
  unnumberedStagesPlan,
  methodicalSupportSubRows,
  developmentProgramWorkbook,
  directiveWithAppendix,
  examReadinessPlan,
  executorsTwoRowHeader,
  longTermCareerPlan,
  municipalProgramFinancing,
  lyceumPlanExcelNumbers,
  schoolOrderLineBreakHeader,
  methodCentreYearPlan,
];
