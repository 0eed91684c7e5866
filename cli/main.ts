// The `gardefou` command: check and lint, on the same engine as the extension.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseSeverity, runCheck, UsageError } from './check-command';

type Command = 'check' | 'lint';

const HELP: Record<Command, string> = {
  check: `Usage: gardefou check --charter CHARTER.json [--fail-on info|warning|error] [INPUT.jsonl]

Checks replies against a charter, on the same engine as the extension.
Reads JSON Lines {"id","incoming","draft","platform","lang"?,"public"?,"mode"?} from INPUT.jsonl, or from stdin
when no file is given, and writes one JSON line per input, in order: {"id","lang","categories","paths","findings","possible"}
(possible: lower-confidence signals with their reason, never counted in categories).
An invalid line is reported on stderr with its line number; the other lines are still checked.

Options:
  --charter CHARTER.json   the charter to check against (required)
  --fail-on SEVERITY       exit 3 when a finding reaches info, warning or error (for CI)
  -h, --help               show this help

Exit codes: 0 every line checked, 1 some lines were invalid, 2 unusable charter or input, 3 --fail-on reached.
`,
  lint: `Usage: gardefou lint CHARTER.json

Validates a charter and runs the should_flag / should_pass examples of every rule in force, built-in packs included.
Every problem names its place in the file (rules[3].severity) and what was expected.

Options:
  -h, --help   show this help

Exit codes: 0 valid and every example passes, 1 invalid charter or a failing example, 2 the file cannot be read.
`,
};

const USAGE = `Usage: gardefou COMMAND [OPTIONS]

Commands:
  check   check JSON Lines replies against a charter (gardefou check --help)
  lint    validate a charter and run its examples (gardefou lint --help)

Options:
  -h, --help   show this help
`;

const OPTIONS: Record<Command, NonNullable<ParseArgsConfig['options']>> = {
  check: { charter: { type: 'string' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  lint: { help: { type: 'boolean', short: 'h' } },
};

function isCommand(value: string | undefined): value is Command {
  return value === 'check' || value === 'lint';
}

/** Node's parser errors ("Unknown option '--x'. To specify a positional argument…") said in one short line. */
function parseCommandLine(command: Command, args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS[command] });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'(-[^']*)'/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = option.split(' ')[0] || option;
      throw new UsageError(/argument missing/.test((e as Error).message) ? `${name} needs a value` : `${name} takes no value`);
    }
    throw new UsageError((e as Error).message.split('. ')[0]);
  }
}

async function runCommand(command: Command, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(command, args);
  if (values.help) {
    process.stdout.write(HELP[command]);
    return 0;
  }
  if (command === 'check') {
    if (typeof values.charter !== 'string' || values.charter === '') throw new UsageError('--charter CHARTER.json is missing');
    if (positionals.length > 1) throw new UsageError(`at most one input file, got ${positionals.length}: ${positionals.join(' ')}`);
    const failOn = parseSeverity(typeof values['fail-on'] === 'string' ? values['fail-on'] : undefined);
    return runCheck({ charterPath: values.charter, inputPath: positionals[0], failOn }, process.stdin, process.stdout, process.stderr);
  }
  if (positionals.length === 0) throw new UsageError('the charter file is missing');
  if (positionals.length > 1) throw new UsageError(`one charter file at a time, got ${positionals.length}: ${positionals.join(' ')}`);
  // Imported here: the compiler, zod and the packs are parsed only by the commands that need them.
  const { runLint } = await import('./lint-command');
  return runLint(positionals[0], process.stdout, process.stderr);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'help') {
    process.stdout.write(isCommand(rest[0]) ? HELP[rest[0]] : USAGE);
    return 0;
  }
  if (command === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (!isCommand(command)) {
    process.stderr.write(`gardefou: unknown command '${command}' (expected check or lint)\n\n${USAGE}`);
    return 2;
  }
  try {
    return await runCommand(command, rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`gardefou ${command}: ${e.message}\n\n${HELP[command]}`);
    return 2;
  }
}
