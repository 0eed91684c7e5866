// Guesses a first name from a display name for the {prénom} / {first_name} phrasing variables; undefined when it would be a guess too far.

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'm', 'mme', 'mlle', 'me', 'pr', 'prof', 'sir']);
// A name word: letters and combining marks, with inner hyphens or apostrophes (Jean-Pierre, O'Neil, N’Diaye).
const NAME_WORD = /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u;

/** "ALICE" / "alice" → "Alice"; mixed case is the person's own spelling and is kept. */
function normalizeCase(word: string): string {
  const lower = word.toLocaleLowerCase();
  if (word !== lower && word !== word.toLocaleUpperCase()) return word;
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_, separator: string, letter: string) => separator + letter.toLocaleUpperCase());
}

export function firstNameOf(displayName: string | null | undefined): string | undefined {
  if (!displayName) return undefined;
  // Headlines and pronouns follow the name after a separator or in brackets ("Alice Smith | Marketing", "Tom (he/him)").
  const name = displayName.split(/\s[|·•–—-]\s|[|(\[,]/u)[0] ?? '';
  const words = name
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    // Handles and user ids ("julie_mrtn", "user4821") are no names; emoji and punctuation around a word are dropped.
    .map((word) => (/[\d_]/u.test(word) ? '@' : word.replace(/^[^\p{L}@]+|[^\p{L}]+$/gu, '')))
    .filter((word) => word !== '');
  const isTitle = (word: string) => TITLES.has(word.toLocaleLowerCase());
  // After a title, a lone word is a surname ("Mme Martin"); with two or more, the first is the given name ("Dr Alice Martin").
  const given = words[0] !== undefined && isTitle(words[0]) ? (words.length >= 3 ? words[1] : undefined) : words[0];
  // A bare initial ("J. Martin") or a handle is not a name to greet someone by.
  if (!given || given.startsWith('@') || !NAME_WORD.test(given) || given.length < 2) return undefined;
  return normalizeCase(given);
}
