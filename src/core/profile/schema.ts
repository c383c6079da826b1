/**
 * The profile: the standard structure as data. A region writes only what differs from the built-in
 * default (default-profile.ts); `readProfile` validates that file against the strict zod schema
 * below — unknown keys, fields and rule ids refused — and merges it over the default. The same zod
 * schema generates docs/profile.schema.json, so an editor validates a profile as it is typed.
 *
 * Merge semantics (JSON Merge Patch, RFC 7386, without null): an object given is merged key by key
 * into the default's (`fields.deadline`, `rules`, `consolidation`); a list or a value given
 * replaces the default's whole (`fields.deadline.headers`, `order`, `vagueResponsibles`).
 */
import { z } from 'zod';
import { CONFIGURABLE_RULE_IDS, descriptorOf } from '../catalog';
import { FIELDS, type Field, type Severity } from '../findings';
import { ColumnMappingError, columnsOfLetters, type SheetColumnMappings } from '../roadmap/user-columns';
import { RULES_BY_ID } from '../rules';
import { DEFAULT_PROFILE } from './default-profile';
import { describeProblems, jsonSyntaxProblem, type ProfileProblem } from './problems';

export type { ProfileProblem } from './problems';

const FIELD_IDS = FIELDS as readonly [Field, ...Field[]];
export const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'info'] as const;
export type SeveritySetting = Severity | 'off';

/** A rule's setting, as in ESLint's config: a severity, or a severity and the rule's options. */
export type RuleEntry = SeveritySetting | [SeveritySetting, unknown];

/** The profile in force: the default with a region's changes merged in. */
export interface Profile {
  name: string;
  description?: string;
  fields: Record<Field, { headers: string[]; required: boolean }>;
  order: Field[];
  /** The user's own columns by sheet name («*»: every sheet), over the recognition field by field. */
  columns: SheetColumnMappings;
  vagueDeadlines: string[];
  vagueResponsibles: string[];
  rules: Partial<Record<string, RuleEntry>>;
  consolidation: { meanUnits: string[]; expectedSchools: string[] };
}

const words = (description: string) => z.array(z.string().min(1)).describe(description);
const severity = z.enum(SEVERITY_SETTINGS);

/** A rule's entry in the file: options only where the rule takes them (its schema in the catalog). */
function ruleEntrySchema(id: string): z.ZodType {
  const options = RULES_BY_ID.get(id)?.meta.schema;
  const title = descriptorOf(id)?.meta.docs.title.en ?? id;
  return (options ? z.union([severity, z.tuple([severity]), z.tuple([severity, options(z)])]) : z.union([severity, z.tuple([severity])])).describe(title);
}

/** A field's column letters: «C», «C+D», «E:H», or a list of them; each must name a column (A … XFD). */
function columnLetters(field: Field): z.ZodType<string | string[]> {
  return z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).superRefine((letters, ctx) => {
    try {
      columnsOfLetters(field, letters);
    } catch (error) {
      if (!(error instanceof ColumnMappingError)) throw error;
      ctx.addIssue({ code: 'custom', message: 'column-letters', params: { field } });
    }
  });
}

const fieldSchema = z
  .strictObject({
    headers: words('Header words that mark the column, compared after normalisation (case, ё, spaces, PDF breaks); replaces the default list').min(1).optional(),
    required: z.boolean().describe('Whether a missing column is an error (true) or a warning (false)').optional(),
  })
  .describe('A field: its header words and whether it is required');

