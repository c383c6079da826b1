/**
 * The user's own mapping of columns to fields, because no recogniser is perfect: «number=A,
 * name=B, deadline=C+D, responsible=F» on the command line, the same as an object in a profile
 * (per sheet name, or «*» for every sheet), or chosen field by field in the pane's «Столбцы».
 * A deadline may take several columns: «C+D» (a start and an end) or «E:H» (a plan-graph's periods).
 */
import { columnIndex } from '../address';
import type { Localized } from '../descriptor';
import { FIELDS, type Field } from '../findings';
import type { UserColumns } from './header';

/** Letters per field as users write them: «C», «C+D», «E:H», or a list of letters. */
export type ColumnMapping = Partial<Record<Field, string | readonly string[]>>;

/** Mappings by sheet name; «*» applies to every sheet. */
export type SheetColumnMappings = Readonly<Record<string, ColumnMapping>>;

export class ColumnMappingError extends Error {
  constructor(readonly messages: Localized) {
    super(messages.en);
    this.name = 'ColumnMappingError';
  }
}

const FIELD_WORDS: Record<Field, string> = { number: '№ п/п', name: 'Мероприятие', deadline: 'Срок', responsible: 'Ответственный', result: 'Результат' };

/** Excel's last column, XFD. */
const LAST_COLUMN = 16_383;

/** A column's 0-based index from its letters (A … XFD), or -1. */
function letterIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  const index = columnIndex(letters);
  return index <= LAST_COLUMN ? index : -1;
}

/** The columns one field's letters name, 0-based, in order; throws on a letter that names no column. */
export function columnsOfLetters(field: Field, letters: string | readonly string[]): number[] {
  const items = typeof letters === 'string' ? letters.split('+') : letters;
  const cols: number[] = [];
  for (const item of items) {
    const [from, to] = item.trim().toUpperCase().split(':');
    const a = letterIndex(from ?? '');
    const b = to === undefined ? a : letterIndex(to);
    if (a < 0 || b < 0 || b < a) {
      throw new ColumnMappingError({
        ru: `Поле «${FIELD_WORDS[field]}» (${field}): «${item}» — не буква столбца; пример: ${field}=C, deadline=C+D, deadline=E:H.`,
        en: `Field «${field}»: «${item}» is not a column letter; for example ${field}=C, deadline=C+D, deadline=E:H.`,
      });
    }
    for (let c = a; c <= b; c++) cols.push(c);
  }
  return cols;
}

/** «number=A,name=B,deadline=C+D,responsible=F» as a mapping; unknown fields and bad letters are refused. */
export function parseColumnMapping(text: string): ColumnMapping {
  const mapping: Partial<Record<Field, string>> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, letters] = pair.split('=').map((p) => p.trim());
    if (!(FIELDS as readonly string[]).includes(name) || !letters) {
      throw new ColumnMappingError({
        ru: `«${pair}»: ожидается поле=столбец, поля: ${FIELDS.join(', ')}; пример: number=A,name=B,deadline=C,responsible=D.`,
        en: `«${pair}»: field=column expected, fields: ${FIELDS.join(', ')}; for example number=A,name=B,deadline=C,responsible=D.`,
      });
    }
    columnsOfLetters(name as Field, letters);
    mapping[name as Field] = letters;
  }
  return mapping;
}

/** The mapping that applies to a sheet: the profile's «*», then its own sheet's, then the caller's (the command line, the pane). */
export function userColumnsFor(sheet: string, profile: SheetColumnMappings | undefined, own: ColumnMapping | undefined): UserColumns {
  const merged: ColumnMapping = { ...profile?.['*'], ...profile?.[sheet], ...own };
  const out: Partial<Record<Field, number[]>> = {};
  for (const field of FIELDS) {
    const letters = merged[field];
    if (letters !== undefined && letters.length > 0) out[field] = columnsOfLetters(field, letters);
  }
  return out;
}
