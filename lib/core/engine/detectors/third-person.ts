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

/** Common French and English first names: a capitalised word after one is very likely a person's surname. */
const FIRST_NAMES = new Set(
  (
    'adam adele adrien agathe agnes aicha alain albert alexandre alexis alice alicia aline amandine amelie anais andre andrea angelique anne annie antoine arnaud arthur audrey aurelie axel baptiste benjamin benoit bernard bertrand brigitte bruno camille caroline catherine cecile celine charles charlotte chloe christelle christian christine christophe claire claude clement corinne damien daniel david delphine denis didier dominique dylan elise elodie emilie emma emmanuel enzo eric estelle etienne eva fabien fabrice fanny fatima florence florian francis franck francois frederic gabriel gael gerard gilles guillaume helene henri hugo ines isabelle jacques jade jean jeanne jeremy jerome joel jonathan jordan joseph julie julien justine karim karima kevin laetitia laura laurence laurent lea leo leon leonie lina lisa louis louise luc lucas lucie lucile manon marc marcel margaux marie marine marion martin martine mathieu mathilde matthieu maxime melanie michel michele mohamed nadia nathalie nicolas noemie oceane olivier pascal patrice patricia patrick paul pauline philippe pierre quentin raphael remi renaud richard robert romain rose sabrina samuel sandrine sarah sebastien simon sophie stephane stephanie sylvain sylvie theo thierry thomas timothee valentin valerie vanessa victor vincent virginie xavier yannick yasmine yves zoe ' +
    'aaron abigail adrian aiden alan alex alexander alison amanda amber amy andrew angela anna anthony ashley barbara ben beth betty brandon brenda brian carl carol charlie chris christopher cindy connor craig daisy dan deborah debbie dennis diana donna dorothy doug dylan edward eleanor elizabeth ellie emily eric ethan evan frank gary george grace greg hannah harry heather helen henry holly ian jack jacob jake james jamie jane janet jason jeff jennifer jenny jessica jill jim joan joe john jonathan josh joshua joyce judy julia justin karen kate katie keith kelly ken kevin kim kyle larry laura lauren linda lisa liam lily logan lucy luke margaret maria mark mary matt matthew megan melissa michael michelle mike molly nancy natalie nathan nick noah oliver olivia pam patrick paula peter rachel rebecca richard rob robert ruth ryan sam samantha sandra sara scott sean sharon steve steven susan tom tony tyler victoria walter william zach gemma kim jessica luke dan tom ash kay mo jo'
  ).split(' '),
);

const FULL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/** A first name introduced as someone else: "à Karim, qui…", "That was Nadia, our store lead". */
const FIRST_NAME_AS_THIRD =
  /(?<![\p{L}])(?:(?:à|a|to|with|avec|par|by|was|est|c'est|is) (\p{Lu}\p{Ll}+)(?=,? (?:qui|who|notre|our|votre|your|from|de chez|du service|de l'équipe))|(?:ask for|asking for|speak to|talk to|demandez|demande|demander) (\p{Lu}\p{Ll}+)(?= (?:on|at|in|from|à|a|au|de|du|who|qui)\b))/gu;

/** What makes a full name someone's private identity: a role, a place, a contact, a link to the brand or the reader. */
const PERSON_CONTEXT_BEFORE = /(?:\b(?:by|par|to|à|a|est|is|was|c'est|winner|gagnante?|client|cliente|customer|employee|employée?|colleague|collègue|neighbour|neighbor|voisine?|advisor|conseill\p{L}*|agent|driver|livreu\p{L}*|technician|technicien\p{L}*|manager|responsable|contact)\s*:?\s*|,\s*)$/iu;
const PERSON_CONTEXT_AFTER = /^\s*(?:,|\(|from\b|de\b|du\b|in\b|at\b|à\b|who\b|qui\b|our\b|notre\b|your\b|votre\b|on\b|au\b|\d)/iu;

function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
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