/** The profile file as a region writes it: every key optional, none unknown. */
export const profileFileSchema = z
  .strictObject({
    $schema: z.string().describe('The JSON Schema an editor validates this file with').optional(),
    name: z.string().min(1).describe("The profile's name, shown in the pane and the verdict").optional(),
    description: z.string().optional(),
    fields: z
      .strictObject(Object.fromEntries(FIELD_IDS.map((f) => [f, fieldSchema.optional()])) as Record<Field, z.ZodOptional<typeof fieldSchema>>)
      .describe('The five fields; a field given is merged into the default one')
      .optional(),
    order: z
      .array(z.enum(FIELD_IDS))
      .length(5)
      .superRefine((order, ctx) => {
        const repeated = order.find((f, i) => order.indexOf(f) !== i);
        if (repeated) ctx.addIssue({ code: 'custom', message: 'order-repeats', params: { field: repeated } });
      })
      .describe('The expected left-to-right order of the five fields, each once')
      .optional(),
    columns: z
      .record(
        z.string(),
        z
          .strictObject(Object.fromEntries(FIELD_IDS.map((f) => [f, columnLetters(f).optional()])) as Record<Field, z.ZodOptional<z.ZodType<string | string[]>>>)
          .describe('Field → column letters on this sheet: "C", "C+D" (a start and an end), "E:H" (a plan-graph\'s periods)'),
      )
      .describe('The user\'s own columns, by sheet name ("*": every sheet); they override the recognition field by field')
      .optional(),
    vagueDeadlines: words('Deadline phrases judged vague in addition to the built-in policy').optional(),
    vagueResponsibles: words('Responsibles that name nobody, compared whole after normalisation; replaces the default list').optional(),
    rules: z
      .strictObject(Object.fromEntries(CONFIGURABLE_RULE_IDS.map((id) => [id, ruleEntrySchema(id).optional()])))
      .describe('Per-rule settings, as in ESLint: "off", "error", "warning", "info", or [severity, options]; merged into the defaults')
      .optional(),
    consolidation: z
      .strictObject({
        meanUnits: words('Units whose values are averaged, never summed (substrings of the normalised unit); replaces the default list').optional(),
        expectedSchools: words('Schools expected in a consolidation; the missing ones are reported as school-missing').optional(),
      })
      .optional(),
  });

export type ProfileFile = z.input<typeof profileFileSchema>;

/** The name of a profile that changes the default but gives no name of its own. */
export const UNNAMED_PROFILE = `${DEFAULT_PROFILE.name}, с изменениями`;

/** A valid profile file merged over the built-in default (lists replace, objects merge). */
export function mergeProfile(file: ProfileFile): Profile {
  const fields = Object.fromEntries(FIELD_IDS.map((f) => [f, { ...DEFAULT_PROFILE.fields[f], ...file.fields?.[f] }])) as Profile['fields'];
  return {
    name: file.name ?? UNNAMED_PROFILE,
    ...(file.description !== undefined ? { description: file.description } : {}),
    fields,
    order: file.order ? [...file.order] : DEFAULT_PROFILE.order,
    columns: { ...DEFAULT_PROFILE.columns, ...(file.columns as SheetColumnMappings | undefined) },
    vagueDeadlines: file.vagueDeadlines ?? DEFAULT_PROFILE.vagueDeadlines,
    vagueResponsibles: file.vagueResponsibles ?? DEFAULT_PROFILE.vagueResponsibles,
    rules: { ...DEFAULT_PROFILE.rules, ...(file.rules as Profile['rules'] | undefined) },
    consolidation: { ...DEFAULT_PROFILE.consolidation, ...file.consolidation },
  };
}

export type ProfileRead = { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] };

/** Validates parsed JSON as a profile file and merges it over the default, or lists every problem. */
export function readProfile(json: unknown): ProfileRead {
  const result = profileFileSchema.safeParse(json);
  if (result.success) return { ok: true, profile: mergeProfile(result.data) };
  return { ok: false, problems: describeProblems(result.error.issues, json) };
}

/** A profile file's text (a UTF-8 BOM allowed): a JSON syntax error is a problem like any other. */
export function readProfileText(text: string): ProfileRead {
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(source, error)] };
  }
  return readProfile(json);
}

export class ProfileError extends Error {
  constructor(readonly problems: readonly ProfileProblem[]) {
    super(`Invalid profile: ${problems.map((p) => p.message.en).join('; ')}`);
    this.name = 'ProfileError';
  }

  /** Each problem in a language. */
  messages(language: 'ru' | 'en'): string[] {
    return this.problems.map((p) => p.message[language]);
  }
}

/** Validates and merges, or throws a ProfileError listing every problem. */
export function parseProfile(json: unknown): Profile {
  const read = readProfile(json);
  if (!read.ok) throw new ProfileError(read.problems);
  return read.profile;
}

export function parseProfileText(text: string): Profile {
  const read = readProfileText(text);
  if (!read.ok) throw new ProfileError(read.problems);
  return read.profile;
}
