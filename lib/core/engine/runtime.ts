// A compiled charter turned into live RegExp objects, once per charter object (the compiled form stays plain JSON).
import type { CompiledCharter, CompiledMatcher, CompiledPath, CompiledRule } from '../charter/compiled';
import { unpackModel, type LiveModel } from './classifier/model';
import { expandFragments } from './fragments';
import { LinearRegExp } from './linear-regex';
import type { IncomingCategory } from './vocabulary';

export interface LiveMatcher {
  /** Global regexes for iterating matches, each skipped when none of its anchors is in the text. */
  parts: { re: RegExp; anchors?: string[] }[];
  anchors?: string[];
  on: CompiledMatcher['on'];
  replacement?: CompiledRule['replacement'];
}

export interface LiveRule {
  rule: CompiledRule;
  matchers: LiveMatcher[];
  /** Non-global regexes for context tests. */
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

function liveRule(rule: CompiledRule, fragments: Record<string, string>, models: Map<string, LiveModel>): LiveRule {
  const live = (m: CompiledMatcher, global: boolean): RegExp => {
    // A charter's pattern: its RE2 program, never its source (nor fragments spliced into it).
    if (m.program) return new LinearRegExp(m.program, global) as unknown as RegExp;
    const flags = m.flags.replace(/g/g, '') + (global ? 'g' : '');
    return new RegExp(expandFragments(m.source, fragments), flags.includes('u') || flags.includes('v') ? flags : `${flags}u`);
  };
  return {
    rule,
    matchers: (rule.swaps ?? []).map((s) => ({
      parts: s.matcher.parts
        ? s.matcher.parts.map((p) => ({ re: live({ ...s.matcher, source: p.source }, true), ...(p.anchors ? { anchors: p.anchors } : {}) }))
        : [{ re: live(s.matcher, true) }],
      on: s.matcher.on,
      ...(s.matcher.anchors ? { anchors: s.matcher.anchors } : {}),
      replacement: s.replacement ?? rule.replacement,
    })),
    requires: rule.requires && live(rule.requires, false),
    unlessNear: rule.unless?.near && live(rule.unless.near, false),
    required: rule.required && live(rule.required, false),
    model: rule.classifier && models.get(rule.classifier.model),
  };
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
    const models = new Map(Object.entries(charter.models ?? {}).map(([id, packed]) => [id, unpackModel(packed)]));
    const rules = charter.rules.map((r) => liveRule(r, charter.fragments ?? {}, models));
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
