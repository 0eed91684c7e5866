// Caps on what the page actually runs: a rule's regexes after every lexicon (⟦fragment⟧) is spliced back in.
// Lexicons that refer to each other multiply: a few hundred bytes of charter can expand to tens of millions of characters
// of regex, which the compact compiled form hides. Measured here without expanding anything.
import type { CharterError } from './charter-error';
import type { CompiledMatcher, CompiledRule } from './compiled';
import { expandMacros, MACRO_BASE } from '../engine/macros';
import { ownValue } from '../engine/own-key';

/** One rule's regexes, expanded (the demo charter's largest is about 44,000). */
export const MAX_RULE_EXPANDED_CHARS = 200_000;
/** All rules together, expanded (the demo charter with its packs: about 750,000). */
export const MAX_TOTAL_EXPANDED_CHARS = 3_000_000;

const REF = /⟦([^⟦⟧]+)⟧/g;

class ExpandedSizes {
  private readonly memo = new Map<string, number>();
  constructor(private readonly fragments: Record<string, string>) {}

  /** Characters `source` holds once every reference is replaced (an unknown reference stays as written). */
  of(source: string, depth = 0): number {
    let size = source.length;
    if (!source.includes('⟦') || depth > 16) return size;
    for (const m of source.matchAll(REF)) {
      const fragment = ownValue(this.fragments, m[1]);
      if (fragment !== undefined) size += this.fragment(m[1], fragment, depth) - m[0].length;
    }
    return size;
  }

  private fragment(key: string, fragment: string, depth: number): number {
    let size = this.memo.get(key);
    if (size === undefined) this.memo.set(key, (size = this.of(fragment, depth + 1)));
    return size;
  }

  /** The lexicons that weigh most, outermost first: "competitors → brands → models". */
  heaviestChain(source: string): string[] {
    const chain: string[] = [];
    let current = source;
    for (let depth = 0; depth < 16; depth++) {
      let best: { key: string; size: number } | null = null;
      for (const m of current.matchAll(REF)) {
        const fragment = ownValue(this.fragments, m[1]);
        if (fragment === undefined) continue;
        const size = this.of(fragment);
        if (!best || size > best.size) best = { key: m[1], size };
      }
      if (!best) break;
      const lexicon = `@${best.key.replace(/\.[a-z]{2}$/, '')}`;
      if (chain[chain.length - 1] !== lexicon) chain.push(lexicon);
      current = this.fragments[best.key];
    }
    return chain;
  }
}

/**
 * The same sizes as ExpandedSizes on the written-out texts, read on the compact form: a macro counts its written-out
 * length, a reference inside it is followed where it stands, in the same order and at the same depth. `null` for a text
 * this reading cannot vouch for (a ⟦ or ⟧ that is not a whole reference within one stretch of plain characters, or
 * macros nested past the expander's bound): the caller then expands everything.
 */
class CompactSizes {
  private readonly memo = new Map<string, number>();
  /** Written-out length of each macro whose text, written out, holds no ⟦ or ⟧; -1 for the others. */
  private readonly plain: (number | undefined)[];

  constructor(
    private readonly fragments: Record<string, string>,
    private readonly macros: readonly string[],
  ) {
    this.plain = new Array(macros.length);
  }

  of(text: string, depth = 0, nesting = 0): number | null {
    let size = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const k = code - MACRO_BASE;
      if (k >= 0 && k <= 0x18ff && k < this.macros.length) {
        const n = this.macro(k, depth, nesting);
        if (n === null) return null;
        size += n;
      } else if (code === OPEN) {
        let end = i + 1;
        let c = text.charCodeAt(end);
        while (end < text.length && c !== OPEN && c !== CLOSE && !(c >= MACRO_BASE && c <= 0xf8ff)) c = text.charCodeAt(++end);
        if (c !== CLOSE || end === i + 1 || end >= text.length) return null;
        const ref = end + 1 - i;
        size += ref;
        if (depth <= 16) {
          const key = text.slice(i + 1, end);
          const fragment = ownValue(this.fragments, key);
          if (fragment !== undefined) {
            let n = this.memo.get(key);
            if (n === undefined) {
              const measured = this.of(fragment, depth + 1, nesting);
              if (measured === null) return null;
              this.memo.set(key, (n = measured));
            }
            size += n - ref;
          }
        }
        i = end;
      } else if (code === CLOSE) return null;
      else size++;
    }
    return size;
  }

  private macro(k: number, depth: number, nesting: number): number | null {
    const known = this.plain[k];
    if (known !== undefined && known >= 0) return known;
    if (nesting > 60) return null;
    const text = this.macros[k];
    if (known === undefined && !text.includes('⟦') && !text.includes('⟧')) {
      // Macros inside it may still hold references: measured plain only when none does.
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const j = text.charCodeAt(i) - MACRO_BASE;
        if (j >= 0 && j <= 0x18ff && j < this.macros.length) {
          const inner = this.macro(j, depth, nesting + 1);
          if (inner === null) return null;
          if (this.plain[j]! < 0) return (this.plain[k] = -1), this.of(text, depth, nesting + 1);
          n += inner;
        } else n++;
      }
      return (this.plain[k] = n);
    }
    this.plain[k] = -1;
    return this.of(text, depth, nesting + 1);
  }
}

