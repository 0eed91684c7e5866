// `gardefou lint CHARTER`: validates a charter and runs every rule's should_flag / should_pass examples.
import type { Writable } from 'node:stream';
import { formatCharterError } from '../lib/core/charter/charter-error';
import { runExamples } from '../lib/core/charter/run-examples';
import { BUILTIN_PACKS } from '../lib/core/packs';
import { compileCharterText } from '../lib/core/charter/compile';
import { readCharterFile } from './charter-file';

/** 0 valid with every example passing, 1 invalid or an example failing, 2 the file cannot be read. */
export function runLint(charterPath: string, stdout: Writable, stderr: Writable): number {
  const file = readCharterFile(charterPath);
  if (!file.ok) {
    stderr.write(`gardefou: ${file.why}\n`);
    return 2;
  }
  const loaded = compileCharterText(file.text);
  if (!loaded.ok) {
    stderr.write(`${charterPath}: invalid charter (${loaded.errors.length === 1 ? '1 problem' : `${loaded.errors.length} problems`})\n`);
    for (const e of loaded.errors) stderr.write(`  ${formatCharterError(e)}\n`);
    return 1;
  }
  const { compiled, charter, warnings } = loaded;
  for (const w of warnings) stderr.write(`  warning: ${formatCharterError(w)}\n`);
  stdout.write(
    `${charterPath}: valid (schema ${compiled.charter.schemaVersion}, ${compiled.charter.name} ${compiled.charter.version} of ${compiled.charter.updatedAt}: ` +
      `${compiled.rules.length} rules, ${compiled.paths.length} paths, ${compiled.phrasings.length} phrasings)\n`,
  );
  const inForce = new Set(compiled.rules.map((r) => r.id));
  const sources = [
    ...charter.rules.map((rule, i) => ({ rule, at: `rules[${i}]` })),
    ...BUILTIN_PACKS.flatMap((p) => p.rules.map((rule, i) => ({ rule, at: `${p.id}.rules[${i}]` }))).filter((s) => inForce.has(s.rule.id) && !charter.rules.some((r) => r.id === s.rule.id)),
  ];
  const report = runExamples(sources, compiled);
  for (const f of report.failures) {
    stderr.write(`  ${f.path} (${f.ruleId}): expected the rule to ${f.expected === 'flag' ? 'flag' : 'pass'} ${f.text.length > 120 ? `${f.text.slice(0, 117)}…` : f.text}\n`);
  }
  stdout.write(`examples: ${report.run} run, ${report.failures.length} failed\n`);
  return report.failures.length ? 1 : 0;
}
