/** A rule's entry in a profile, read without zod (the engine never loads it). */
import type { Severity } from '../findings';
import type { Profile } from './schema';

export type SeveritySetting = Severity | 'off';

/** The severity and options a profile gives a rule; undefined where it leaves the rule's own. */
export function ruleSetting(profile: Profile, id: string): { severity: SeveritySetting | undefined; options: unknown } {
  const entry = profile.rules[id];
  if (entry === undefined) return { severity: undefined, options: undefined };
  return typeof entry === 'string' ? { severity: entry, options: undefined } : { severity: entry[0], options: entry[1] };
}
