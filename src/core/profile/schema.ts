/**
 * The profile: the standard structure as data. A region supplies its own as JSON; the zod schema
 * is the contract for that file and gives the messages a user sees when it is wrong.
 */
import { z } from 'zod';
import { CONFIGURABLE_RULE_IDS } from '../catalog';
import type { Field } from '../findings';
import { ColumnMappingError, columnsOfLetters } from '../roadmap/user-columns';
import { RULES_BY_ID } from '../rules';

const fieldSchema = z.object({
  /** Header words that mark the column, compared after normalisation (case, ё, spaces, PDF breaks). */
  headers: z.array(z.string().min(1)).min(1),
  required: z.boolean(),
});

const severitySetting = z.enum(['off', 'error', 'warning', 'info']);
/** A rule's entry, as in ESLint's config: a severity, or a severity and the rule's options. */
const ruleEntry = z.union([severitySetting, z.tuple([severitySetting, z.unknown()])]);

export const profileSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    fields: z.object({
      number: fieldSchema,
      name: fieldSchema,
      deadline: fieldSchema,
      responsible: fieldSchema,
      result: fieldSchema,
    }),
    /** The expected left-to-right order of the fields. */
    order: z.array(z.enum(['number', 'name', 'deadline', 'responsible', 'result'])).length(5),
    /**
     * The user's own columns, by sheet name («*»: every sheet): field → letters («C», «C+D»,
     * «E:H»). They override the recognition field by field.
     */
    columns: z
      .record(z.string(), z.partialRecord(z.enum(['number', 'name', 'deadline', 'responsible', 'result']), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])))
      .default({}),
    /** Deadline phrases judged vague in addition to the built-in policy. */
    vagueDeadlines: z.array(z.string().min(1)).default([]),
    /** Responsibles that name nobody, compared whole after normalisation. */
    vagueResponsibles: z.array(z.string().min(1)).default([]),
    /**
     * Per-rule settings, the way ESLint's config does it: a severity ("off" disables the rule), or
     * a severity and the rule's options. Keys are the catalog's rule ids.
     */
    rules: z.partialRecord(z.enum(CONFIGURABLE_RULE_IDS as [string, ...string[]]), ruleEntry).default({}),
    consolidation: z
      .object({
        /** Units whose values are averaged, never summed (matched as substrings of the normalised unit). */
        meanUnits: z.array(z.string().min(1)).default(['%', 'процент', 'доля']),
        /** Schools expected in a consolidation; the missing ones are reported as school-missing. */
        expectedSchools: z.array(z.string().min(1)).default([]),
      })
      .prefault({}),
  })
  .superRefine((profile, ctx) => {
    if (new Set(profile.order).size !== profile.order.length) {
      ctx.addIssue({ code: 'custom', path: ['order'], message: 'each field must appear once in order' });
    }
    for (const [sheet, mapping] of Object.entries(profile.columns)) {
      for (const [field, letters] of Object.entries(mapping)) {
        try {
          columnsOfLetters(field as Field, letters as string | string[]);
        } catch (error) {
          if (error instanceof ColumnMappingError) ctx.addIssue({ code: 'custom', path: ['columns', sheet, field], message: error.messages.en });
          else throw error;
        }
      }
    }
    for (const [id, entry] of Object.entries(profile.rules)) {
      if (!Array.isArray(entry)) continue;
      const schema = RULES_BY_ID.get(id)?.meta.schema;
      if (!schema) {
        ctx.addIssue({ code: 'custom', path: ['rules', id, 1], message: `the rule ${id} takes no options` });
        continue;
      }
      const options = schema(z).safeParse(entry[1]);
      if (!options.success) for (const issue of options.error.issues) ctx.addIssue({ ...issue, path: ['rules', id, 1, ...issue.path] } as never);
    }
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

export class ProfileError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid profile: ${issues.join('; ')}`);
    this.name = 'ProfileError';
  }
}

/** Validates parsed JSON as a profile; throws ProfileError listing every problem with its path. */
export function parseProfile(json: unknown): Profile {
  const result = profileSchema.safeParse(json);
  if (!result.success) {
    throw new ProfileError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return result.data;
}

/** Parses a profile file's text; a JSON syntax error is reported like a schema error. */
export function parseProfileText(text: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError([`not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseProfile(json);
}
