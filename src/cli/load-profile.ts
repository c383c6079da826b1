/** The profile for every command: the file named by --profile merged over the built-in one, or the built-in one. */
import { DEFAULT_PROFILE } from '../core/profile/default-profile';
import { readProfileText, type Profile } from '../core/profile/schema';
import { decodeText } from '../workbook/csv';
import { UsageError } from './args';
import type { CliIo } from './io';

/** A bad profile is a usage error (exit 2) listing each problem with its path, what was expected and an example. */
export async function loadProfile(path: string | undefined, io: CliIo): Promise<Profile> {
  if (!path) return DEFAULT_PROFILE;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const reason = fileProblem(error);
    throw new UsageError({ ru: `профиль ${path} не прочитан: ${reason.ru}`, en: `cannot read the profile ${path}: ${reason.en}` });
  }
  // Notepad saves «ANSI» (Windows-1251) or «Unicode» (UTF-16) as readily as UTF-8.
  const read = readProfileText(decodeText(bytes).text);
  if (read.ok) return read.profile;
  const list = (language: 'ru' | 'en') => read.problems.map((p) => `\n  ${p.message[language]}`).join('');
  throw new UsageError({ ru: `профиль ${path} не подходит:${list('ru')}`, en: `the profile ${path} cannot be used:${list('en')}` });
}

/** Why a file given in an option could not be read, in words. */
export function fileProblem(error: unknown): { ru: string; en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ru: 'файл не найден', en: 'no such file' };
  if (code === 'EISDIR') return { ru: 'это папка, а не файл', en: 'it is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM') return { ru: 'нет прав на чтение', en: 'no permission to read it' };
  return { ru: code ?? String(error), en: code ?? String(error) };
}
