// A named third person in a public reply: "notre livreur Kévin D.", "your neighbour Mrs Patel", "Mme Durand du 3e".
// Greeting the person one answers ("Bonjour Madame Martin") is not a third person.
import { fromLexis } from '../lexis';
import { allMatches, contextBefore, type DetectedSpan } from './types';

const NAME = "\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}(?:[\\p{Ll}'-]+|\\.))?";
const ROLE_NAMED = new RegExp(
  `(?<![\\p{L}])(?:[Nn]otre|[Vv]otre|[Ll]e|[Ll]a|[Mm]on|[Mm]a|[Oo]ur|[Yy]our|[Tt]he|[Mm]y)\\s+(?:livreur|livreuse|technicien(?:ne)?|conseill(?:er|[èe]re)|coll[èe]gue|voisin(?:e)?|vendeu(?:r|se)|chauffeur|coursier|g[ée]rant(?:e)?|responsable|directeur|directrice|driver|courier|delivery (?:guy|man|driver|person)|technician|engineer|colleague|co-?worker|neighbou?r|advisor|adviser|agent|store manager|manager|cashier|caissi[èe]re?)\\s+(${NAME})`,
  'gu',
);
const TITLED = new RegExp(`(?<![\\p{L}])(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)\\s+(${NAME})`, 'gu');
const GREETING = /(?:^|\b)(?:bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chere|merci|thanks|thank you)[\s,]*$/;

/** Common first names (the list comes with the compiled charter: ../lexis.ts, lib/core/charter/engine-lexis.ts). */
const firstNames = () => fromLexis('firstNames', (l) => new Set(l.firstNames.split(' ')));

const FULL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/** A first name introduced as someone else: "à Karim, qui…", "That was Nadia, our store lead". */
const FIRST_NAME_AS_THIRD =
  /(?<![\p{L}])(?:(?:à|a|to|with|avec|par|by|was|est|c'est|is) (\p{Lu}\p{Ll}+)(?=,? (?:qui|who|notre|our|votre|your|from|de chez|du service|de l'équipe))|(?:ask for|asking for|speak to|talk to|demandez|demande|demander) (\p{Lu}\p{Ll}+)(?= (?:on|at|in|from|à|a|au|de|du|who|qui)\b))/gu;

/** What makes a full name someone's private identity: a role, a place, a contact, a link to the brand or the reader. */
const PERSON_CONTEXT_BEFORE = /(?:\b(?:by|par|to|à|a|est|is|was|c'est|winner|gagnante?|client|cliente|customer|employee|employée?|colleague|collègue|neighbour|neighbor|voisine?|advisor|conseill\p{L}*|agent|driver|livreu\p{L}*|technician|technicien\p{L}*|manager|responsable|contact)\s*:?\s*|,\s*)$/iu;
const PERSON_CONTEXT_AFTER = /^\s*(?:,|\(|from\b|de\b|du\b|in\b|at\b|à\b|who\b|qui\b|our\b|notre\b|your\b|votre\b|on\b|au\b|\d)/iu;

function isFirstName(word: string): boolean {
  return firstNames().has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
}

export function findNamedThirdPersons(text: string): DetectedSpan[] {
  const out: DetectedSpan[] = [];
  for (const m of allMatches(ROLE_NAMED, text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  for (const m of allMatches(FULL_NAME, text)) {
    if (!isFirstName(m[1]) || isFirstName(m[2])) continue;
    const before = contextBefore(text, m.index, 24);
    if (GREETING.test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    // A name with no role, relationship, place or contact next to it is as often a public figure as a private person.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const weak = !PERSON_CONTEXT_BEFORE.test(before) && !PERSON_CONTEXT_AFTER.test(after);
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], ...(weak ? { weak } : {}) });
  }
  for (const m of allMatches(FIRST_NAME_AS_THIRD, text)) {
    const name = m[1] ?? m[2];
    if (!isFirstName(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, value: name });
  }
  for (const m of allMatches(TITLED, text)) {
    const before = contextBefore(text, m.index, 24);
    if (m.index === 0 || GREETING.test(before) || /^\s*$/.test(text.slice(0, m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return out;
}
