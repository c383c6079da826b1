/**
 * The language the command line speaks: `--lang ru|en` when given, else English under an English
 * locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them: `en_US.UTF-8`), else
 * Russian — the users' language, and what a Windows console without LANG gets.
 */
import type { Language } from '../core/findings';

export type Environment = Readonly<Record<string, string | undefined>>;

export function cliLanguage(argv: readonly string[], env: Environment = {}): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'ru' || value === 'en') return value;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'ru';
}
