// The compact form of compiled regexes: recurring pieces written as one private-use character each (see
// lib/core/engine/macros.ts, which expands them in the page). Term sources repeat the same word boundaries and
// separators thousands of times, and the packs repeat whole groups across rules: written once, the demo charter's
// rules shrink several times over, and the page parses that much less.
import { MACRO_BASE, MAX_MACROS } from '../engine/macros';
import { NOT_WORD, WORD, WORD_CLASS } from '../engine/word-class';

const IN_SENTENCE = `[^${WORD_CLASS}.!?;\\n]`;

/**
 * The pieces the term compiler emits most (lib/core/charter/term-pattern.ts), longest first. If the term compiler
 * changes them, they simply stop matching: the output is still exact, only larger.
 */
export const BOILERPLATE_MACROS: readonly string[] = [
  `(?:${IN_SENTENCE}{1,10}${WORD}+){0,4}`,
  `(?<!${WORD})`,
  `(?!${WORD})`,
  `${IN_SENTENCE}{1,10}`,
  `${IN_SENTENCE}{0,10}`,
  `${NOT_WORD}{0,2}`,
  `${NOT_WORD}{1,2}`,
  IN_SENTENCE,
  WORD,
  NOT_WORD,
];

const macroChar = (i: number) => String.fromCharCode(MACRO_BASE + i);
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

/** Writes the input's own private-use characters as escapes (same regex under the `u` flag), so none reads as a macro. */
export function escapePrivateUse(source: string): string {
  return source.replace(PRIVATE_USE, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
/** One pass over the text: leftmost, longest-listed boilerplate piece first. */
const BOILERPLATE_RE = new RegExp(BOILERPLATE_MACROS.map(escapeRegex).join('|'), 'g');
const BOILERPLATE_CHAR = new Map(BOILERPLATE_MACROS.map((text, i) => [text, macroChar(i)]));

/** A freshly compiled regex source in compact form: its own private-use characters escaped, the boilerplate as macros. */
export function compactSource(source: string): string {
  return escapePrivateUse(source).replace(BOILERPLATE_RE, (m) => BOILERPLATE_CHAR.get(m)!);
}

/** Separates texts in the corpus the group search runs on (never inside a compiled source: the compiler never emits it). */
const SEPARATOR = '\u0000';
const MIN_GROUP = 12;

/** Every `(?:…)` group of a compact source, as text (escapes and character classes skipped). */
function groupsOf(text: string, count: Map<string, number>): void {
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop();
      if (start !== undefined && text.startsWith('(?:', start) && i + 1 - start >= MIN_GROUP) {
        const g = text.slice(start, i + 1);
        count.set(g, (count.get(g) ?? 0) + 1);
      }
    }
  }
}

/**
 * Build time: turns groups that recur across `texts` into macros appended to `macros` (largest saving first, two
 * rounds so that groups made of macros are found too). Returns the texts rewritten; expanding them gives them back.
 */
export function hoistRepeatedGroups(texts: string[], macros: string[]): string[] {
  if (texts.some((t) => t.includes(SEPARATOR))) return texts;
  const fixed = texts.length;
  let corpus = texts.join(SEPARATOR);
  for (let round = 0; round < 2; round++) {
    const count = new Map<string, number>();
    for (const t of corpus.split(SEPARATOR)) groupsOf(t, count);
    const candidates = [...count]
      .filter(([, n]) => n >= 2)
      .map(([g, n]) => ({ g, saving: (n - 1) * (g.length - 1) - 1 }))
      .sort((a, b) => b.saving - a.saving)
      .slice(0, 1500);
    for (const { g } of candidates) {
      if (macros.length >= MAX_MACROS) break;
      const pieces = corpus.split(g);
      if (pieces.length < 3) continue;
      const char = macroChar(macros.length);
      // The macro's own text joins the corpus, so later (smaller) groups compact it too.
      corpus = `${pieces.join(char)}${SEPARATOR}${g}`;
      macros.push('');
    }
    // Macro texts were appended in order after the fixed texts; read them back each round.
    const all = corpus.split(SEPARATOR);
    const hoisted = all.slice(fixed);
    const firstHoisted = macros.length - hoisted.length;
    hoisted.forEach((text, i) => (macros[firstHoisted + i] = text));
    corpus = all.join(SEPARATOR);
  }
  return corpus.split(SEPARATOR).slice(0, fixed);
}

/** The macros a set of compact texts uses (macros inside macros included); the others become ''. */
export function pruneMacros(texts: Iterable<string>, macros: readonly string[]): string[] {
  const used = new Uint8Array(macros.length);
  let last = -1;
  const visit = (text: string) => {
    for (let at = 0; at < text.length; at++) {
      const i = text.charCodeAt(at) - MACRO_BASE;
      if (i >= 0 && i < macros.length && !used[i]) {
        used[i] = 1;
        if (i > last) last = i;
        visit(macros[i]);
      }
    }
  };
  for (const t of texts) visit(t);
  return macros.slice(0, last + 1).map((m, i) => (used[i] ? m : ''));
}
