/** Paths and loaders for test/fixtures/corpus, the real-shaped workbooks with their truth files. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readWorkbook, type WorkbookGrids } from '../../src/workbook/read-workbook';

export const CORPUS_DIR = path.resolve(__dirname, '..', 'fixtures', 'corpus');
/** Microsoft's Office add-in manifest schemas, for offline validation with xmllint. */
export const MANIFEST_SCHEMA_DIR = path.resolve(__dirname, '..', 'fixtures', 'schemas', 'office-addin-manifest');

export interface TruthEvent {
  row: number;
  number: string;
  deadlineText: string;
  deadlineClass: 'missing' | 'vague' | 'concrete';
  responsibleText: string;
  responsibleMissing: boolean;
  mergedWithAbove: boolean;
  responsibleMergedWithAbove?: boolean;
  responsibleDitto?: boolean;
}

export interface TruthSheet {
  sheet: string;
  headerRow: number;
  columns: Record<string, string>;
  planPeriod: [number | null, number | null];
  sections: number;
  events: TruthEvent[];
}

export interface Truth {
  file: string;
  nonRoadmapSheets?: string[];
  sheets: TruthSheet[];
}

export interface CorpusCase {
  name: string;
  xlsx: string;
  truth: Truth;
}

export function corpusCases(set: 'seeds' | 'variants'): CorpusCase[] {
  const dir = path.join(CORPUS_DIR, set);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Truth;
      return { name: truth.file, xlsx: path.join(dir, truth.file), truth };
    });
}

export function loadWorkbook(file: string): WorkbookGrids {
  return readWorkbook(new Uint8Array(fs.readFileSync(file)), file);
}
