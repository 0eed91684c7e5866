// A French rule and its English twin share a shape: kind, category, severity, message, the exceptions that always
// apply. The shape is written once per family (./incoming.ts, ./perimeter.ts, …); each language pack gives only its
// words, keyed by the rule's name, and familyRules() joins the two into the rules a charter would write. A shape
// only one pack gives words for is a rule of that language alone (the French tutoiement).
import type { RuleSource } from '../../../charter/schema';
import type { LocalizedSource } from '../../../charter/schema-fields';
import type { Lang } from '../../../engine/vocabulary';

type Existence = Extract<RuleSource, { kind: 'existence' }>;
type Pattern = Extract<RuleSource, { kind: 'pattern' }>;
type Unless = NonNullable<RuleSource['unless']>;

export interface RuleShape {
  kind: 'existence' | 'substitution' | 'pattern';
  category: RuleSource['category'];
  severity: RuleSource['severity'];
  message: LocalizedSource;
  /** The rule reads only drafts detected in its own language (`langs: [lang]`). */
  ownLanguageOnly?: true;
  publicOnly?: true;
  /** A substitution's replacement, the same in both languages; the words give the terms it replaces. */
  swapReplacement?: LocalizedSource;
  when?: RuleSource['when'];
  contextScope?: RuleSource['contextScope'];
  /** Exceptions every language applies; a language's words may add its own and its `near` terms. */
  unless?: Omit<Unless, 'near'>;
}

/** What one language says for a rule: its terms or pattern, context words, exceptions and examples. */
export type RuleWords = Partial<Pick<Existence, 'terms' | 'requires' | 'contextScope' | 'langs' | 'unless' | 'examples'> & Pick<Pattern, 'pattern' | 'flags'>>;

export interface RuleFamily<Name extends string> {
  clause: Record<Lang, string>;
  shapes: Record<Name, RuleShape>;
}

export function ruleFamily<Name extends string>(clause: Record<Lang, string>, shapes: Record<Name, RuleShape>): RuleFamily<Name> {
  return { clause, shapes };
}

/** One language's rules of a family, in the order its words are listed; ids are `<lang>.<name>`. */
export function familyRules<Name extends string>(lang: Lang, family: RuleFamily<Name>, words: Partial<Record<Name, RuleWords>>): RuleSource[] {
  return (Object.entries(words) as [Name, RuleWords][]).map(([name, own]) => {
    const shape = family.shapes[name];
    const { terms, unless, ...rest } = own;
    const rule: Record<string, unknown> = {
      id: `${lang}.${name}`,
      kind: shape.kind,
      category: shape.category,
      severity: shape.severity,
      clause: family.clause[lang],
      ...(shape.ownLanguageOnly && { langs: [lang] }),
      ...(shape.publicOnly && { publicOnly: true }),
      message: shape.message,
      ...(shape.when && { when: shape.when }),
      ...(shape.contextScope && { contextScope: shape.contextScope }),
    };
    if (shape.kind === 'substitution') {
      if (!terms || !shape.swapReplacement) throw new Error(`${lang}.${name}: a substitution needs terms and a replacement`);
      rule.swap = [{ terms, replacement: shape.swapReplacement }];
    } else if (terms) rule.terms = terms;
    Object.assign(rule, rest);
    if (shape.unless || unless) rule.unless = { ...shape.unless, ...unless };
    return rule as RuleSource;
  });
}
