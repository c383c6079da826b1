/**
 * Why a region's profile file cannot be used, in the pane's language: a JSON syntax error, or
 * every problem the zod schema finds, each with its path («fields.deadline.headers: …»).
 * zod's own Russian messages (its `ru` locale) are used for a Russian pane.
 */
import { en, ru } from 'zod/locales';
import type { Language } from '../../core/findings';
import { profileSchema, type Profile } from '../../core/profile/schema';

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; problems: string[] };

const NOT_JSON: Record<Language, (detail: string) => string> = {
  ru: (detail) => `это не JSON: ${detail}`,
  en: (detail) => `not JSON: ${detail}`,
};
const NOT_OBJECT: Record<Language, string> = {
  ru: 'профиль — это объект JSON { "name": …, "fields": …, "order": … }',
  en: 'a profile is a JSON object { "name": …, "fields": …, "order": … }',
};
const ROOT: Record<Language, string> = { ru: '(весь профиль)', en: '(the whole profile)' };
/** The schema's own custom messages, in Russian. */
const CUSTOM_RU: Record<string, string> = { 'each field must appear once in order': 'каждое поле должно встречаться в order один раз' };

const LOCALES = { ru: ru(), en: en() };

export function checkProfileText(text: string, language: Language): ProfileCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [NOT_JSON[language](error instanceof Error ? error.message : String(error))] };
  }
  return checkProfileJson(json, language);
}

export function checkProfileJson(json: unknown, language: Language): ProfileCheck {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problems: [NOT_OBJECT[language]] };
  const result = profileSchema.safeParse(json, { error: LOCALES[language].localeError });
  if (result.success) return { ok: true, profile: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const message = language === 'ru' ? (CUSTOM_RU[issue.message] ?? issue.message) : issue.message;
      return `${issue.path.join('.') || ROOT[language]}: ${message}`;
    }),
  };
}
