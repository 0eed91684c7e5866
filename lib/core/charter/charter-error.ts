// Charter problems in words a manager understands, each pointing at its JSON path ("rules[3].severity: …").
import type { z } from 'zod';

export interface CharterError {
  /** JSON path in the charter, e.g. `rules[3].severity` ('' for the whole document). */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function formatCharterError(e: CharterError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 57)}…` : v}'`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v === 'number' ? 'the number ' : ''}${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  int: 'a whole number',
};

function expectedWords(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

/** A zod issue said plainly; custom messages from the schema ("expected a date such as 2026-11-20") are kept. */
function explainIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  const got = `, got ${describeValue(input)}`;
  const hasCustomMessage = issue.message && !/^(Invalid|Too|Unrecognized|Expected)/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is missing: expected ${expectedWords(issue.expected)}`;
      return `expected ${expectedWords(issue.expected)}${got}`;
    case 'invalid_value':
      if (hasCustomMessage) return `${issue.message}${got}`;
      if (issue.values.length === 1) return `expected ${JSON.stringify(issue.values[0])}${got}`;
      return `expected one of ${issue.values.map(String).join(', ')}${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union': {
      const d = issue as { discriminator?: string; options?: unknown[] };
      if (d.discriminator && d.options) {
        const value = (input as Record<string, unknown> | undefined)?.[d.discriminator];
        return `expected ${d.discriminator} to be one of ${d.options.map(String).join(', ')}, got ${describeValue(value)}`;
      }
      return `expected a text or an object with "fr" and/or "en"${got}`;
    }
    case 'too_small':
      if (hasCustomMessage) return issue.message;
      return issue.origin === 'array' ? `expected at least ${issue.minimum} item(s)` : `expected at least ${issue.minimum}${got}`;
    case 'too_big':
      if (hasCustomMessage) return issue.message;
      return issue.origin === 'array' ? `expected at most ${issue.maximum} item(s)` : `expected at most ${issue.maximum}${got}`;
    case 'invalid_format':
      return `${hasCustomMessage ? issue.message : `expected a valid ${issue.format}`}${got}`;
    default:
      return `${issue.message}${input !== undefined ? got : ''}`;
  }
}

export function explainZodError(error: z.ZodError): CharterError[] {
  return error.issues.map((issue) => {
    // A discriminator problem is about the `kind` field itself.
    const d = issue as { discriminator?: string };
    const path = issue.code === 'invalid_union' && d.discriminator ? [...issue.path, d.discriminator] : issue.path;
    const full = issue.code === 'invalid_union' && d.discriminator && issue.path[issue.path.length - 1] === d.discriminator ? issue.path : path;
    return { path: formatPath(full), message: explainIssue(issue) };
  });
}
