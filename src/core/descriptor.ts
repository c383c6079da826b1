/**
 * One shape for every code the product reports — roadmap rules, consolidation checks, files that
 * cannot be read, sheets too large to read — the way ESLint describes its rules: an id, and `meta`
 * with the kind of problem, the docs (title, description, how to fix it), the default severity, the
 * messages by typed id in Russian and English, and, where the rule takes options, their schema.
 * The catalog (catalog.ts) lists every descriptor; the docs, the pane's titles and order and the
 * profile's JSON Schema are generated from it. Ids are an interface: never rename one.
 */
import type { Language, Severity } from './findings';

export interface Localized {
  ru: string;
  en: string;
}

/**
 * ESLint's rule types, read for this product: a `problem` is wrong and will be returned by a
 * reviewer (or keeps data out of the totals); a `suggestion` is something to improve; `layout` is
 * about the table's form rather than its content.
 */
export type FindingType = 'problem' | 'suggestion' | 'layout';

/** Where a code is raised: on a roadmap sheet, in a consolidation, or about a file as a whole. */
export type FindingDomain = 'roadmap' | 'consolidation' | 'file';

export interface FindingDocs {
  /** A short title: the pane's group heading and the report sheet's column. */
  title: Localized;
  /** When the code is raised. */
  description: Localized;
  /** What the user does about it. */
  fix: Localized;
}

export type Messages = Readonly<Record<string, Localized>>;

/**
 * A rule's options schema, made with the zod the caller passes in: the profile loader (which has
 * zod) validates a rule's options with it, and the engine itself never loads zod.
 */
export type OptionsSchema = (z: typeof import('zod').z) => import('zod').ZodType;

export interface FindingMeta<M extends Messages> {
  type: FindingType;
  docs: FindingDocs;
  severity: Severity;
  messages: M;
  schema?: OptionsSchema;
}

export interface FindingDescriptor<M extends Messages = Messages> {
  id: string;
  domain: FindingDomain;
  meta: FindingMeta<M>;
}

/** The {placeholder} names of a message template, as a union of string literal types. */
export type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Placeholders<Rest> : never;

type DataOf<L extends Localized> = [Placeholders<L['ru']> | Placeholders<L['en']>] extends [never]
  ? { data?: undefined }
  : { data: Record<Placeholders<L['ru']> | Placeholders<L['en']>, string | number> & Record<string, string | number> };

/**
 * What a report names of its message: a messageId of the rule's own, and the data its template
 * needs — both checked by the compiler (a misspelt id or a missing placeholder does not build).
 * Data may carry more than the template shows (kept with the finding for views).
 */
export type MessageRef<M extends Messages> = {
  [K in keyof M & string]: { messageId: K } & DataOf<M[K]>;
}[keyof M & string];

/**
 * Fills the {name} placeholders of a template; an unknown one is left as written. A fraction is
 * written as the language writes it: «2,5» in Russian, «2.5» in English.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}, language: Language = 'en'): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(data, key)) return whole;
    const value = data[key];
    return typeof value === 'number' && !Number.isInteger(value) && language === 'ru' ? String(value).replace('.', ',') : String(value);
  });
}

/** A descriptor's message in a language, filled with its data. */
export function messageOf(descriptor: FindingDescriptor, messageId: string, language: Language, data?: Readonly<Record<string, string | number>>): string {
  const message = descriptor.meta.messages[messageId];
  if (!message) throw new Error(`${descriptor.id} has no message "${messageId}"`);
  return formatMessage(message[language], data, language);
}

/** A descriptor of a code that only carries a message (no checks of its own): files, sheets too large. */
export function defineFinding<const D extends FindingDescriptor>(descriptor: D): D {
  return descriptor;
}
