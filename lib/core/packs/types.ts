// A built-in rule pack: rules as data, in the same shape a charter uses, plus the lexicons they reference.
import type { PathSource, RuleSource } from '../charter/schema';
import type { Lang } from '../engine/vocabulary';

export interface RulePack {
  id: `builtin:${Lang}` | 'builtin:common';
  /** The language the pack is for; language-neutral packs (detectors, counters) have none and always apply. */
  lang?: Lang;
  /** Named term lists, referenced from terms as `@name`. */
  lexicons: Record<string, string[]>;
  rules: RuleSource[];
}

/** A path the packs supply when a charter has none for a category. */
export type DefaultPath = PathSource;
