import { DEFAULT_PROFILE } from '../core/profile/default-profile';
import { parseProfileText, ProfileError, type Profile } from '../core/profile/schema';
import { UsageError } from './args';
import type { CliIo } from './io';

/** The profile named by --profile, or the built-in one; a bad file is a usage error (exit 2). */
export async function loadProfile(path: string | undefined, io: CliIo): Promise<Profile> {
  if (!path) return DEFAULT_PROFILE;
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path));
  } catch {
    throw new UsageError(`cannot read the profile ${path}`);
  }
  try {
    return parseProfileText(text);
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`the profile ${path} is not valid:\n  ${error.issues.join('\n  ')}`);
    throw error;
  }
}
