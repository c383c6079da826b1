/** The annotated copy of a checked workbook (see README.md). */
export {
  annotateWorkbook,
  freeSheetName,
  REPORT_SHEET_NAME,
  type AnnotatedFinding,
  type AnnotatedWorkbook,
  type AnnotateOptions,
  type ConvertedFormat,
} from './annotate';
export { SEVERITY_FILL } from './styles';
