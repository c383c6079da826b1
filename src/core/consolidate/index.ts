/** Consolidation of school indicator tables: the public surface for the command line and the pane. */
export * from './types';
export { CONSOLIDATION_RULES } from './rules';
export { Consolidator, TemplateError, consolidate } from './consolidate';
export { findIndicatorTable, findIndicatorTables } from './table-finder';
export { readValue, parseNumberText, isPercentFormat } from './value-reader';
export { parseColumnKey, classifyHeader, indicatorKey, canonicalUnit, displayNames } from './matcher';
export { aggregate, exactSum } from './aggregate';
export { SUMMARY_SHEETS, SUMMARY_WORDS, summaryTables, indicatorChartData, schoolLabel, type SheetTable, type TableCell, type SummaryTables, type IndicatorChartData } from './summary-tables';
export { parseSchoolList } from './school-list';
export { findSchoolTables, indicatorTablesOf, type SchoolTables, type TableData } from './school-tables';
