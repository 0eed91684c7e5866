// Splits an approved phrasing into text and {variables}, and fills the variables the page or the CM gives.
import { foldForSearch } from './fold-text';
import { ownValue } from '../engine/own-key';

/** The compiler's own variable syntax (lib/core/charter/compile.ts): `{prénom}`, `{référence ticket}`, up to 40 characters. */
const VARIABLE_PATTERN = /\{([^{}\s][^{}]{0,39})\}/g;

export type PhrasingSegment = { kind: 'text'; text: string } | { kind: 'variable'; name: string };

export function splitPhrasing(text: string): PhrasingSegment[] {
  const segments: PhrasingSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) segments.push({ kind: 'text', text: text.slice(last, at) });
    segments.push({ kind: 'variable', name: match[1] });
    last = at + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Variable names in order of first appearance, each once. */
export function phrasingVariables(text: string): string[] {
  const names: string[] = [];
  for (const segment of splitPhrasing(text)) {
    if (segment.kind === 'variable' && !names.includes(segment.name)) names.push(segment.name);
  }
  return names;
}

/** `{Prénom}`, `{prenom}` and `{first-name}` / `{first_name}` name the same value: case, accents and separators do not count. */
export function variableKey(name: string): string {
  return foldForSearch(name).replace(/[\s_-]+/g, '_');
}

/** The value the page gives for a variable, matched whatever its case, accents or separators. */
export function pageValueFor(name: string, pageValues: Readonly<Record<string, string>>): string | undefined {
  const exact = ownValue(pageValues, name)?.trim();
  if (exact) return exact;
  const key = variableKey(name);
  for (const [candidate, value] of Object.entries(pageValues)) {
    if (variableKey(candidate) === key && value.trim()) return value.trim();
  }
  return undefined;
}

/** Starting values for a phrasing's fields: what the page knows, '' where the CM must fill in. */
export function initialVariableValues(text: string, pageValues: Readonly<Record<string, string>>): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const name of phrasingVariables(text)) values[name] = pageValueFor(name, pageValues) ?? '';
  return values;
}

export interface FilledPhrasing {
  /** The phrasing with every filled variable replaced; a missing one stays as `{name}` so it cannot go out unnoticed. */
  text: string;
  /** Variables still without a value, in order of appearance. */
  missing: string[];
}

/** Fills `{variables}` from `values` (keyed by the variable's name as written in the phrasing). */
export function fillPhrasing(text: string, values: Readonly<Record<string, string>>): FilledPhrasing {
  const missing: string[] = [];
  const parts = splitPhrasing(text).map((segment) => {
    if (segment.kind === 'text') return segment.text;
    // A line break inside a name would split the reply; a field is one line.
    const value = (ownValue(values, segment.name) ?? '').replace(/\s+/g, ' ').trim();
    if (value) return value;
    if (!missing.includes(segment.name)) missing.push(segment.name);
    return `{${segment.name}}`;
  });
  return { text: parts.join(''), missing };
}
