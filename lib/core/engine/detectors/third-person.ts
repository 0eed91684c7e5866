// A named third person in a public reply: "notre livreur Kévin D.", "your neighbour Mrs Patel", "Mme Durand du 3e".
// Greeting the person one answers ("Bonjour Madame Martin") is not a third person.
import { fromLexis, lexisPattern } from '../lexis';
import { allMatches, contextBefore, type DetectedSpan } from './types';

/** Common first names (the list comes with the compiled charter: ../lexis.ts, lib/core/charter/engine-lexis.ts). */
const firstNames = () => fromLexis('firstNames', (l) => new Set(l.firstNames.split(' ')));

function isFirstName(word: string): boolean {
  return firstNames().has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
}

export function findNamedThirdPersons(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(lexisPattern('roleNamed'), text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  for (const m of allMatches(lexisPattern('fullName'), text)) {
    if (!isFirstName(m[1]) || isFirstName(m[2])) continue;
    const before = contextBefore(text, m.index, 24);
    if (lexisPattern('greeting').test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    // A name with no role, relationship, place or contact next to it is as often a public figure as a private person.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const weak = !lexisPattern('personContextBefore').test(before) && !lexisPattern('personContextAfter').test(after);
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], ...(weak ? { weak } : {}) });
  }
  for (const m of allMatches(lexisPattern('firstNameAsThird'), text)) {
    const name = m[1] ?? m[2];
    if (!isFirstName(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, value: name });
  }
  for (const m of allMatches(lexisPattern('titled'), text)) {
    const before = contextBefore(text, m.index, 24);
    if (m.index === 0 || lexisPattern('greeting').test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
