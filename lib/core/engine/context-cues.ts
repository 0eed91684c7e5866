// Sentence-level context that changes what a match means: negation, "the team will study", a joke, a move to DM.
// All cues run on normalised text (lowercase, no accents, SMS spellings expanded).

import { NOT_WORD, WORD } from './word-class';

const W = WORD;
const word = (alternatives: string) => new RegExp(`(?<!${W})(?:${alternatives})(?!${W})`, 'u');

/** A team that will study, review or pass on the request: inside the CM's perimeter (charter §1, §7). */
const STUDY = word(
  [
    'etudi\\p{L}*',
    'examin\\p{L}*',
    'analys\\p{L}*',
    'verifi\\p{L}*',
    'regarder',
    'regardera\\p{L}*',
    'se pencher\\p{L}*',
    'transmet\\p{L}*',
    'transmis\\p{L}*',
    'reviendr\\p{L}*',
    'revenir vers',
    'faire le point',
    'review\\p{L}*',
    'look(?:ing|s)? into',
    'take a look',
    'have a look',
    'investigat\\p{L}*',
    'assess\\p{L}*',
    'consider\\p{L}*',
    'check(?:ing)? (?:on|into|this|that|it)',
    "pass(?:ed|ing)? (?:it|this|that|your (?:\\p{L}+ )?(?:request|feedback|comments?|message)) (?:on|along)",
    'pass(?:ed|ing)? (?:on|along)',
    'escalat\\p{L}*',
    'forward(?:ed|ing)?',
    'see what (?:we|they|i) can do',
    'will be in touch',
  ].join('|'),
);

/** Words that put a following (or, in French, surrounding) verb in the negative. */
const NEGATION_BEFORE = word(
  "ne|n'|pas|jamais|aucun|aucune|sans|ni|impossible|tout sauf|not|no|never|cannot|unable|without|nobody|nothing|neither|nor|anything but|\\p{L}+n't",
);
const NEGATION_AFTER = word('pas|jamais|point');
/** Set phrases that contain a negation word but negate nothing that follows. */
const NEGATION_IDIOM = word(
  "no (?:problem|problemo|worries|worry|doubt|stress)|not only|not just|pas (?:de |d' ?)(?:souci|soucis|probleme|problemes|panique|inquietude|stress)|sans (?:souci|soucis|probleme|doute|frais)|pas seulement|pas que|pourquoi (?:ne )?pas|why not|n'hesitez pas|don't hesitate|ne vous inquietez pas|don't worry|ne manquez pas|don't miss",
);

const NEGATION_IDIOM_ALL = new RegExp(NEGATION_IDIOM.source, 'gu');

const JOKE = new RegExp(
  `😂|🤣|😹|😆|😅|😭|😄|😁|🙃|😜|😝|😛|😉|(?<!${W})(?:mdr|ptdr|xptdr|lol|lmao|lmfao|rofl|xd|ha(?:ha)+h?|hi(?:hi)+|he(?:he)+|jk|just kidding|je rigole|je plaisante|c'est une blague|pour rire)(?!${W})`,
  'u',
);

/** The sentence sends the person to a private channel or a form (asking for data there is fine). */
const PRIVATE_CHANNEL = word(
  [
    'messages? prives?',
    'en prive',
    'mp',
    'mps',
    'dm',
    'dms',
    "dm'?s",
    'direct messages?',
    'private messages?',
    'privately',
    'in private',
    'inbox',
    'messagerie(?: privee)?',
    'par message',
    'message us',
    'send us a (?:message|dm|pm|note)',
    'drop us a (?:line|message|note|dm)',
    'pm',
    'formulaire',
    'contact form',
    'form on our (?:site|website)',
    'web form',
    'par telephone',
    'by phone',
    'over the phone',
    'par (?:e-?)?mail',
    'by e-?mail',
    'via e-?mail',
    'service client',
    'customer (?:service|care|support)',
  ].join('|'),
);

