// `gardefou check --charter FILE [INPUT]`: JSON Lines in, one JSON line out per input, in order.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatCharterError } from '../lib/core/charter/charter-error';
import { check } from '../lib/core/engine/check';
import { SEVERITY_RANK, SEVERITIES, type Severity } from '../lib/core/engine/vocabulary';
import { CaseLineError, parseCaseLine } from './case-line';
import { compileCharterCached, readCharterFile } from './charter-file';

export interface CheckOptions {
  charterPath: string;
  inputPath?: string;
  /** Exit non-zero when a finding reaches this severity (for CI use); by default only bad input fails. */
  failOn?: Severity;
}

export async function runCheck(opts: CheckOptions, stdin: Readable, stdout: Writable, stderr: Writable): Promise<number> {
  const file = readCharterFile(opts.charterPath);
  if (!file.ok) {
    stderr.write(`gardefou: ${file.why}\n`);
    return 2;
  }
  const loaded = await compileCharterCached(file.text);
  if (!loaded.ok) {
    stderr.write(`gardefou: the charter ${opts.charterPath} is not usable:\n${loaded.errors.map((e) => `  ${formatCharterError(e)}`).join('\n')}\n`);
    return 2;
  }
  const charter = loaded.compiled;
  let source: Readable = stdin;
  if (opts.inputPath) {
    source = createReadStream(opts.inputPath, 'utf8');
    const opened = await new Promise<Error | null>((resolve) => {
      source.once('readable', () => resolve(null));
      source.once('error', resolve);
    });
    if (opened) {
      const code = (opened as NodeJS.ErrnoException).code;
      stderr.write(`gardefou: ${code === 'ENOENT' ? `no such file: ${opts.inputPath}` : `cannot read ${opts.inputPath}: ${opened.message}`}\n`);
      return 2;
    }
  }
  let badLines = 0;
  let failingFindings = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: source, crlfDelay: Infinity })) {
    lineNo++;
    if (line.trim() === '') continue;
    let parsed;
    try {
      parsed = parseCaseLine(line);
    } catch (e) {
      if (!(e instanceof CaseLineError)) throw e;
      badLines++;
      const message = `line ${lineNo}: ${e.message}`;
      stderr.write(`gardefou: ${message}\n`);
      stdout.write(`${JSON.stringify({ line: lineNo, error: message })}\n`);
      continue;
    }
    const result = check(parsed.input, charter);
    if (opts.failOn && result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[opts.failOn!])) failingFindings++;
    stdout.write(
      `${JSON.stringify({
        id: parsed.id,
        lang: result.lang,
        categories: result.categories,
        paths: result.paths.map((p) => ({ id: p.id, category: p.category })),
        findings: result.findings.map((f) => ({
          ruleId: f.ruleId,
          category: f.category,
          severity: f.severity,
          start: f.start,
          end: f.end,
          message: f.message,
          clause: f.clause ?? null,
        })),
        // Lower-confidence signals, apart: they are not in `categories`, `paths` nor `findings`.
        possible: (result.possible ?? []).map((p) => ({
          side: p.side,
          ruleId: p.ruleId,
          category: p.category,
          ...(p.pathId ? { pathId: p.pathId } : {}),
          start: p.start,
          end: p.end,
          message: p.message,
          reason: p.reason,
        })),
      })}\n`,
    );
  }
  if (badLines) stderr.write(`gardefou: ${badLines === 1 ? '1 line' : `${badLines} lines`} could not be checked\n`);
  return badLines ? 1 : failingFindings ? 3 : 0;
}

/** A command line the CLI cannot run: main prints the message and the subcommand's usage, and exits 2. */
export class UsageError extends Error {}

export function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`--fail-on: expected one of ${SEVERITIES.join(', ')}, got '${value}'`);
  return value as Severity;
}
