/**
 * Why a region's profile file cannot be used, in the pane's language: a JSON syntax error, or
 * every problem the profile's schema finds, each with its JSON path, what was expected and an
 * example (src/core/profile/problems.ts words them, for the command line too).
 */
import type { Language } from '../../core/findings';
import { readProfile, readProfileText, type Profile, type ProfileRead } from '../../core/profile/schema';

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; problems: string[] };

function inLanguage(read: ProfileRead, language: Language): ProfileCheck {
  return read.ok ? read : { ok: false, problems: read.problems.map((p) => p.message[language]) };
}

export function checkProfileText(text: string, language: Language): ProfileCheck {
  return inLanguage(readProfileText(text), language);
}

export function checkProfileJson(json: unknown, language: Language): ProfileCheck {
  return inLanguage(readProfile(json), language);
}
