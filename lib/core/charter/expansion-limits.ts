// Caps on what the page actually runs: a rule's regexes after every lexicon (⟦fragment⟧) is spliced back in.
// Lexicons that refer to each other multiply: a few hundred bytes of charter can expand to tens of millions of characters
// of regex, which the compact compiled form hides. Measured here without expanding anything.
import type { CharterError } from './charter-error';
import type { CompiledMatcher, CompiledRule } from './compiled';
import { expandMacros } from '../engine/macros';
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

/** A rule's regex texts with the compact form's macros written out (lexicon references are left for ExpandedSizes). */
function sourcesOf(rule: CompiledRule, macros: readonly string[] | undefined): string[] {
  const matchers: (CompiledMatcher | undefined)[] = [...(rule.swaps ?? []).map((s) => s.matcher), rule.requires, rule.unless?.near, rule.required];
  return matchers
    .flatMap((m) => (!m || m.program ? [] : m.parts ? m.parts.map((p) => p[0]) : [m.source]))
    .map((source) => expandMacros(source, macros));
}

/** Errors for rules (and a charter) whose expanded regexes exceed the caps, naming the rule and the lexicon chain. */
export function checkExpandedSize(
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
