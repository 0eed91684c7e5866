// A named third person in a public reply: "notre livreur Kévin D.", "your neighbour Mrs Patel", "Mme Durand du 3e".
// Greeting the person one answers ("Bonjour Madame Martin") is not a third person.
import { allMatches, contextBefore, type DetectedSpan } from './types';

const NAME = "\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}(?:[\\p{Ll}'-]+|\\.))?";
const ROLE_NAMED = new RegExp(
  `(?<![\\p{L}])(?:[Nn]otre|[Vv]otre|[Ll]e|[Ll]a|[Mm]on|[Mm]a|[Oo]ur|[Yy]our|[Tt]he|[Mm]y)\\s+(?:livreur|livreuse|technicien(?:ne)?|conseill(?:er|[èe]re)|coll[èe]gue|voisin(?:e)?|vendeu(?:r|se)|chauffeur|coursier|g[ée]rant(?:e)?|responsable|directeur|directrice|driver|courier|delivery (?:guy|man|driver|person)|technician|engineer|colleague|co-?worker|neighbou?r|advisor|adviser|agent|store manager|manager|cashier|caissi[èe]re?)\\s+(${NAME})`,
  'gu',
);
const TITLED = new RegExp(`(?<![\\p{L}])(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)\\s+(${NAME})`, 'gu');
const GREETING = /(?:^|\b)(?:bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chere|merci|thanks|thank you)[\s,]*$/;

export function findNamedThirdPersons(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(ROLE_NAMED, text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  for (const m of allMatches(TITLED, text)) {
    const before = contextBefore(text, m.index, 24);
    if (m.index === 0 || GREETING.test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
