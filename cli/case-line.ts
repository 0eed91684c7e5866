// One JSON Lines record of the CLI contract (PRODUCT.md), validated field by field into an engine input.
import type { CheckInput } from '../lib/core/engine/types';
import { LANGS, MODES, PLATFORMS, type Lang, type Mode, type Platform } from '../lib/core/engine/vocabulary';

export interface CaseLine {
  id: string;
  input: CheckInput;
  /** The raw record, for fields the caller reads itself (the corpus's `labels`). */
  record: Record<string, unknown>;
}

export class CaseLineError extends Error {}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (value === undefined) throw new CaseLineError(`"${field}" is missing: expected one of ${allowed.join(', ')}`);
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new CaseLineError(`"${field}": expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** `variables`: what the page knows for phrasing {variables}, e.g. {"prénom": "Alice"}; every value a string. */
function parseVariables(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CaseLineError('"variables": expected an object of names to text, e.g. {"prénom": "Alice"}');
  }
  const variables: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string') throw new CaseLineError(`"variables.${name}": expected a string, got ${JSON.stringify(text)}`);
    variables[name] = text;
  }
  return variables;
}

/** Parses one line; throws CaseLineError naming the field and what was expected. */
export function parseCaseLine(line: string): CaseLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    throw new CaseLineError(`not valid JSON (${(e as Error).message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new CaseLineError('expected a JSON object');
  const r = record as Record<string, unknown>;
  if (r.id === undefined) throw new CaseLineError('"id" is missing: expected a string or a number');
  if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new CaseLineError(`"id": expected a string or a number, got ${JSON.stringify(r.id)}`);
  for (const field of ['incoming', 'draft'] as const) {
    if (r[field] === undefined) throw new CaseLineError(`"${field}" is missing: expected a string ("" when there is none)`);
    if (typeof r[field] !== 'string') throw new CaseLineError(`"${field}": expected a string, got ${JSON.stringify(r[field])}`);
  }
  const platform: Platform = oneOf(r.platform, PLATFORMS, 'platform');
  const lang: Lang | undefined = r.lang === undefined ? undefined : oneOf(r.lang, LANGS, 'lang');
  const mode: Mode | undefined = r.mode === undefined ? undefined : oneOf(r.mode, MODES, 'mode');
  if (r.public !== undefined && typeof r.public !== 'boolean') throw new CaseLineError(`"public": expected true or false, got ${JSON.stringify(r.public)}`);
  const variables = r.variables === undefined ? undefined : parseVariables(r.variables);
  return {
    id: String(r.id),
    input: {
      incoming: r.incoming as string,
      draft: r.draft as string,
      platform,
      isPublic: r.public === undefined ? true : (r.public as boolean),
      ...(lang ? { lang } : {}),
      ...(mode ? { mode } : {}),
      ...(variables ? { variables } : {}),
    },
    record: r,
  };
}
