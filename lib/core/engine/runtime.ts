// A compiled charter turned into live RegExp objects, once per charter object (the compiled form stays plain JSON).
// Live rules and models are also kept per compiled rule and per model record: a charter that shares them with another
// (the example runner checks each rule on a copy holding only that rule) reuses them instead of building them again.
import { partAnchors, type CompiledCharter, type CompiledMatcher, type CompiledPart, type CompiledPath, type CompiledRule } from '../charter/compiled';
import { unpackModel, type LiveModel, type PackedModel } from './classifier/model';
import { expandFragments } from './fragments';
import { expandMacros } from './macros';
import { LinearRegExp } from './linear-regex';
import { ownValue } from './own-key';
import type { IncomingCategory } from './vocabulary';

export interface LiveMatcher {
  /** Global regexes for iterating matches, each skipped when none of its anchors is in the text (built on first use). */
  parts: { re: RegExp; anchors?: string[] }[];
  anchors?: string[];
  on: CompiledMatcher['on'];
  replacement?: CompiledRule['replacement'];
}

export interface LiveRule {
  rule: CompiledRule;
  matchers: LiveMatcher[];
  /** Non-global regexes for context tests (built on first use). */
  requires?: RegExp;
  unlessNear?: RegExp;
  required?: RegExp;
  model?: LiveModel;
}

export interface Runtime {
  incomingRules: LiveRule[];
  draftRules: LiveRule[];
  pathById: Map<string, CompiledPath>;
  pathByCategory: Map<IncomingCategory, CompiledPath>;
}

const runtimes = new WeakMap<CompiledCharter, Runtime>();
const liveModels = new WeakMap<PackedModel, LiveModel>();
/** Live rules by fragment table, macro table, then compiled rule. */
const liveRules = new WeakMap<object, WeakMap<object, WeakMap<CompiledRule, LiveRule>>>();
const NO_FRAGMENTS = {};

/** The fragments written out (macros and nested fragments), once per charter's fragment table. */
const expandedFragments = new WeakMap<object, Record<string, string>>();

function fragmentsOf(charter: CompiledCharter): Record<string, string> {
  const own = charter.fragments ?? NO_FRAGMENTS;
  let out = expandedFragments.get(own);
  if (!out) {
    // Macros written out, then references to other fragments, once: each source then needs a single pass.
    const plain: Record<string, string> = charter.macros ? Object.fromEntries(Object.entries(own).map(([k, v]) => [k, expandMacros(v, charter.macros)])) : own;
    out = Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, expandFragments(v, plain)]));
    expandedFragments.set(own, out);
  }
  return out;
}

/** A part as [source, anchors]; a charter compiled before format 2 (still stored, until the background recompiles it) has objects. */
function readPart(p: CompiledPart | { source: string; anchors?: string[] }): { source: string; anchors?: string[] } {
  return Array.isArray(p) ? { source: p[0], anchors: partAnchors(p) } : p;
}

/** The union of the parts' anchors when every part has some (compiled charters leave it out as redundant). */
function matcherAnchors(m: CompiledMatcher, parts: { anchors?: string[] }[] | undefined): string[] | undefined {
  if (m.anchors) return m.anchors;
  if (!parts || parts.length === 0 || !parts.every((p) => p.anchors)) return undefined;
  return [...new Set(parts.flatMap((p) => p.anchors!))];
}

function modelFor(charter: CompiledCharter, id: string): LiveModel | undefined {
  // Own keys only: a model named "toString" is a name like any other.
  const packed = ownValue(charter.models, id);
  if (!packed) return undefined;
  let model = liveModels.get(packed);
  if (!model) liveModels.set(packed, (model = unpackModel(packed)));
  return model;
}

/** A regex built on first use: a check runs the few parts whose anchors are in the text, so most are never built. */
function lazyRegex(build: () => RegExp): { readonly re: RegExp } {
  let re: RegExp | undefined;
  return {
    get re() {
      return (re ??= build());
    },
  };
}

