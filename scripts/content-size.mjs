// `node scripts/content-size.mjs [meta|x|linkedin] [--no-build] [--top N]`: what each source module weighs in a content script.
// There is one content script per site family (issue 14); without a name, the largest (by gzip) is measured.
// Builds the Chrome extension with source maps into .output-size/ (GARDEFOU_SOURCEMAP=1), then attributes every byte of
// content-scripts/<name>.js to the module it came from, and prints per module: minified bytes, and gzip "marginal" bytes
// (how much the gzip of the whole script shrinks when that module's bytes are left out; the sum of marginals is less than
// the total, as gzip shares repeats across modules). Also prints per folder totals.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 40;
/** The one positional argument, a content script's name (not the number after --top). */
const name = args.find((arg, i) => !arg.startsWith('--') && (topIndex < 0 || i !== topIndex + 1));
const outDir = '.output-size';
if (!args.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, GARDEFOU_SOURCEMAP: '1', GARDEFOU_OUT_DIR: outDir } });
}
const scriptsDir = join(outDir, 'chrome-mv3', 'content-scripts');
const scripts = readdirSync(scriptsDir).filter((entry) => entry.endsWith('.js'));
/** Each script's gzip size, computed once. */
const gzipSizes = new Map(scripts.map((entry) => [entry, gzipSync(readFileSync(join(scriptsDir, entry))).length]));
const gzipOf = (entry) => gzipSizes.get(entry);
const largest = scripts.reduce((a, b) => (gzipOf(b) > gzipOf(a) ? b : a));
const chosen = name ? `${name}.js` : largest;
if (!scripts.includes(chosen)) {
  console.error(`no content script ${chosen} in ${scriptsDir} (there are: ${scripts.join(', ')})`);
  process.exit(1);
}
console.log(`content scripts, gzip: ${scripts.map((entry) => `${entry} ${gzipOf(entry)} bytes`).join(', ')}; measuring ${chosen}${name ? '' : ' (the largest)'}`);
const file = join(scriptsDir, chosen);
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

// Owner of each character: the source of the mapping segment it falls in (mappings are sorted by generated position).
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const owner = new Array(code.length).fill('(unmapped)');
let last = null;
map.eachMapping((m) => {
  const at = lineStarts[m.generatedLine - 1] + m.generatedColumn;
  if (last) owner.fill(last.source, last.at, at);
  last = { at, source: m.source ? relative(process.cwd(), join(outDir, 'chrome-mv3', 'content-scripts', m.source)).replace(/^(\.\.\/)+/, '') : '(unmapped)' };
});
if (last) owner.fill(last.source, last.at, code.length);

const bytesOf = new Map();
for (let i = 0; i < code.length; i++) bytesOf.set(owner[i], (bytesOf.get(owner[i]) ?? 0) + Buffer.byteLength(code[i]));
const total = gzipSync(code, { level: 9 }).length;
const rows = [...bytesOf].map(([source, raw]) => {
  let without = '';
  for (let i = 0; i < code.length; i++) if (owner[i] !== source) without += code[i];
  return { source, raw, gzip: total - gzipSync(without, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(2)} kB`.padStart(9);
console.log(`${file}: ${kb(Buffer.byteLength(code))} raw, ${kb(total)} gzip`);
console.log(`${'raw'.padStart(9)} ${'gzip'.padStart(9)}  module (gzip = marginal)`);
for (const r of rows.slice(0, top)) console.log(`${kb(r.raw)} ${kb(r.gzip)}  ${r.source}`);
const folders = new Map();
for (const r of rows) {
  const folder = r.source.split('/').slice(0, r.source.startsWith('node_modules') ? 2 : 3).join('/');
  const f = folders.get(folder) ?? { raw: 0, gzip: 0 };
  f.raw += r.raw;
  f.gzip += r.gzip;
  folders.set(folder, f);
}
console.log('\nper folder (sum of marginals):');
for (const [folder, f] of [...folders].sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`${kb(f.raw)} ${kb(f.gzip)}  ${folder}`);
