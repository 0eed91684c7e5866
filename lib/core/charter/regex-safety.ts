// Static checks on a charter's regular expressions, so one pattern cannot freeze a page:
// nested quantifiers ("(a+)+"), overlapping alternatives under a quantifier ("(a|ab)*"), back-references.
// JavaScript regexes cannot be interrupted, so unsafe shapes are refused when the charter is compiled.

interface Group {
  hasQuantifier: boolean;
  alternatives: string[];
  current: string;
}

/** Explains why a pattern is unsafe, or returns null when it passes. */
export function explainUnsafePattern(source: string): string | null {
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'u');
  } catch (e) {
    return `is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  void regex;
  if (/\\[1-9]|\\k</.test(source)) return 'uses a back-reference, which can take exponential time; write the alternatives out instead';
  const stack: Group[] = [{ hasQuantifier: false, alternatives: [], current: '' }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      top.current += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      top.current += c;
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      top.current += c;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, alternatives: [], current: '' });
      if (source[i + 1] === '?') {
        const m = /^\?(?:<[=!]|[:=!]|<[A-Za-z_]\w*>)/.exec(source.slice(i + 1));
        if (m) i += m[0].length;
      }
      continue;
    }
    if (c === '|') {
      top.alternatives.push(top.current);
      top.current = '';
      continue;
    }
    if (c === ')') {
      const group = stack.pop()!;
      group.alternatives.push(group.current);
      const quant = quantifierAt(source, i + 1);
      const parent = stack[stack.length - 1];
      if (quant && quant.unbounded) {
        if (group.hasQuantifier) return 'repeats a group that itself repeats (such as "(a+)+"), which can take exponential time';
        if (group.alternatives.length > 1 && alternativesOverlap(group.alternatives)) {
          return 'repeats alternatives that can match the same text (such as "(a|ab)*"), which can take exponential time';
        }
      }
      if (parent) {
        parent.hasQuantifier ||= group.hasQuantifier || !!quant;
        parent.current += `(${group.alternatives.join('|')})`;
      }
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      const quant = quantifierAt(source, i);
      if (quant) {
        if (quant.unbounded || c === '{') top.hasQuantifier = true;
        top.current += source.slice(i, i + quant.length);
        i += quant.length - 1;
        continue;
      }
    }
    top.current += c;
  }
  return null;
}

function quantifierAt(source: string, i: number): { unbounded: boolean; length: number } | null {
  const c = source[i];
  if (c === '*' || c === '+') return { unbounded: true, length: source[i + 1] === '?' ? 2 : 1 };
  if (c === '?') return { unbounded: false, length: 1 };
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(source.slice(i));
    if (!m) return null;
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]);
    return { unbounded: max > 10, length: m[0].length };
  }
  return null;
}

/** Two alternatives overlap when one could start where another starts (same first character, or a class/dot). */
function alternativesOverlap(alts: string[]): boolean {
  const heads = new Set<string>();
  for (const a of alts) {
    const head = a.startsWith('\\') ? a.slice(0, 2) : a[0] ?? '';
    if (head === '' || head === '.' || head === '[' || head === '(' || /^\\[dDwWsSpP]$/.test(head)) return true;
    if (heads.has(head.toLowerCase())) return true;
    heads.add(head.toLowerCase());
  }
  return false;
}
