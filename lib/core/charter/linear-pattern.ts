// A charter's `pattern` rule, compiled by RE2 (re2js, a pure-JS port) into a small program the page runs in linear time
// (lib/core/engine/linear-regex.ts). Only the background and the CLI import this: re2js stays out of the content script.
// RE2 refuses what cannot run in linear time (back-references, lookahead, lookbehind), so no charter regex can freeze a page.
import { RE2JS } from 're2js';
import type { LinearProgram } from './compiled';

/** Beyond this many instructions a pattern weighs too much on every page (`x{1000}` expands to 1,000 steps). */
export const MAX_PROGRAM_INSTRUCTIONS = 5_000;

// re2js's instruction codes (src/Inst.js) and flag bits (src/RE2Flags.js): the page's interpreter reads the same codes.
const RUNE = 8;
const RUNE1 = 9;
const LB_WRITE = 12;
const LB_CHECK = 13;
const FOLD_CASE = 1;

interface Re2Inst {
  op: number;
  out: number;
  arg: number;
  runes: Int32Array;
}

export type LinearCompileResult = { ok: true; program: LinearProgram } | { ok: false; problem: string };

/** The JS flags a charter may give (i, m, s, u) as RE2 inline flags. */
function inlineFlags(flags: string): string {
  const f = [...new Set(flags.replace(/[^ims]/g, ''))].join('');
  return f ? `(?${f})` : '';
}

/** JavaScript's `\uXXXX` and `\u{X}` as RE2's `\x{X}` (an escaped backslash stays as it is). */
function jsEscapesForRe2(source: string): string {
  return source.replace(/\\\\|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g, (whole, braced?: string, four?: string) =>
    braced || four ? `\\x{${braced ?? four}}` : whole,
  );
}

/** Compiles a charter pattern, or explains in plain words why it cannot run in linear time. */
export function compileLinearPattern(source: string, flags = ''): LinearCompileResult {
  let prog: { inst: Re2Inst[]; start: number };
  try {
    prog = (RE2JS.compile(inlineFlags(flags) + jsEscapesForRe2(source)) as unknown as { re2Input: { prog: { inst: Re2Inst[]; start: number } } }).re2Input.prog;
  } catch (e) {
    return { ok: false, problem: explainRefusal(source, (e as Error).message) };
  }
  if (prog.inst.length > MAX_PROGRAM_INSTRUCTIONS) {
    return { ok: false, problem: `expands to ${prog.inst.length} steps, more than the ${MAX_PROGRAM_INSTRUCTIONS} a page can run on every keystroke: use smaller repeat counts` };
  }
  const insts: LinearProgram['insts'] = [];
  for (const inst of prog.inst) {
    if (inst.op === LB_WRITE || inst.op === LB_CHECK) return { ok: false, problem: 'uses a lookbehind, which cannot run in linear time: use \\b instead' };
    if (inst.op === RUNE || inst.op === RUNE1) insts.push([RUNE, inst.out, 0, ...runeRanges(inst)]);
    else insts.push([inst.op, inst.out, inst.arg]);
  }
  return { ok: true, program: { start: prog.start, insts } };
}

/** Sorted [lo, hi] pairs; a case-folded single letter becomes its case variants. */
function runeRanges(inst: Re2Inst): number[] {
  const runes = [...inst.runes];
  if (runes.length === 1) {
    const r = runes[0];
    if (inst.op === RUNE1 || (inst.arg & FOLD_CASE) === 0) return [r, r];
    const variants = new Set<number>([r]);
    for (let round = 0; round < 2; round++) {
      for (const v of [...variants]) {
        const ch = String.fromCodePoint(v);
        for (const folded of [ch.toLowerCase(), ch.toUpperCase()]) if ([...folded].length === 1) variants.add(folded.codePointAt(0)!);
      }
    }
    // The two letters whose case orbit leaves ASCII: K and the Kelvin sign, S and the long s.
    if (variants.has(0x6b)) variants.add(0x212a);
    if (variants.has(0x73)) variants.add(0x17f);
    return [...variants].sort((a, b) => a - b).flatMap((v) => [v, v]);
  }
  return runes;
}

function explainRefusal(source: string, message: string): string {
  if (/\(\?<[=!]/.test(source)) return 'uses a lookbehind ("(?<=…)" or "(?<!…)"), which cannot run in linear time: use \\b instead';
  if (/\(\?[=!]/.test(source)) return 'uses a lookahead ("(?=…)" or "(?!…)"), which cannot run in linear time: write the alternatives out instead';
  if (/\\[1-9]|\\k</.test(source)) return 'uses a back-reference, which cannot run in linear time: write the alternatives out instead';
  if (/bad repetition|invalid repeat count/.test(message)) return 'repeats too many times (at most {1000}), or repeats a repetition';
  return `is not a regular expression Gardefou can run (${message.replace(/^error parsing regexp: /, '')})`;
}
