// Charter JSON + built-in packs → the compact compiled form the engine runs (validated once, outside the page).
import { quietableRefusal } from './quietable';
import { compileKind, READS_INCOMING, type RuleKind } from '../rule-kinds';
import { BUILTIN_PACKS, DEFAULT_PATHS } from '../packs';
import { BUILTIN_MODELS } from '../packs/models';
import { compactModel } from '../engine/classifier/model';
import { MACRO_BASE } from '../engine/macros';
import type { RulePack } from '../packs/types';
import { installLexis } from '../engine/lexis';
import { normalizeFragment } from '../engine/normalize';
import { ownValue } from '../engine/own-key';
import { isIncomingCategory, type Category, type Lang, type LocalizedText } from '../engine/vocabulary';
import { explainZodError, formatCharterError, type CharterError } from './charter-error';
import {
  COMPILED_FORMAT,
  type BrandContacts,
  type CompiledCharter,
  type CompiledMatcher,
  type CompiledPart,
  type CompiledPath,
  type CompiledPhrasing,
  type CompiledRule,
} from './compiled';
import { BOILERPLATE_MACROS, compactSource, pruneMacros } from './compact';
import { ENGINE_LEXIS } from './engine-lexis';
import { lexiconHash, matcherKey, modelHash, PRECOMPILED_PACKS, type PrecompiledMatcher, type PrecompiledPacks } from './precompiled';
import { checkExpandedSize } from './expansion-limits';
import { charterSchema, type CharterSource, type PathSource, type RuleSource } from './schema';
import type { LocalizedSource } from './schema-fields';
import { compileTerm, TermSyntaxError, type TermContext } from './term-pattern';

export type ParseResult = { ok: true; charter: CharterSource } | { ok: false; errors: CharterError[] };
export type CompileResult =
  | { ok: true; compiled: CompiledCharter; charter: CharterSource; warnings: CharterError[] }
  | { ok: false; errors: CharterError[] };

export function parseCharter(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: `expected a charter object, got ${Array.isArray(input) ? 'a list' : typeof input}` }] };
  }
  const parsed = charterSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: true, charter: parsed.data } : { ok: false, errors: explainZodError(parsed.error) };
}

/** Parse JSON text first, so that a syntax error names its line and column. */
/** A charter is a hand-written file: a few hundred kB at most. Beyond these sizes it is a mistake, and it would weigh on every page. */
export const MAX_CHARTER_TEXT_CHARS = 2_000_000;
export const MAX_COMPILED_CHARS = 5_000_000;

/** Compile options: the build-time cache to reuse (default: the one shipped), and a hook that sees every matcher compiled afresh. */
export interface CompileOptions {
  precompiled?: PrecompiledPacks | null;
  onFreshMatcher?: (key: string, matcher: CompiledMatcher, lexicons: Record<string, string[]>) => void;
}

