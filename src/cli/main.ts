/** Entry point of `roadmap-checker`: dispatches to the check and consolidate commands. */
import { runCheck, CHECK_USAGE } from './check-command';
import { runConsolidate } from './consolidate-command';
import { processIo, type CliIo } from './io';

const USAGE = `${CHECK_USAGE}
usage: roadmap-checker consolidate [--profile FILE] [--template FILE] [--expected-schools FILE] [--out SUMMARY.xlsx] [--format text|json] [--jobs N] FILE...
Exit codes: 0 no error finding, 1 an error finding, 2 an argument or a file could not be used.
`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'consolidate':
      return runConsolidate(rest, io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(USAGE);
      return 0;
    default:
      io.stderr(`roadmap-checker: ${command ? `unknown command «${command}»` : 'no command given'}\n${USAGE}`);
      return 2;
  }
}

