// Build time: compiles what does not depend on a charter (the built-in packs' terms, their lexicons, the models)
// once, in the form lib/core/charter/precompiled.ts reads back. Pure: scripts/precompile-packs.ts writes the file.
import { compactModel, type PackedModel } from '../engine/classifier/model';
import { BUILTIN_PACKS } from '../packs';
import { BUILTIN_MODELS } from '../packs/models';
import type { RulePack } from '../packs/types';
import { BOILERPLATE_MACROS, hoistRepeatedGroups } from './compact';
import { compileCharter } from './compile';
import type { CompiledMatcher, CompiledPart } from './compiled';
import { lexiconHash, modelHash, PRECOMPILED_FORMAT, type PrecompiledMatcher, type PrecompiledPacks } from './precompiled';

const FRAGMENT_REF = /⟦([^⟦⟧]+)⟧/g;
const LEXICON_REF = /@([A-Za-z0-9_]+)/g;

/** A charter with no rules of its own that uses every pack: compiling it compiles every pack rule's terms. */
function packsOnlyCharter(packs: RulePack[]): unknown {
  const langs = [...new Set(packs.flatMap((p) => (p.lang ? [p.lang] : [])))];
  return {
    schemaVersion: 1,
    id: 'precompile',
    version: '1',
    updatedAt: '2026-01-01',
    brand: { name: 'precompile', languages: langs.length ? langs : ['fr'], platforms: ['facebook', 'x', 'linkedin'] },
    packs: { builtin: langs },
    paths: [],
    phrasings: [],
    rules: [],
  };
}

/** Every lexicon the terms read, directly or through other lexicons. */
function lexiconsRead(terms: readonly string[], lexicons: Record<string, string[]>): string[] {
  const seen = new Set<string>();
  const visit = (term: string) => {
    for (const m of term.matchAll(LEXICON_REF)) {
      if (seen.has(m[1])) continue;
      seen.add(m[1]);
      for (const t of lexicons[m[1]] ?? []) visit(t);
    }
  };
  terms.forEach(visit);
  return [...seen].sort();
}

function fragmentsRead(sources: string[], fragments: Record<string, string>): string[] {
  const seen = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(FRAGMENT_REF)) {
      if (seen.has(m[1]) || fragments[m[1]] === undefined) continue;
      seen.add(m[1]);
      visit(fragments[m[1]]);
    }
  };
  sources.forEach(visit);
  return [...seen].sort();
}

function sourcesOf(m: CompiledMatcher): string[] {
  return m.parts ? m.parts.map((p) => p[0]) : [m.source];
}

export function precompilePacks(
  packs: RulePack[] = BUILTIN_PACKS,
  models: Record<string, PackedModel & { threshold: number }> = BUILTIN_MODELS,
): PrecompiledPacks {
  const fresh: { key: string; matcher: CompiledMatcher; terms: string[]; lexicons: Record<string, string[]> }[] = [];
  const result = compileCharter(packsOnlyCharter(packs), packs, {
    precompiled: null,
    onFreshMatcher: (key, matcher, lexicons) => fresh.push({ key, matcher, terms: key.split('\u0001').slice(1), lexicons }),
  });
  if (!result.ok) throw new Error(`the built-in packs do not compile: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const fragments = result.compiled.fragments;

  // Groups that recur across the packs become macros; sources and fragments are rewritten in place.
  const macros = [...BOILERPLATE_MACROS];
  const fragmentKeys = Object.keys(fragments).sort();
  const texts: string[] = [];
  for (const f of fresh) texts.push(...sourcesOf(f.matcher));
  for (const k of fragmentKeys) texts.push(fragments[k]);
  const hoisted = hoistRepeatedGroups(texts, macros);
  let at = 0;
  const matchers: Record<string, PrecompiledMatcher> = {};
  for (const f of fresh) {
    const m = f.matcher;
    const matcher: CompiledMatcher = m.parts
      ? { ...m, parts: m.parts.map((p): CompiledPart => [hoisted[at++], ...p.slice(1)] as CompiledPart) }
      : { ...m, source: hoisted[at++] };
    matchers[f.key] = {
      matcher,
      lexicons: Object.fromEntries(lexiconsRead(f.terms, f.lexicons).map((name) => [name, lexiconHash(f.lexicons[name])])),
      fragments: fragmentsRead(sourcesOf(m), fragments),
    };
  }
  const compactFragments: Record<string, string> = {};
  for (const k of fragmentKeys) compactFragments[k] = hoisted[at++];
  return {
    format: PRECOMPILED_FORMAT,
    macros,
    matchers,
    fragments: compactFragments,
    models: Object.fromEntries(Object.entries(models).map(([id, m]) => [id, { hash: modelHash(m), model: compactModel(m) }])),
  };
}