const OPEN = '⟦'.charCodeAt(0);
const CLOSE = '⟧'.charCodeAt(0);

/** A rule's regex texts, compact (lexicon references are left for ExpandedSizes). */
function compactSourcesOf(rule: CompiledRule): string[] {
  const matchers: (CompiledMatcher | undefined)[] = [...(rule.swaps ?? []).map((s) => s.matcher), rule.requires, rule.unless?.near, rule.required];
  return matchers.flatMap((m) => (!m || m.program ? [] : m.parts ? m.parts.map((p) => p[0]) : [m.source]));
}

/** A rule's regex texts with the compact form's macros written out. */
function sourcesOf(rule: CompiledRule, macros: readonly string[] | undefined): string[] {
  return compactSourcesOf(rule).map((source) => expandMacros(source, macros));
}

/** Errors for rules (and a charter) whose expanded regexes exceed the caps, naming the rule and the lexicon chain. */
export function checkExpandedSize(
  rules: CompiledRule[],
  fragments: Record<string, string>,
  pathOf: (ruleId: string) => string,
  macros?: readonly string[],
): CharterError[] {
  // Most charters are far below the caps: measured on the compact form; the messages come from the written-out one.
  const compact = new CompactSizes(fragments, macros ?? []);
  let total = 0;
  for (const rule of rules) {
    let size = 0;
    for (const s of compactSourcesOf(rule)) {
      const n = compact.of(s);
      if (n === null) return expandedSizeErrors(rules, fragments, pathOf, macros);
      size += n;
    }
    if (size > MAX_RULE_EXPANDED_CHARS) return expandedSizeErrors(rules, fragments, pathOf, macros);
    total += size;
  }
  return total > MAX_TOTAL_EXPANDED_CHARS ? expandedSizeErrors(rules, fragments, pathOf, macros) : [];
}

function expandedSizeErrors(
  rules: CompiledRule[],
  fragments: Record<string, string>,
  pathOf: (ruleId: string) => string,
  macros?: readonly string[],
): CharterError[] {
  const plain = macros?.length ? Object.fromEntries(Object.entries(fragments).map(([k, v]) => [k, expandMacros(v, macros)])) : fragments;
  const sizes = new ExpandedSizes(plain);
  const errors: CharterError[] = [];
  let total = 0;
  let heaviest: { id: string; size: number } | null = null;
  for (const rule of rules) {
    const sources = sourcesOf(rule, macros);
    const size = sources.reduce((sum, s) => sum + sizes.of(s), 0);
    total += size;
    if (!heaviest || size > heaviest.size) heaviest = { id: rule.id, size };
    if (size > MAX_RULE_EXPANDED_CHARS) {
      const worst = [...sources].sort((a, b) => sizes.of(b) - sizes.of(a))[0];
      const chain = sizes.heaviestChain(worst);
      errors.push({
        path: pathOf(rule.id),
        message:
          `rule '${rule.id}' expands to ${size.toLocaleString('en')} characters of regular expression` +
          (chain.length ? ` through the lexicons ${chain.join(' → ')}` : '') +
          `, more than the ${MAX_RULE_EXPANDED_CHARS.toLocaleString('en')} a page can run: lexicons that use other lexicons multiply, use fewer levels or shorter lists`,
      });
    }
  }
  if (errors.length === 0 && total > MAX_TOTAL_EXPANDED_CHARS) {
    errors.push({
      path: '',
      message: `the rules expand to ${total.toLocaleString('en')} characters of regular expression, more than the ${MAX_TOTAL_EXPANDED_CHARS.toLocaleString('en')} a page can run; the largest rule is '${heaviest?.id}'`,
    });
  }
  return errors;
}
