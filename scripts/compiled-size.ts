// `npx tsx scripts/compiled-size.ts [CHARTER.json]`: what makes up the compiled charter the page receives (issue 14 wants
// it under 300 kB raw). Prints, in kB of JSON characters and of gzip (each part alone, so the gzip column sums to more
// than the whole): each top-level field, the rules' matchers split into regex sources, anchors and the rest, the
// rules' other fields, each model and each list of the engine lexis.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileCharterText } from '../lib/core/charter/compile';
import type { CompiledMatcher } from '../lib/core/charter/compiled';

const charterPath = process.argv[2] ?? 'charters/brandtruc.json';
const result = compileCharterText(readFileSync(charterPath, 'utf8'));
if (!result.ok) throw new Error(`cannot compile ${charterPath}`);
const compiled = result.compiled;

const kb = (chars: number) => `${(chars / 1024).toFixed(1)} kB`.padStart(9);
const jsonOf = (value: unknown) => JSON.stringify(value) ?? '';
const line = (name: string, value: unknown) => {
  const json = jsonOf(value);
  console.log(`${kb(json.length)} ${kb(gzipSync(json).length)}  ${name}`);
};

const whole = jsonOf(compiled);
console.log(`${charterPath}: ${kb(whole.length)} raw, ${kb(Buffer.byteLength(whole))} UTF-8, ${kb(gzipSync(whole).length)} gzip`);
console.log(`${'raw'.padStart(9)} ${'gzip'.padStart(9)}  part`);
for (const [key, value] of Object.entries(compiled)) line(key, value);

/** Every matcher of the rules (the match itself, `requires`, `unless`), found by shape. */
function matchersIn(value: unknown, out: CompiledMatcher[] = []): CompiledMatcher[] {
  if (!value || typeof value !== 'object') return out;
  if ('on' in value && 'flags' in value) out.push(value as CompiledMatcher);
  else for (const child of Object.values(value)) matchersIn(child, out);
  return out;
}
const matchers = matchersIn(compiled.rules);
const sources = matchers.flatMap((m) => [m.source, ...(m.parts ?? []).map((part) => part[0])]);
const anchors = matchers.flatMap((m) => [...(m.anchors ?? []), ...(m.parts ?? []).flatMap((part) => (part[1] === undefined ? [] : [part[1]]))]);
console.log(`\nrules: ${compiled.rules.length}, ${matchers.length} matchers`);
line('  regex sources (macros and fragment references kept)', sources);
line('  anchors (strings one of which every match holds)', anchors);
const fieldChars = new Map<string, unknown[]>();
for (const rule of compiled.rules) for (const [key, value] of Object.entries(rule)) fieldChars.set(key, [...(fieldChars.get(key) ?? []), value]);
for (const [key, values] of [...fieldChars].sort((a, b) => jsonOf(b[1]).length - jsonOf(a[1]).length).slice(0, 8)) line(`  rule field ${key}`, values);

console.log('\nmodels:');
for (const [name, model] of Object.entries(compiled.models)) line(`  ${name} (${model.encoding ?? 'pairs'})`, model);
console.log('\nengine lexis:');
for (const [name, list] of Object.entries(compiled.lexis)) line(`  ${name}`, list);
