// Runs the should_flag / should_pass examples a charter's rules carry (Vale's users wished for this; Weir has it).
// Each rule is tested on its own, so an example proves that rule, not a neighbour that happens to match.
import { check } from '../engine/check';
import { confidentWith } from '../rule-kinds';
import type { CheckInput } from '../engine/types';
import type { AnyPlatform } from '../engine/vocabulary';
import type { CompiledCharter } from './compiled';
import type { RuleSource } from './schema';
import type { ExampleSource } from './schema-fields';

export interface ExampleFailure {
  ruleId: string;
  /** JSON path of the example in the charter or pack, e.g. `rules[4].examples.should_flag[1]`. */
  path: string;
  expected: 'flag' | 'pass';
  text: string;
}

export interface ExampleReport {
  run: number;
  failures: ExampleFailure[];
}

function inputFor(example: ExampleSource, rule: CompiledCharter['rules'][number], charter: CompiledCharter): CheckInput {
  const o = typeof example === 'string' ? { text: example } : example;
  const text = o.text ?? '';
  const onIncoming = rule.scope === 'incoming';
  const platform: AnyPlatform = o.platform ?? rule.platforms?.[0] ?? charter.charter.platforms[0] ?? 'facebook';
  return {
    incoming: o.incoming ?? (onIncoming ? text : ''),
    draft: o.draft ?? (onIncoming ? '' : text),
    platform,
    isPublic: o.public ?? true,
    mode: o.mode ?? rule.modes?.[0] ?? charter.charter.defaultMode,
  };
}

/**
 * A copy of the charter whose only rules are `ruleId` and those it depends on: the incoming rules that can open a path
 * its `when` names (by id or by category), and the draft rules whose findings its confidence needs (shouted words sell
 * only beside hype). The others cannot change whether the rule flags, and running every rule on every example made
 * lint several times slower.
 */
function isolate(charter: CompiledCharter, ruleId: string): CompiledCharter {
  const rule = charter.rules.find((r) => r.id === ruleId)!;
  const when = rule.scope === 'draft' ? rule.when : undefined;
  const confidenceFrom = confidentWith(rule);
  if (!when && !confidenceFrom) return { ...charter, rules: [rule] };
  const pathById = new Map(charter.paths.map((p) => [p.id, p]));
  const opens = (r: CompiledCharter['rules'][number]) => {
    if (!when) return false;
    // As the engine resolves it (lib/core/engine/check.ts findPaths): the rule's path, else the first path of its category.
    const path = r.path ? pathById.get(r.path) : charter.paths.find((p) => p.category === r.category);
    if (!path) return false;
    return !!(when.incomingPaths?.includes(path.id) || when.incomingCategories?.includes(path.category));
  };
  const makesConfident = (r: CompiledCharter['rules'][number]) => r.scope === 'draft' && r.category === confidenceFrom;
  return { ...charter, rules: charter.rules.filter((r) => r.id === ruleId || (r.scope === 'incoming' && opens(r)) || makesConfident(r)) };
}

function flags(charter: CompiledCharter, ruleId: string, input: CheckInput): boolean {
  const result = check(input, charter);
  return result.paths.some((p) => p.ruleId === ruleId) || result.findings.some((f) => f.ruleId === ruleId);
}

export function runExamples(sources: { rule: RuleSource; at: string }[], charter: CompiledCharter): ExampleReport {
  const report: ExampleReport = { run: 0, failures: [] };
  for (const { rule: source, at } of sources) {
    const rule = charter.rules.find((r) => r.id === source.id);
    if (!rule || !source.examples) continue;
    const alone = isolate(charter, rule.id);
    for (const [key, expected] of [['should_flag', 'flag'], ['should_pass', 'pass']] as const) {
      (source.examples[key] ?? []).forEach((example, i) => {
        report.run++;
        const input = inputFor(example, rule, charter);
        if (flags(alone, rule.id, input) !== (expected === 'flag')) {
          report.failures.push({
            ruleId: rule.id,
            path: `${at}.examples.${key}[${i}]`,
            expected,
            text: typeof example === 'string' ? example : JSON.stringify(example),
          });
        }
      });
    }
  }
  return report;
}
