// Runs a charter pattern's RE2 program (charter/linear-pattern.ts) as a Pike VM: every position of the text is visited
// once with at most one thread per instruction, so time is linear in text × program whatever the pattern says.
// Leftmost-first semantics, as JavaScript's RegExp and RE2 (the first alternative that matches wins).
import type { LinearProgram } from '../charter/compiled';

const ALT = 1;
const ALT_MATCH = 2;
const CAPTURE = 3;
const EMPTY_WIDTH = 4;
const MATCH = 6;
const NOP = 7;
const RUNE = 8;
const RUNE_ANY = 10;
const RUNE_ANY_NOT_NL = 11;

const BEGIN_LINE = 1;
const END_LINE = 2;
const BEGIN_TEXT = 4;
const END_TEXT = 8;
const WORD_BOUNDARY = 16;
const NO_WORD_BOUNDARY = 32;

function isWordRune(r: number): boolean {
  return (r >= 48 && r <= 57) || (r >= 65 && r <= 90) || (r >= 97 && r <= 122) || r === 95;
}

function inRanges(inst: number[], r: number): boolean {
  for (let k = 3; k < inst.length; k += 2) {
    if (r < inst[k]) return false;
    if (r <= inst[k + 1]) return true;
  }
  return false;
}

/** The code point before UTF-16 index `i` (-1 at the start). */
function runeBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

function emptyFlags(before: number, after: number): number {
  let f = 0;
  if (before < 0) f |= BEGIN_TEXT | BEGIN_LINE;
  else if (before === 10) f |= BEGIN_LINE;
  if (after < 0) f |= END_TEXT | END_LINE;
  else if (after === 10) f |= END_LINE;
  f |= isWordRune(before) !== isWordRune(after) ? WORD_BOUNDARY : NO_WORD_BOUNDARY;
  return f;
}

/** A thread list: program counters in priority order, each with the index where its match started. */
class Threads {
  pcs: Int32Array;
  starts: Int32Array;
  size = 0;
  /** seen[pc] === stamp: pc is already in the list for this position. */
  seen: Int32Array;
  stamp = 0;
  constructor(n: number) {
    this.pcs = new Int32Array(n);
    this.starts = new Int32Array(n);
    this.seen = new Int32Array(n);
  }
}

/** Thread steps of the last search: at most instructions × (characters + 1), the linear bound tests check. */
export const linearWork = { lastSteps: 0 };

export interface LinearMatch {
  index: number;
  end: number;
}

/** The leftmost-first match at or after `from`, or null. */
export function linearSearch(program: LinearProgram, s: string, from: number): LinearMatch | null {
  const insts = program.insts;
  const n = insts.length;
  let clist = new Threads(n);
  let nlist = new Threads(n);
  const stack = new Int32Array(n * 2 + 2);
  let stamp = 1;
  let matched: LinearMatch | null = null;

  // Follows empty transitions from pc, appending the rune-reading and match instructions reached, out before arg.
  const add = (list: Threads, pc0: number, start: number, flags: number) => {
    let sp = 0;
    stack[sp++] = pc0;
    while (sp > 0) {
      const pc = stack[--sp];
      if (list.seen[pc] === list.stamp) continue;
      list.seen[pc] = list.stamp;
      const inst = insts[pc];
      switch (inst[0]) {
        case ALT:
        case ALT_MATCH:
          stack[sp++] = inst[2];
          stack[sp++] = inst[1];
          break;
        case CAPTURE:
        case NOP:
          stack[sp++] = inst[1];
          break;
        case EMPTY_WIDTH:
          if ((inst[2] & ~flags) === 0) stack[sp++] = inst[1];
          break;
        case MATCH:
        case RUNE:
        case RUNE_ANY:
        case RUNE_ANY_NOT_NL:
          list.pcs[list.size] = pc;
          list.starts[list.size] = start;
          list.size++;
          break;
        default:
          // FAIL, and anything unknown: a dead end.
          break;
      }
    }
  };

  let pos = from;
  let steps = 0;
  clist.stamp = stamp++;
  for (;;) {
    const before = runeBefore(s, pos);
    const after = pos < s.length ? s.codePointAt(pos)! : -1;
    const width = after > 0xffff ? 2 : 1;
    // A new attempt starts here at the lowest priority, until a match is found (then only earlier starts may go on).
    if (matched === null) add(clist, program.start, pos, emptyFlags(before, after));
    if (clist.size === 0 && (matched !== null || after < 0)) break;
    nlist.size = 0;
    nlist.stamp = stamp++;
    const nextFlags = after < 0 ? 0 : emptyFlags(after, pos + width < s.length ? s.codePointAt(pos + width)! : -1);
    steps += clist.size;
    for (let t = 0; t < clist.size; t++) {
      const pc = clist.pcs[t];
      const inst = insts[pc];
      const op = inst[0];
      if (op === MATCH) {
        matched = { index: clist.starts[t], end: pos };
        // Lower-priority threads lose to this match.
        break;
      }
      if (after < 0) continue;
      const ok = op === RUNE ? inRanges(inst, after) : op === RUNE_ANY ? true : after !== 10;
      if (ok) add(nlist, inst[1], clist.starts[t], nextFlags);
    }
    if (after < 0) break;
    const swap = clist;
    clist = nlist;
    nlist = swap;
    pos += width;
  }
  linearWork.lastSteps = steps;
  return matched;
}

/** The slice of RegExp the engine uses (exec with lastIndex, test), backed by a linear-time program. */
export class LinearRegExp {
  lastIndex = 0;
  constructor(
    private readonly program: LinearProgram,
    readonly global: boolean,
  ) {}

  exec(s: string): (RegExpExecArray & { index: number }) | null {
    const from = this.global ? this.lastIndex : 0;
    if (from > s.length) {
      this.lastIndex = 0;
      return null;
    }
    const m = linearSearch(this.program, s, from);
    if (!m) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    if (this.global) this.lastIndex = m.end;
    const hit = [s.slice(m.index, m.end)] as unknown as RegExpExecArray;
    hit.index = m.index;
    hit.input = s;
    return hit;
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }
}