export function compileCharterText(json: string, packs: RulePack[] = BUILTIN_PACKS, options: CompileOptions = {}): CompileResult {
  if (json.length > MAX_CHARTER_TEXT_CHARS) {
    return { ok: false, errors: [{ path: '', message: `the charter file holds ${megabytes(json.length)} characters; at most ${megabytes(MAX_CHARTER_TEXT_CHARS)} are accepted` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${describeJsonError(json, e as Error)}` }] };
  }
  return compileCharter(data, packs, options);
}

function describeJsonError(json: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return e.message;
  const pos = Number(m[1]);
  const before = json.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${e.message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')} (line ${line}, column ${column})`;
}

export function compileCharter(input: unknown, packs: RulePack[] = BUILTIN_PACKS, options: CompileOptions = {}): CompileResult {
  // Rule terms and contacts are normalised with the word lists (SMS spellings, look-alikes) the compiled charter carries.
  installLexis(ENGINE_LEXIS);
  const parsed = parseCharter(input);
  if (!parsed.ok) return parsed;
  return new CharterCompiler(parsed.charter, packs, options).run();
}

/** Throws with every problem listed: for built-in charters and tests, where an invalid charter is a bug. */
export function compileCharterOrThrow(input: unknown, packs: RulePack[] = BUILTIN_PACKS): CompiledCharter {
  const result = compileCharter(input, packs);
  if (!result.ok) throw new Error(`invalid charter:\n${result.errors.map(formatCharterError).join('\n')}`);
  return result.compiled;
}

function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} million`;
}

function digitsTail(phone: string): string {
  return phone.replace(/\D/g, '').slice(-9);
}

function foldAddress(a: string): string {
  return normalizeFragment(a, 'fr').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

interface SourcedRule {
  rule: RuleSource;
  /** JSON path of the rule, for messages. */
  at: string;
  origin: string;
  /** JSON path of the `quietable` that applies, when the charter's pack override set it. */
  quietableAt?: string;
}

/** The kinds that may read the incoming message (existence, substitution, pattern, classifier). */
const INCOMING_KINDS = (Object.keys(READS_INCOMING) as RuleKind[]).filter((k) => READS_INCOMING[k]);

class CharterCompiler {
  private readonly errors: CharterError[] = [];
  private readonly warnings: CharterError[] = [];
  private readonly defaultLang: Lang;
  private readonly terms: TermContext;
  private readonly cache: PrecompiledPacks | null;
  /** Fragment keys taken from the cache (already compact); the others are compacted at the end. */
  private readonly cachedFragments = new Set<string>();
  private readonly lexiconHashes = new Map<string, string>();

  constructor(
    private readonly charter: CharterSource,
    private readonly packs: RulePack[],
    private readonly options: CompileOptions = {},
  ) {
    this.defaultLang = charter.brand.defaultLanguage ?? charter.brand.languages[0];
    this.terms = { lexicons: this.mergeLexicons(), fragments: {} };
    this.cache = options.precompiled === undefined ? PRECOMPILED_PACKS : options.precompiled;
  }

  run(): CompileResult {
    const c = this.charter;
    const paths = this.compilePaths();
    const pathIds = new Set(paths.map((p) => p.id));
    const sourced = this.collectRules();
    const rules = sourced
      .map((r) => this.compileRule(r, pathIds))
      .filter((r): r is CompiledRule => r !== null);
    const phrasings = this.compilePhrasings(pathIds);
    const crisisPaths = c.modes?.crisis?.alwaysPaths ?? paths.filter((p) => p.category === 'crisis').map((p) => p.id);
    crisisPaths.forEach((id, i) => {
      if (!pathIds.has(id)) this.error(`modes.crisis.alwaysPaths[${i}]`, this.expectedPath(id, pathIds));
    });
    this.checkDuplicates(c.rules.map((r) => r.id), 'rules', 'rule id');
    this.checkDuplicates(c.paths.map((p) => p.id), 'paths', 'path id');
    this.checkDuplicates(c.phrasings.map((p) => p.id), 'phrasings', 'phrasing id');
    if (this.errors.length) return { ok: false, errors: this.errors };
    const compiled: CompiledCharter = {
      format: COMPILED_FORMAT,
      charter: {
        id: c.id,
        name: c.brand.name,
        version: c.version,
        updatedAt: c.updatedAt,
        schemaVersion: c.schemaVersion,
        languages: c.brand.languages,
        defaultLanguage: this.defaultLang,
        platforms: c.brand.platforms,
        defaultMode: c.defaultMode,
      },
      contacts: this.compileContacts(),
      ...(c.responseTimes ? { responseTimes: Object.fromEntries(Object.entries(c.responseTimes).map(([k, v]) => [k, this.localized(v)])) } : {}),
      fragments: this.compactFragments(),
      macros: [],
      lexis: ENGINE_LEXIS,
      models: Object.fromEntries([...new Set(rules.flatMap((r) => (r.classifier ? [r.classifier.model] : [])))].map((m) => [m, this.model(m)])),
      review: c.review ?? { topLevelPosts: false },
      escalationLog: c.escalationLog ?? { enabled: true },
      paths,
      phrasings,
      rules,
      modes: {
        junior: {
          blockAt: c.modes?.junior?.blockAt ?? 'error',
          approvedOnlyFor: c.modes?.junior?.approvedOnlyFor ?? ['legal', 'press', 'crisis'],
        },
        crisis: { escalate: c.modes?.crisis?.escalate ?? ['overmarketing'], alwaysPaths: crisisPaths },
      },
    };
    compiled.macros = pruneMacros(compactTexts(compiled), this.cache?.macros ?? [...BOILERPLATE_MACROS]);
    // Lexicons multiply: one referenced in many terms can blow a small file up into megabytes of regular expressions.
    // Counted with the macros written out: what the page ends up compiling.
    const compiledChars = expandedCompiledSize(compiled);
    if (compiledChars > MAX_COMPILED_CHARS) {
      // Name the charter's own heaviest rule: that is the one its author can shrink.
      const own = new Set(c.rules.map((r) => r.id));
      const candidates = rules.some((r) => own.has(r.id)) ? rules.filter((r) => own.has(r.id)) : rules;
      const sizer = expandedSizer(compiled.macros);
      const biggest = [...candidates].sort((a, b) => sizer(JSON.stringify(b)) - sizer(JSON.stringify(a)))[0];
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: `the charter compiles to ${megabytes(compiledChars)} characters of rules, more than the ${megabytes(MAX_COMPILED_CHARS)} a page can carry; the largest rule is '${biggest?.id}': use fewer terms or smaller lexicons`,
          },
        ],
      };
    }
    // What the page runs is the expanded form: lexicons spliced back into every rule that uses them.
    const at = new Map(sourced.map((r) => [r.rule.id, r.at]));
    const expansion = checkExpandedSize(rules, compiled.fragments, (id) => at.get(id) ?? '', compiled.macros);
    if (expansion.length) return { ok: false, errors: expansion };
    return { ok: true, compiled, charter: c, warnings: this.warnings };
  }

  /** A built-in model in its shipped encoding: from the build-time cache when it was made from this very record. */
  private model(id: string): CompiledCharter['models'][string] {
    const source = BUILTIN_MODELS[id];
    const cached = this.cache?.models[id];
    return cached && cached.hash === modelHash(source) ? shared(cached.model) : compactModel(source);
  }

  /** The fragment table in compact form (cached fragments are already compact). */
  private compactFragments(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.terms.fragments ?? {})) out[k] = this.cachedFragments.has(k) ? v : compactSource(v);
    return out;
  }

  /** A cached matcher for these terms, if it was compiled from the very lexicons this charter has. */
  private cachedMatcher(key: string): PrecompiledMatcher | undefined {
    const hit = this.cache?.matchers[key];
    if (!hit) return undefined;
    for (const [name, hash] of Object.entries(hit.lexicons)) {
      let current = this.lexiconHashes.get(name);
      if (current === undefined) this.lexiconHashes.set(name, (current = lexiconHash(this.terms.lexicons[name])));
      if (current !== hash) return undefined;
    }
    const fragments = this.terms.fragments!;
    for (const k of hit.fragments) {
      if (fragments[k] === undefined) {
        fragments[k] = this.cache!.fragments[k];
        this.cachedFragments.add(k);
      }
    }
    return hit;
  }

  private error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  private localized(v: LocalizedSource): LocalizedText {
    return typeof v === 'string' ? { [this.defaultLang]: v } : v;
  }

  private usedPacks(): RulePack[] {
    const langs = this.charter.packs?.builtin ?? ['fr', 'en'];
    return this.packs.filter((p) => p.lang === undefined || langs.includes(p.lang));
  }

  /** Pack lexicons, extended (not replaced) by the charter's lists of the same name. */
  private mergeLexicons(): Record<string, string[]> {
    // A Map: a lexicon may be named "constructor" or "__proto__" like any other. A list nobody extends is the pack's own
    // array: its hash (lib/core/charter/precompiled.ts) is then computed once.
    const merged = new Map<string, string[]>();
    for (const p of this.usedPacks()) for (const [k, v] of Object.entries(p.lexicons)) merged.set(k, merged.has(k) ? [...merged.get(k)!, ...v] : v);
    for (const [k, v] of Object.entries(this.charter.lexicons ?? {})) merged.set(k, merged.has(k) ? [...merged.get(k)!, ...v] : v);
    return Object.fromEntries(merged);
  }

  private compilePaths(): CompiledPath[] {
    const own = this.charter.paths.map((p) => this.compilePath(p));
    const covered = new Set(own.map((p) => p.category));
    const defaults = DEFAULT_PATHS.filter((p) => !covered.has(p.category)).map((p) => this.compilePath(p));
    return [...own, ...defaults];
  }

  private compilePath(p: PathSource): CompiledPath {
    const opt = (v: LocalizedSource | undefined) => (v === undefined ? undefined : this.localized(v));
    return {
      id: p.id,
      category: p.category,
      label: this.localized(p.label),
      ...(p.team ? { team: opt(p.team) } : {}),
      ...(p.internalChannel ? { internalChannel: opt(p.internalChannel) } : {}),
      ...(p.publicRedirect ? { publicRedirect: opt(p.publicRedirect) } : {}),
      ...(p.sla ? { sla: opt(p.sla) } : {}),
      secondPairOfEyes: p.secondPairOfEyes,
      ...(p.clause ? { clause: p.clause } : {}),
      ...(p.guidance ? { guidance: opt(p.guidance) } : {}),
    };
  }

  /** Pack rules (minus disabled ones, with overrides), then the charter's own rules and path triggers. */
  private collectRules(): SourcedRule[] {
    const c = this.charter;
    const disabled = new Set(c.packs?.disable ?? []);
    const overrides = c.packs?.override ?? {};
    const charterIds = new Set(c.rules.map((r) => r.id));
    const packRuleIds = new Set<string>();
    const out: SourcedRule[] = [];
    for (const pack of this.usedPacks()) {
      pack.rules.forEach((rule, i) => {
        packRuleIds.add(rule.id);
        if (disabled.has(rule.id) || charterIds.has(rule.id)) return;
        const o = ownValue(overrides, rule.id);
        // A language pack's rules read texts in that language (or texts whose language cannot be told).
        const inLanguage = pack.lang && !rule.langs ? { ...rule, langs: [pack.lang] } : rule;
        out.push({
          rule: o ? ({ ...inLanguage, ...o } as RuleSource) : inLanguage,
          at: `${pack.id}.rules[${i}]`,
          origin: pack.id,
          ...(o?.quietable !== undefined ? { quietableAt: `packs.override.${rule.id}.quietable` } : {}),
        });
      });
    }
    (c.packs?.disable ?? []).forEach((id, i) => {
      if (!packRuleIds.has(id)) this.warnings.push({ path: `packs.disable[${i}]`, message: `no built-in rule has the id '${id}'` });
    });
    for (const id of Object.keys(overrides)) {
      if (!packRuleIds.has(id)) this.warnings.push({ path: `packs.override.${id}`, message: `no built-in rule has the id '${id}'` });
    }
    c.rules.forEach((rule, i) => out.push({ rule, at: `rules[${i}]`, origin: 'charter' }));
    c.paths.forEach((p, i) => {
      if (!p.triggers) return;
      out.push({
        rule: {
          id: `path:${p.id}`,
          kind: 'existence',
          category: p.category,
          severity: 'info',
          message: p.label,
          ...(p.clause ? { clause: p.clause } : {}),
          path: p.id,
          terms: p.triggers,
          unless: { joke: true },
        },
        at: `paths[${i}].triggers`,
        origin: 'charter',
      });
    });
    return out;
  }

  /** Terms compiled to one matcher; `split` keeps them apart (for matchers that search, not those that only test). */
  private matcher(terms: string[], at: string, split = false): CompiledMatcher | null {
    const key = matcherKey(terms, split);
    const cached = this.cachedMatcher(key);
    if (cached) return shared(cached.matcher);
    const fresh = this.freshMatcher(terms, at, split);
    if (fresh) this.options.onFreshMatcher?.(key, fresh, this.terms.lexicons);
    return fresh;
  }

  private freshMatcher(terms: string[], at: string, split: boolean): CompiledMatcher | null {
    const compiledTerms: { source: string; anchors: string[] | null }[] = [];
    terms.forEach((t, j) => {
      try {
        compiledTerms.push(compileTerm(t, this.terms));
      } catch (e) {
        if (e instanceof TermSyntaxError) this.error(`${at}[${j}]`, e.message);
        else throw e;
      }
    });
    if (compiledTerms.length !== terms.length) return null;
    const unique = [...new Map(compiledTerms.map((c) => [c.source, c])).values()];
    const anchored = unique.every((c) => c.anchors);
    const anchors = anchored ? [...new Set(unique.flatMap((c) => c.anchors!))] : undefined;
    if (split && unique.length > 1) {
      // The matcher's anchors are the union of its parts' when all have some: the runtime rebuilds it.
      return {
        source: '',
        flags: 'u',
        on: 'normalized',
        parts: unique.map((c): CompiledPart => (c.anchors ? [compactSource(c.source), c.anchors.join(' ')] : [compactSource(c.source)])),
      };
    }
    return {
      source: compactSource(unique.length === 1 ? unique[0].source : `(?:${unique.map((c) => c.source).join('|')})`),
      flags: 'u',
      on: 'normalized',
      ...(anchors ? { anchors } : {}),
    };
  }

  private compileRule({ rule, at, origin, quietableAt }: SourcedRule, pathIds: Set<string>): CompiledRule | null {
    const scope = rule.scope ?? (isIncomingCategory(rule.category) ? 'incoming' : 'draft');
    if (isIncomingCategory(rule.category) !== (scope === 'incoming')) {
      this.error(`${at}.scope`, `a '${rule.category}' rule reads the ${isIncomingCategory(rule.category) ? 'incoming message' : 'draft'}, got scope '${scope}'`);
      return null;
    }
    if (scope === 'incoming' && !READS_INCOMING[rule.kind]) {
      this.error(`${at}.kind`, `expected ${INCOMING_KINDS.slice(0, -1).join(', ')} or ${INCOMING_KINDS.at(-1)} for a rule on the incoming message, got '${rule.kind}'`);
      return null;
    }
    if (rule.path && !pathIds.has(rule.path)) this.error(`${at}.path`, this.expectedPath(rule.path, pathIds));
    rule.when?.incomingPaths?.forEach((p, i) => {
      if (!pathIds.has(p)) this.error(`${at}.when.incomingPaths[${i}]`, this.expectedPath(p, pathIds));
    });
    const base: CompiledRule = {
      id: rule.id,
      category: rule.category as Category,
      severity: rule.severity,
      scope,
      kind: rule.kind,
      message: this.localized(rule.message),
      origin,
      ...(rule.severityIn ? { severityIn: rule.severityIn } : {}),
      ...(rule.clause ? { clause: rule.clause } : {}),
      ...(rule.path ? { path: rule.path } : {}),
      ...(rule.publicOnly ? { publicOnly: true } : {}),
      ...(rule.platforms ? { platforms: rule.platforms } : {}),
      ...(rule.modes ? { modes: rule.modes } : {}),
      ...(rule.langs ? { langs: rule.langs } : {}),
      ...(rule.when ? { when: rule.when as CompiledRule['when'] } : {}),
      ...(rule.contextScope === 'message' ? { contextScope: 'message' as const } : {}),
      ...(rule.replacement ? { replacement: this.localized(rule.replacement) } : {}),
    };
    if (rule.quietable) {
      const refusal = quietableRefusal({ ...rule, category: rule.category as Category });
      if (refusal) this.error(quietableAt ?? `${at}.quietable`, refusal);
      else base.quietable = true;
    }
    if (rule.unless) {
      const { near, ...flags } = rule.unless;
      const nearMatcher = near ? this.matcher(near, `${at}.unless.near`) : undefined;
      base.unless = { ...flags, ...(nearMatcher ? { near: nearMatcher } : {}) };
    }
    if (rule.requires) {
      const m = this.matcher(rule.requires, `${at}.requires`);
      if (m) base.requires = m;
    }
    const part = compileKind(rule, {
      at,
      origin,
      matcher: (terms, path, split) => this.matcher(terms, path, split),
      localized: (v) => this.localized(v),
      error: (path, message) => this.error(path, message),
      models: BUILTIN_MODELS,
    });
    return part ? { ...base, ...part } : null;
  }

  private compilePhrasings(pathIds: Set<string>): CompiledPhrasing[] {
    return this.charter.phrasings.map((p, i) => {
      if (p.path !== undefined && !pathIds.has(p.path)) this.error(`phrasings[${i}].path`, this.expectedPath(p.path, pathIds));
      const variables = [...new Set([...p.text.matchAll(/\{([^{}\s][^{}]{0,39})\}/g)].map((m) => m[1]))];
      return {
        id: p.id,
        ...(p.path ? { path: p.path } : {}),
        lang: p.lang,
        text: p.text,
        ...(p.title ? { title: this.localized(p.title) } : {}),
        variables,
      };
    });
  }

  private compileContacts(): BrandContacts {
    const c = this.charter.brand.contacts ?? {};
    const emails = (c.emails ?? []).map((e) => e.toLowerCase());
    return {
      phones: (c.phones ?? []).map(digitsTail).filter((d) => d.length >= 6),
      emails,
      domains: (c.domains ?? []).map((d) => d.toLowerCase()),
      addresses: (c.addresses ?? []).map(foldAddress),
    };
  }

  private expectedPath(got: string, pathIds: Set<string>): string {
    return `expected the id of a path (${[...pathIds].join(', ')}), got '${got}'`;
  }

  private checkDuplicates(ids: string[], field: string, what: string): void {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) this.error(`${field}[${i}].id`, `duplicate ${what} '${id}' (also ${field}[${seen.get(id)}])`);
      else seen.set(id, i);
    });
  }
}

/** Every regex text of a compiled charter (sources, parts, fragments): where macros are used. */
export function* compactTexts(compiled: CompiledCharter): Generator<string> {
  const ofMatcher = function* (m: CompiledMatcher | undefined) {
    if (!m) return;
    yield m.source;
    for (const p of m.parts ?? []) yield p[0];
  };
  for (const r of compiled.rules) {
    for (const s of r.swaps ?? []) yield* ofMatcher(s.matcher);
    yield* ofMatcher(r.requires);
    yield* ofMatcher(r.unless?.near);
    yield* ofMatcher(r.required);
  }
  yield* Object.values(compiled.fragments);
}

/** Expanded lengths of texts seen before (the cached packs' sources recur in every compile). */
const expandedLengths = new Map<string, number>();

/** Length of a text with each macro written out (macros inside macros included). */
function expandedSizer(macros: readonly string[]): (text: string) => number {
  const lengths: number[] = new Array(macros.length);
  const lengthOf = (i: number, depth: number): number => {
    if (lengths[i] !== undefined) return lengths[i];
    return (lengths[i] = depth > 64 ? macros[i].length : measure(macros[i], depth + 1));
  };
  const measure = (text: string, depth: number): number => {
    let n = text.length;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i) - MACRO_BASE;
      if (k >= 0 && k < macros.length) n += lengthOf(k, depth) - 1;
    }
    return n;
  };
  return (text) => measure(text, 0);
}

/** Characters of the compiled charter as JSON, with the macros written out. */
function expandedCompiledSize(compiled: CompiledCharter): number {
  const macros = compiled.macros ?? [];
  const sizer = expandedSizer(macros);
  let extra = 0;
  if (expandedLengths.size > 50_000) expandedLengths.clear();
  for (const text of compactTexts(compiled)) {
    let n = expandedLengths.get(text);
    // Memoised only for the packs' macro table: another table gives the same text another length.
    if (n === undefined) {
      n = sizer(text);
      if (macros.length > BOILERPLATE_MACROS.length) expandedLengths.set(text, n);
    }
    extra += n - text.length;
  }
  return jsonLength(compiled) + extra;
}

/**
 * JSON lengths of the build-time cache's matchers and models, which every compile shares (never changed: the cache and
 * every compiled charter hold the same objects): a compile writes out only what is its own to measure its size.
 */
const sharedLengths = new WeakMap<object, number>();

function shared<T extends object>(piece: T): T {
  if (!sharedLengths.has(piece)) sharedLengths.set(piece, JSON.stringify(piece).length);
  return piece;
}

/** `JSON.stringify(value).length`, with the shared pieces' lengths known; `value` is not undefined, a function or a symbol. */
function jsonLength(value: unknown): number {
  if (value === null || typeof value !== 'object') return JSON.stringify(value).length;
  const known = sharedLengths.get(value);
  if (known !== undefined) return known;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value).length;
  const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  if (Array.isArray(value)) {
    let n = 1 + Math.max(value.length, 1);
    for (const v of value) n += omitted(v) ? 4 : jsonLength(v);
    return n;
  }
  let n = 2;
  let fields = 0;
  for (const [k, v] of Object.entries(value)) {
    if (omitted(v)) continue;
    n += JSON.stringify(k).length + 1 + jsonLength(v);
    fields++;
  }
  return n + Math.max(fields - 1, 0);
}
