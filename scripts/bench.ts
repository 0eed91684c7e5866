// `npm run bench`: charter compile time and size, and per-check latency on a 300- and a 5,000-character reply.
// Prints one figure per line, e.g. `check-300 p50=0.05ms p99=0.12ms`. Figures, not assertions: CI does not fail on them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compileCharterText } from '../lib/core/charter/compile';
import { check } from '../lib/core/engine/check';
import { runtimeFor } from '../lib/core/engine/runtime';
import type { CheckInput } from '../lib/core/engine/types';

const charterPath = process.argv[2] ?? 'charters/brandtruc.json';
const charterText = readFileSync(charterPath, 'utf8');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(name: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${name} p50=${percentile(sorted, 50).toFixed(3)}ms p99=${percentile(sorted, 99).toFixed(3)}ms (n=${samples.length})`);
}

const compileTimes: number[] = [];
let compiled;
for (let i = 0; i < 12; i++) {
  const t0 = performance.now();
  const result = compileCharterText(charterText);
  compileTimes.push(performance.now() - t0);
  if (!result.ok) throw new Error(`cannot compile ${charterPath}`);
  compiled = result.compiled;
}
report('compile', compileTimes.slice(2));
const json = JSON.stringify(compiled);
console.log(`compiled-size raw=${(json.length / 1024).toFixed(1)}kB gzip=${(gzipSync(json).length / 1024).toFixed(1)}kB rules=${compiled!.rules.length}`);

const incoming =
  "Bonjour, ça fait 3 semaines que j'attends ma commande, toujours rien et le service client ne répond pas. C'est inadmissible, je veux être remboursée !!";
const draft300 =
  'Bonjour, nous sommes désolés pour ce désagrément. Pour vérifier votre commande en toute sécurité, écrivez-nous en message privé (merci de ne pas publier votre numéro de commande ici). Notre service client étudiera votre demande de remboursement. Belle journée à vous.';
const paragraphs = [
  draft300,
  'On vous rembourse demain avant 10h, c’est cadeau !!! Donnez-nous votre email en commentaire.',
  'Hi, we are sorry about this. Please send us a DM with your order number (please don’t post it here) so our customer service team can look into it.',
  'Nos canapés sont les meilleurs et les plus révolutionnaires du marché 😍😍😍 #deco #maison #promo',
];
let draft5000 = '';
for (let i = 0; draft5000.length < 5000; i++) draft5000 += `${paragraphs[i % paragraphs.length]}\n`;
draft5000 = draft5000.slice(0, 5000);

// Cold: the first check on a fresh runtime pays for building the regexes (V8 compiles them on first use).
const fresh = JSON.parse(json);
let t0 = performance.now();
check({ incoming, draft: draft300, platform: 'facebook', isPublic: true }, fresh);
console.log(`first-check-cold ${(performance.now() - t0).toFixed(1)}ms`);
t0 = performance.now();
runtimeFor(JSON.parse(json));
console.log(`runtime-build ${(performance.now() - t0).toFixed(1)}ms`);

function measure(name: string, draft: string, runs: number): void {
  const samples: number[] = [];
  for (let i = 0; i < runs + 200; i++) {
    // Vary the text slightly, as typing does, so nothing is cached by accident.
    const input: CheckInput = { incoming, draft: `${draft.slice(0, draft.length - (i % 7))}`, platform: 'facebook', isPublic: true };
    const start = performance.now();
    check(input, compiled!);
    if (i >= 200) samples.push(performance.now() - start);
  }
  report(name, samples);
}
measure('check-300', draft300.slice(0, 300), 3000);
measure('check-5000', draft5000, 500);
