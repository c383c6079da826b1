/** Entry point of `roadmap-checker`: dispatches to the check and consolidate commands. */
import { CHECK_COMMAND, runCheck } from './check-command';
import { CONSOLIDATE_COMMAND, runConsolidate } from './consolidate-command';
import { HELP_WORDS, UsageError, usageErrorText, usageLine } from './args';
import { cliLanguage } from './cli-language';
import { processIo, type CliIo } from './io';

const COMMANDS = [CHECK_COMMAND, CONSOLIDATE_COMMAND];

function mainHelp(language: 'ru' | 'en'): string {
  const w = HELP_WORDS[language];
  const intro =
    language === 'ru'
      ? 'Проверка дорожных карт и свод таблиц показателей школ — то же, что делает надстройка Excel, для файлов и пакетов.'
      : 'Checks roadmaps and consolidates school indicator tables — what the Excel add-in does, for files and batches.';
  return [
    `${w.usage}:`,
    ...COMMANDS.map((c) => `  ${usageLine(c)}`),
    '',
    intro,
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)}${c.summary[language]}`),
    '',
    language === 'ru' ? 'Справка по команде: roadmap-checker КОМАНДА --help' : 'Help on a command: roadmap-checker COMMAND --help',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  const language = cliLanguage(argv, io.env);
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'consolidate':
      return runConsolidate(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(mainHelp(language));
      return 0;
    default: {
      const known = COMMANDS.map((c) => c.name).join(', ');
      const error = new UsageError(
        command
          ? { ru: `неизвестная команда «${command}»; есть: ${known}`, en: `unknown command «${command}»; there are: ${known}` }
          : { ru: `не указана команда: ${known}`, en: `no command given: ${known}` },
      );
      io.stderr(usageErrorText('', error, language));
      return 2;
    }
  }
}
