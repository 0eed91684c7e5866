// Compiled charters write recurring pieces of their regexes (word boundaries, separators, a group repeated across
// rules) as one private-use character each, listed in `CompiledCharter.macros`: U+E000 + i stands for macros[i].
// This puts them back before a RegExp is built. The compiler escapes any private-use character of its own input
// (as \uXXXX), so a character in this range is always a macro.

export const MACRO_BASE = 0xe000;
/** At most this many macros (U+E000–U+F8FF, the BMP's private-use area). */
export const MAX_MACROS = 0x1900;
const MACRO_CHAR = /[\ue000-\uf8ff]/;
const MACRO_CHARS = /[\ue000-\uf8ff]/g;

/** Each macro fully written out (macros inside macros included), computed once per table. */
const expandedTables = new WeakMap<readonly string[], string[]>();

function expandedTable(macros: readonly string[]): string[] {
  let table = expandedTables.get(macros);
  if (table) return table;
  const out: (string | undefined)[] = new Array(macros.length);
  const expand = (i: number, depth: number): string => {
    const done = out[i];
    if (done !== undefined) return done;
    const text = macros[i];
    // Macros never contain themselves; the depth bound only guards against a hand-made table that does.
    const full = depth > 64 || !MACRO_CHAR.test(text) ? text : text.replace(MACRO_CHARS, (c) => {
      const k = c.charCodeAt(0) - MACRO_BASE;
      return k < macros.length ? expand(k, depth + 1) : c;
    });
    out[i] = full;
    return full;
  };
  for (let i = 0; i < macros.length; i++) expand(i, 0);
  table = out as string[];
  expandedTables.set(macros, table);
  return table;
}

/** Replaces each macro character by its text, macros inside macros included. */
export function expandMacros(source: string, macros: readonly string[] | undefined): string {
  if (!macros || !MACRO_CHAR.test(source)) return source;
  const table = expandedTable(macros);
  return source.replace(MACRO_CHARS, (c) => table[c.charCodeAt(0) - MACRO_BASE] ?? c);
}