function liveRule(rule: CompiledRule, charter: CompiledCharter): LiveRule {
  const fragments = fragmentsOf(charter);
  const macros = charter.macros;
  const live = (source: string, flagsIn: string, global: boolean): RegExp => {
    const flags = flagsIn.replace(/g/g, '') + (global ? 'g' : '');
    return new RegExp(expandFragments(expandMacros(source, macros), fragments), flags.includes('u') || flags.includes('v') ? flags : `${flags}u`);
  };
  const requires = rule.requires && lazyRegex(() => live(rule.requires!.source, rule.requires!.flags, false));
  const unlessNear = rule.unless?.near && lazyRegex(() => live(rule.unless!.near!.source, rule.unless!.near!.flags, false));
  const required = rule.required && lazyRegex(() => live(rule.required!.source, rule.required!.flags, false));
  return {
    rule,
    matchers: (rule.swaps ?? []).map((s) => {
      const parts = s.matcher.parts?.map(readPart);
      const anchors = matcherAnchors(s.matcher, parts);
      const part = (source: string, partAnchors?: string[]) =>
        Object.defineProperties(partAnchors ? { anchors: partAnchors } : {}, {
          re: { get: lazyGetter(() => live(source, s.matcher.flags, true)), enumerable: true },
        }) as LiveMatcher['parts'][number];
      // A charter's pattern runs as its RE2 program, never as its source (nor with fragments spliced into it).
      const program = s.matcher.program;
      const whole = program
        ? (Object.defineProperty({}, 're', { get: lazyGetter(() => new LinearRegExp(program, true) as unknown as RegExp), enumerable: true }) as LiveMatcher['parts'][number])
        : part(s.matcher.source);
      return {
        parts: parts ? parts.map((p) => part(p.source, p.anchors)) : [whole],
        on: s.matcher.on,
        ...(anchors ? { anchors } : {}),
        replacement: s.replacement ?? rule.replacement,
      };
    }),
    get requires() {
      return requires?.re;
    },
    get unlessNear() {
      return unlessNear?.re;
    },
    get required() {
      return required?.re;
    },
    model: rule.classifier && modelFor(charter, rule.classifier.model),
  };
}

function lazyGetter(build: () => RegExp): () => RegExp {
  const holder = lazyRegex(build);
  return () => holder.re;
}

function liveRuleFor(rule: CompiledRule, charter: CompiledCharter): LiveRule {
  // A rule's regexes depend on the fragment and macro tables, its model on the charter's model record.
  const fragments = (charter.fragments ?? NO_FRAGMENTS) as object;
  const macros = (charter.macros ?? NO_FRAGMENTS) as object;
  let byMacros = liveRules.get(fragments);
  if (!byMacros) liveRules.set(fragments, (byMacros = new WeakMap()));
  let byRule = byMacros.get(macros);
  if (!byRule) byMacros.set(macros, (byRule = new WeakMap()));
  let live = byRule.get(rule);
  if (!live || (rule.classifier && live.model !== modelFor(charter, rule.classifier.model))) {
    live = liveRule(rule, charter);
    byRule.set(rule, live);
  }
  return live;
}

/**
 * Compiles the charter's regexes one rule at a time (V8 compiles a regex on its first use), so a page can spread
 * the cost over idle slots instead of paying it on the CM's first keystroke. Each step returns the rule id it warmed.
 */
export function* warmUpRuntime(charter: CompiledCharter): Generator<string, void, void> {
  const rt = runtimeFor(charter);
  const sample = 'bonjour, ma commande 12345 est en retard! hello, my order is late, please help';
  for (const r of [...rt.incomingRules, ...rt.draftRules]) {
    for (const m of r.matchers) {
      for (const part of m.parts) {
        part.re.lastIndex = 0;
        part.re.exec(sample);
        part.re.lastIndex = 0;
      }
    }
    r.requires?.test(sample);
    r.unlessNear?.test(sample);
    r.required?.test(sample);
    yield r.rule.id;
  }
}

export function runtimeFor(charter: CompiledCharter): Runtime {
  let rt = runtimes.get(charter);
  if (!rt) {
    const rules = charter.rules.map((r) => liveRuleFor(r, charter));
    const pathByCategory = new Map<IncomingCategory, CompiledPath>();
    for (const p of charter.paths) if (!pathByCategory.has(p.category)) pathByCategory.set(p.category, p);
    rt = {
      incomingRules: rules.filter((r) => r.rule.scope === 'incoming'),
      draftRules: rules.filter((r) => r.rule.scope === 'draft'),
      pathById: new Map(charter.paths.map((p) => [p.id, p])),
      pathByCategory,
    };
    runtimes.set(charter, rt);
  }
  return rt;
}
