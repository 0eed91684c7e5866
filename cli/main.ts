// The `gardefou` command: check and lint, on the same engine as the extension.
import { parseArgs } from 'node:util';
import { parseSeverity, runCheck } from './check-command';
import { runLint } from './lint-command';

const USAGE = `Usage:
  gardefou check --charter CHARTER.json [--fail-on info|warning|error] [INPUT.jsonl]
      Reads JSON Lines {"id","incoming","draft","platform","lang"?,"public"?,"mode"?} from INPUT or stdin
      and writes one JSON line per input: {"id","lang","categories","paths","findings","possible"}.
      Exit code: 0 all lines checked, 1 some lines were invalid, 2 unusable charter or input, 3 --fail-on reached.
  gardefou lint CHARTER.json
      Validates the charter and runs the should_flag / should_pass examples of every rule in force.
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { charter: { type: 'string' }, 'fail-on': { type: 'string' } } });
      if (!values.charter) throw new Error('check: --charter CHARTER.json is required');
      if (positionals.length > 1) throw new Error('check: at most one input file');
      return await runCheck(
        { charterPath: values.charter, inputPath: positionals[0], failOn: parseSeverity(values['fail-on']) },
        process.stdin,
        process.stdout,
        process.stderr,
      );
    }
    if (command === 'lint') {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      if (positionals.length !== 1) throw new Error('lint: expected exactly one charter file');
      return runLint(positionals[0], process.stdout, process.stderr);
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new Error(`unknown command '${command}'`);
  } catch (e) {
    process.stderr.write(`gardefou: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
}
