// Whether a draft is an approved phrasing, unchanged or with its {variables} filled: a pattern built from the phrasing's
// template, tolerant to whitespace (any run of spaces, line breaks or no-break spaces; optional next to punctuation) and
// to the two apostrophes, and strict about every other character.
import { splitPhrasing } from './phrasing-variables';

export interface PhrasingMatch {
  phrasingId: string;
  /** Variables the draft still shows as `{name}`: the right phrasing, not yet ready to send. */
  unfilled: string[];
}

/** A filled variable is a name, a reference, a date: one line, never a paragraph. */
const MAX_VARIABLE_CHARS = 120;
const APOSTROPHES = /['’]/;
const PUNCTUATION = /[.,;:!?…»«"()'’-]/;

function escapeChar(char: string): string {
  if (APOSTROPHES.test(char)) return "['’]";
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Literal text → pattern. Words must be there as written; between two words, any run of whitespace; around punctuation,
 * whitespace or none ("concerné, qui" = "concerné ,qui"), since editors and keyboards differ there, not the wording.
 */
function literalPattern(text: string): string {
  const tokens = text.match(/\s+|[^\s]/gu) ?? [];
  let pattern = '\\s*';
  let previous: 'word' | 'punctuation' | null = null;
  let spaced = false;
  for (const token of tokens) {
    if (/^\s/.test(token)) {
      spaced = true;
      continue;
    }
    const kind = PUNCTUATION.test(token) ? 'punctuation' : 'word';
    if (previous !== null) pattern += previous === 'word' && kind === 'word' ? (spaced ? '\\s+' : '') : '\\s*';
    pattern += escapeChar(token);
    previous = kind;
    spaced = false;
  }
  return `${pattern}\\s*`;
}

interface CompiledTemplate {
  regex: RegExp;
  /** Variable name per capture group, in order. */
  names: string[];
  literalLength: number;
}

const cache = new Map<string, CompiledTemplate>();

function compileTemplate(text: string): CompiledTemplate {
  const cached = cache.get(text);
  if (cached) return cached;
  const names: string[] = [];
  let literalLength = 0;
  const parts = splitPhrasing(text.trim()).map((segment) => {
    if (segment.kind === 'text') {
      literalLength += segment.text.length;
      return literalPattern(segment.text);
    }
    const group = names.indexOf(segment.name);
    if (group !== -1) return `\\${group + 1}`;
    names.push(segment.name);
    return `([^\\n]{1,${MAX_VARIABLE_CHARS}}?)`;
  });
  const compiled = { regex: new RegExp(`^${parts.join('')}$`, 'u'), names, literalLength };
  cache.set(text, compiled);
  return compiled;
}

export function matchPhrasing(draft: string, phrasing: { id: string; text: string }): PhrasingMatch | null {
  const template = compileTemplate(phrasing.text);
  // Cheap refusal before the regex: the draft cannot be far longer than the template plus its variables.
  if (draft.length > template.literalLength + template.names.length * MAX_VARIABLE_CHARS + 200) return null;
  const match = template.regex.exec(draft);
  if (!match) return null;
  const unfilled = template.names.filter((name, index) => /^\{[^{}]+\}$/.test(match[index + 1].trim()) || match[index + 1].trim() === '');
  return { phrasingId: phrasing.id, unfilled };
}

/** The first phrasing the draft is, fully filled first; else a phrasing it is with variables left to fill; else null. */
export function matchAnyPhrasing(draft: string, phrasings: readonly { id: string; text: string }[]): PhrasingMatch | null {
  let partial: PhrasingMatch | null = null;
  for (const phrasing of phrasings) {
    const match = matchPhrasing(draft, phrasing);
    if (match && match.unfilled.length === 0) return match;
    partial ??= match;
  }
  return partial;
}
