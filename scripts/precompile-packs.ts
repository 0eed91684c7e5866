// `npm run precompile`: writes lib/core/charter/precompiled-packs.json, the built-in packs and models compiled once
// (lib/core/charter/precompile.ts). Run by postinstall and before the builds; only rewrites the file when it changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { precompilePacks } from '../lib/core/charter/precompile';

const target = fileURLToPath(new URL('../lib/core/charter/precompiled-packs.json', import.meta.url));
const t0 = performance.now();
const text = `${JSON.stringify(precompilePacks())}\n`;
let before = '';
try {
  before = readFileSync(target, 'utf8');
} catch {
  // first run
}
if (before !== text) writeFileSync(target, text);
console.log(`precompiled packs: ${(text.length / 1024).toFixed(0)} kB${before === text ? ', unchanged' : ', written'} in ${(performance.now() - t0).toFixed(0)} ms`);
