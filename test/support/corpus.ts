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

/** Every `*.truth.json` of a folder, in name order, with the path of the workbook it describes. */
export function readTruthFiles<T extends { file: string }>(dir: string): Array<{ truth: T; xlsx: string }> {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as T;
      return { truth, xlsx: path.join(dir, truth.file) };
    });
}

export function corpusCases(set: 'seeds' | 'variants'): CorpusCase[] {
  return readTruthFiles<Truth>(path.join(CORPUS_DIR, set)).map(({ truth, xlsx }) => ({ name: truth.file, xlsx, truth }));
}

export function loadWorkbook(file: string): WorkbookGrids {
  return readWorkbook(new Uint8Array(fs.readFileSync(file)), file);
}