const NE = new RegExp(`(?<!${W})(?:ne|n')`, 'u');
const WORD_START = new RegExp(`(?<=${NOT_WORD.replace(']', "']")})(?=${W})`, 'u');
const FIRST_WORDS = (n: number) => new RegExp(`^(?:${NOT_WORD}*[${"'"}${WORD.slice(1, -1)}]+){0,${n}}`, 'u');

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentences of a normalised text. A trailing run without letters (emoji, "!!!") stays with the sentence before it,
 * so "Je porte plainte contre mon chat. 😂" is one joke.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?;]+(?=\s|$)|\n+/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  const merged: Sentence[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    if (prev && !/\p{L}/u.test(text.slice(s.start, s.end))) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged;
}

export function sentenceAt(sentences: Sentence[], index: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: 0 };
}

/**
 * Where a clause ends before the match: a negation there governs another verb ("pas de souci, on vous rembourse",
 * "no worries, we'll refund you", "I can't believe it, but we'll refund you"). An aside after the comma
 * ("nous ne pouvons pas, malheureusement, vous rembourser") does not end the clause.
 */
const CLAUSE_END = new RegExp(`(?:[,;:]|\\s[-–—]\\s|(?<!${W})(?:mais|but|and then|et donc|alors|so))\\s*(?!(?:malheureusement|helas|unfortunately|sadly|i'?m afraid|je le crains|pour l'instant|for now|yet|encore|a ce stade|at this stage)(?!${W}))(?=${W})`, 'gu');

/** The part of the sentence before the match that can govern it: idioms out, from the last clause end on. */
function governingPrefix(prefix: string): string {
  const cleaned = prefix.replace(NEGATION_IDIOM_ALL, (m) => ' '.repeat(m.length));
  let cut = 0;
  for (const m of cleaned.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return cleaned.slice(cut);
}

/**
 * A French match that opens on its own subject ("vous êtes …", "tu es …") starts a clause: a negation before it governs
 * another verb ("comme vous n'êtes pas X, vous êtes Y"); French negates the verb between "ne" and "pas", inside the
 * match. After "que" the clause is a complement of the verb before ("je ne dis pas que vous êtes …"), which governs it.
 * "on" and "il" are left out: they are English words too.
 */
const FRENCH_SUBJECT_START = new RegExp(`^(?:je|j'|tu|t'|elle|nous|vous|ils|elles)(?!${W})`, 'u');
const COMPLEMENTISER_END = new RegExp(`(?<!${W})(?:que|qu')\\s*$`, 'u');

/** Is the match at [start, end) negated within its sentence? The negation must govern the matched verb's clause. */
export function isNegated(text: string, sentence: Sentence, start: number, end: number): boolean {
  const raw = text.slice(sentence.start, start);
  const prefix = governingPrefix(raw);
  const ownClause = FRENCH_SUBJECT_START.test(text.slice(start, end)) && !COMPLEMENTISER_END.test(raw);
  if (!ownClause && NEGATION_BEFORE.test(lastWords(prefix, 4))) return true;
  const inside = text.slice(start, end);
  if (NE.test(inside) && NEGATION_AFTER.test(inside)) return true;
  const after = firstWords(text.slice(end, sentence.end));
  return NEGATION_AFTER.test(after);
}

export function hasStudyFraming(sentenceText: string): boolean {
  return STUDY.test(sentenceText);
}

export function isJoke(sentenceText: string): boolean {
  return JOKE.test(sentenceText);
}

export function movesToPrivate(sentenceText: string): boolean {
  return PRIVATE_CHANNEL.test(sentenceText);
}

function lastWords(s: string, n: number): string {
  const parts = s.split(WORD_START);
  return parts.slice(-n).join('');
}

const FIRST_TWO_WORDS = FIRST_WORDS(2);

function firstWords(s: string): string {
  const m = FIRST_TWO_WORDS.exec(s);
  return m ? m[0] : '';
}
