/**
 * The command line's one argument parser, for every command: options declared once with their
 * help in Russian and English, `--name value` / `--name=value`, `-h` / `--help`, `--` before files
 * that begin with a dash. Usage errors are worded in the run's language (cli-language.ts).
 */
import type { Localized } from '../core/descriptor';
import type { Language } from '../core/findings';

export interface OptionSpec {
  name: string;
  /** The value's placeholder in the help (FILE, OUTDIR); a flag without one takes no value. */
  value?: string;
  /** The values allowed, when there is a fixed set. */
  choices?: readonly string[];
  help: Localized;
}

export interface CommandSpec {
  name: string;
  /** What the command does, one or two sentences. */
  summary: Localized;
  /** The operands after the options, as the usage line shows them. */
  operands: string;
  options: readonly OptionSpec[];
  /** What the exit codes mean for this command. */
  exitCodes: Localized;
}

/** Every command takes these. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'lang', value: 'ru|en', choices: ['ru', 'en'], help: { ru: 'язык сообщений (по умолчанию русский, английский при английской локали LANG)', en: 'language of the messages (default: Russian; English under an English LANG)' } },
  { name: 'help', help: { ru: 'эта справка', en: 'this help' } },
];

export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  /** Options given, by name (a flag's value is ''). */
  flags: Map<string, string>;
  files: string[];
  help: boolean;
}

const WORDS = {
  unknown: (option: string, known: string): Localized => ({ ru: `неизвестный параметр ${option}; есть: ${known}`, en: `unknown option ${option}; there are: ${known}` }),
  needsValue: (option: string, value: string): Localized => ({ ru: `после ${option} нужно значение (${value})`, en: `${option} needs a value (${value})` }),
  noValue: (option: string): Localized => ({ ru: `${option} не принимает значения`, en: `${option} takes no value` }),
  choice: (option: string, value: string, choices: readonly string[]): Localized => ({
    ru: `${option} принимает ${choices.join(' или ')}, а не «${value}»`,
    en: `${option} must be ${choices.join(' or ')}, not «${value}»`,
  }),
  twice: (option: string): Localized => ({ ru: `${option} указан дважды`, en: `${option} is given twice` }),
};

/** Parses a command's arguments against its options (and the common ones). */
export function parseArgs(argv: readonly string[], spec: CommandSpec): ParsedArgs {
  const options = [...spec.options, ...COMMON_OPTIONS];
  const flags = new Map<string, string>();
  const files: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(WORDS.unknown(arg, options.map((o) => `--${o.name}`).join(', ')));
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const option = options.find((o) => o.name === name);
    if (!option) throw new UsageError(WORDS.unknown(`--${name}`, options.map((o) => `--${o.name}`).join(', ')));
    if (name === 'help') {
      help = true;
      continue;
    }
    if (!option.value) {
      if (eq >= 0) throw new UsageError(WORDS.noValue(`--${name}`));
      flags.set(name, '');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(WORDS.needsValue(`--${name}`, option.value));
    if (option.choices && !option.choices.includes(value)) throw new UsageError(WORDS.choice(`--${name}`, value, option.choices));
    if (flags.has(name) && flags.get(name) !== value) throw new UsageError(WORDS.twice(`--${name}`));
    flags.set(name, value);
  }
  return { flags, files, help };
}

/** The usage line: `roadmap-checker check [--profile FILE] … FILE...` */
export function usageLine(spec: CommandSpec): string {
  const options = spec.options.map((o) => `[--${o.name}${o.value ? ` ${o.value}` : ''}]`).join(' ');
  return `roadmap-checker ${spec.name} ${options} [--lang ru|en] ${spec.operands}`;
}

/** A command's --help: usage, what it does, every option, the exit codes. */
export function commandHelp(spec: CommandSpec, language: Language): string {
  const w = HELP_WORDS[language];
  const options = [...spec.options, ...COMMON_OPTIONS];
  const label = (o: OptionSpec) => (o.name === 'help' ? '-h, --help' : `--${o.name}${o.value ? ` ${o.value}` : ''}`);
  const width = Math.max(...options.map((o) => label(o).length)) + 2;
  return [
    `${w.usage}: ${usageLine(spec)}`,
    '',
    spec.summary[language],
    '',
    `${w.options}:`,
    ...options.map((o) => `  ${label(o).padEnd(width)}${o.help[language]}`),
    '',
    spec.exitCodes[language],
    '',
  ].join('\n');
}

export const HELP_WORDS = {
  ru: {
    usage: 'Запуск',
    options: 'Параметры',
    more: (command: string) => `Справка: roadmap-checker ${command ? `${command} ` : ''}--help`,
  },
  en: {
    usage: 'Usage',
    options: 'Options',
    more: (command: string) => `Help: roadmap-checker ${command ? `${command} ` : ''}--help`,
  },
};

/** A usage error as printed on stderr: the command, the problem, where to find the help. */
export function usageErrorText(command: string, error: UsageError, language: Language): string {
  return `roadmap-checker${command ? ` ${command}` : ''}: ${error.text[language]}\n${HELP_WORDS[language].more(command)}\n`;
}
