// The engine's word-bearing regular expressions (source and flags), carried by every compiled charter in its lexis
// (lib/core/engine/lexis.ts) instead of compiled into the content script: roles and titles before a name, greetings,
// order and account keywords, street types, company phone phrases, role mailboxes, jokes, clause ends. Only the compiler
// imports this file; the detectors and context cues build their regexes from the charter's lexis.
import type { LexisPatternName } from '../engine/lexis';
import { WORD } from '../engine/word-class';

// third-person.ts
const NAME = "\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}(?:[\\p{Ll}'-]+|\\.))?";
const ROLE_NAMED = new RegExp(
  `(?<![\\p{L}])(?:[Nn]otre|[Vv]otre|[Ll]e|[Ll]a|[Mm]on|[Mm]a|[Oo]ur|[Yy]our|[Tt]he|[Mm]y)\\s+(?:livreur|livreuse|technicien(?:ne)?|conseill(?:er|[èe]re)|coll[èe]gue|voisin(?:e)?|vendeu(?:r|se)|chauffeur|coursier|g[ée]rant(?:e)?|responsable|directeur|directrice|driver|courier|delivery (?:guy|man|driver|person)|technician|engineer|colleague|co-?worker|neighbou?r|advisor|adviser|agent|store manager|manager|cashier|caissi[èe]re?)\\s+(${NAME})`,
  'gu',
);
const TITLED = new RegExp(`(?<![\\p{L}])(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Miss)\\s+(${NAME})`, 'gu');
const GREETING = /(?:^|\b)(?:bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chere|merci|thanks|thank you)[\s,]*$/;
/** A first name introduced as someone else: "à Karim, qui…", "That was Nadia, our store lead". */
const FIRST_NAME_AS_THIRD =
  /(?<![\p{L}])(?:(?:à|a|to|with|avec|par|by|was|est|c'est|is) (\p{Lu}\p{Ll}+)(?=,? (?:qui|who|notre|our|votre|your|from|de chez|du service|de l'équipe))|(?:ask for|asking for|speak to|talk to|demandez|demande|demander) (\p{Lu}\p{Ll}+)(?= (?:on|at|in|from|à|a|au|de|du|who|qui)\b))/gu;
/** What makes a full name someone's private identity: a role, a place, a contact, a link to the brand or the reader. */
const PERSON_CONTEXT_BEFORE = /(?:\b(?:by|par|to|à|a|est|is|was|c'est|winner|gagnante?|client|cliente|customer|employee|employée?|colleague|collègue|neighbour|neighbor|voisine?|advisor|conseill\p{L}*|agent|driver|livreu\p{L}*|technician|technicien\p{L}*|manager|responsable|contact)\s*:?\s*|,\s*)$/iu;
const PERSON_CONTEXT_AFTER = /^\s*(?:,|\(|from\b|de\b|du\b|in\b|at\b|à\b|who\b|qui\b|our\b|notre\b|your\b|votre\b|on\b|au\b|\d)/iu;

// reference-code.ts
const CODE_TOKEN = '([A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])';
// Up to three linking words between the keyword and the code: "commande n°", "code de retrait est le", "customer ID is".
const LINK =
  "(?:\\s*(?:n[°oº]\\.?|num(?:[ée]ro|ber)?\\.?|no\\.?|nr\\.?|#|:|=|de|d'|du|code|id|ref\\.?|client|customer|est|is|was|le|la|the|your|votre|bien|:)(?![\\p{L}])){0,3}\\s*(?:[:#]\\s*)?";
function keywordCodes(keywords: string): RegExp {
  // A token followed by a currency or a unit is an amount ("commande de 1500 €"), not a code.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${keywords})${LINK}${CODE_TOKEN}(?![\\p{L}\\p{N}])(?!\\s?(?:€|\\$|£|%|eur\\b|euros?\\b|dollars?\\b|jours?\\b|days?\\b|h\\b|heures?\\b|hours?\\b|mois\\b|months?\\b|ans?\\b|years?\\b|articles?\\b|items?\\b))`,
    'giu',
  );
}
const ORDER_KEYWORDS =
  "commandes?|cdes?|cmds?|orders?|colis|parcels?|packages?|suivi|tracking|(?:num[ée]ro|n°) de suivi|tracking (?:number|code|id)|envoi|exp[ée]dition|shipment|ticket|tickets|dossier|case|(?:votre|your|booking|order|commande|colis|dossier|ticket) r[ée]f[ée]rence|r[ée]f[ée]rence (?:de |du )?(?:commande|colis|dossier|ticket|client|suivi)|reference number|ref number|code de retrait|retrait|pick[- ]?up(?: code)?|collection code|withdrawal(?: code)?|retour|return|rma|facture|invoice|bon de commande|confirmation|booking|r[ée]servation|reservation|awb|lettre de voiture";
const ACCOUNT_KEYWORDS =
  'identifiant client|identifiant|login|user ?name|user ?id|id client|client id|customer (?:id|number|no)|account (?:id|number|no)|num[ée]ro (?:de )?client|n° (?:de )?client|num[ée]ro (?:de )?compte|n° (?:de )?compte|compte client|contrat|contract|abonn[ée]|membership|member (?:id|number)|carte fid[ée]lit[ée]|loyalty (?:card|number)|n° adh[ée]rent';
const ORDER = keywordCodes(ORDER_KEYWORDS);
const ACCOUNT = keywordCodes(ACCOUNT_KEYWORDS);

// postal-address.ts
const FRENCH_STREET =
  /(?<![\p{L}\p{N}])\d{1,4}\s?(?:bis|ter|b|t)?,?\s+(?:rue|avenue|av\.?|bd|boulevard|chemin|ch\.|impasse|all[ée]e|place|pl\.|route|rte|quai|cours|square|r[ée]sidence|lotissement|lieu-dit|hameau|voie|sentier|passage|rond-point|faubourg|fg|cit[ée]|villa|parvis|esplanade|promenade|mont[ée]e)(?![\p{L}])[^\n,;!?]{2,48}(?:,?\s*\d{5}(?:\s+[\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)*)?)?/gu;
const ENGLISH_STREET =
  /(?<![\p{L}\p{N}])\d{1,5}\s+(?:\p{Lu}[\p{L}'.-]*\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq)\b\.?(?:,?\s+(?:Apt|Suite|Unit|Flat)\.?\s*\w+)?(?:,\s*\p{Lu}[\p{L} .'-]+(?:,\s*[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?)?/gu;
/** "j'habite 8 impasse…, 44000 Nantes": the address after the keyword (group 1). */
const FRENCH_POSTCODE_CITY =
  /(?:habit\p{L}*|domicil\p{L}*|adresse|address|livr\p{L}* (?:au|à|a)|chez (?:moi|elle|lui))\s*(?::\s*)?([^\n.!?]{0,40}?(?<![\p{L}\p{N}])\d{5}\s+\p{Lu}[\p{L}'-]+)/gu;

// phone.ts
const COMPANY_CONTEXT =
  /(?:appel(?:ez|er)[- ]nous|contact(?:ez|er)[- ]nous|joign\w*|notre (?:service|numero|hotline|ligne|standard|equipe|accueil|magasin|boutique)|nos (?:conseillers|equipes)|service client|hotline|standard|ligne (?:dediee|directe)|call us|reach us|contact us|our (?:team|hotline|number|support|customer|store|office|line|helpline|care)|helpline|customer (?:service|care|support)|toll[- ]free|freephone|numero vert|numero gratuit|au numero|at the number|press office|service de presse|cellule)[^.!?\n]{0,30}$/;

// email.ts
const ROLE_MAILBOX =
  /^(?:support|contact|contacts|service|services|serviceclient|service-client|sav|help|aide|info|infos|information|hello|bonjour|presse|press|media|medias|rh|hr|jobs|careers|carrieres|recrutement|recruitment|juridique|legal|partenariats|partnerships|partners|noreply|no-reply|privacy|dpo|rgpd|gdpr|abuse|team|equipe|care|customercare|customerservice|clients|commercial|sales|ventes|reclamation|reclamations|complaints|feedback|communication|marketing|social|community|spam|report|reports|fraud|phishing|security|support-team|webmaster|jobs-fr|emploi|candidatures)$/i;

// third-person.ts
const FULL_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

// reference-code.ts
/** Carrier formats that need no keyword: UPS 1Z…, UPU S10 (LA123456789FR), Colissimo 6A12345678901, "#123456". */
const CARRIER = /(?<![\p{L}\p{N}])(?:1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|\d[A-Z]\d{11})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}&#])#\d{5,}(?![\p{L}\p{N}])/gu;
const SIRET = /(?<![\p{L}\p{N}])(?:siret|siren)\s*(?:n°|:)?\s*(\d{3}\s?\d{3}\s?\d{3}(?:\s?\d{5})?)(?![\p{L}\p{N}])/giu;

// postal-address.ts
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;

// phone.ts
const CANDIDATE = /(?<![\p{L}\p{N}+@#/.,-])(?:\+|00)?\(?\d[\d \u00A0.()-]{6,20}\d(?![\p{L}\p{N}]|[.,]\d|\s?(?:€|\$|£|%|eur|euros?|ans?|years?|km|kg|min))/gu;

// email.ts
// Written out too, to get past filters: "jean (at) gmail (dot) com", "jean [at] gmail [dot] fr", "jean arobase free
// point fr", "jean at gmail dot com" (the bare English words only before a common ending, so "look at this dot" is not one).
/** A separator written as a word in brackets: "(at)", "[dot]", "{point}". */
const BRACKETED = (words: string) => String.raw`\s?[(\[{]\s?(?:${words})\s?[)\]}]\s?`;
const AT = String.raw`(?:@|${BRACKETED('at|arobase')}|\sarobase\s)`;
const DOT = String.raw`(?:\.|${BRACKETED('dot|point')}|\spoint\s)`;
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const EMAIL = new RegExp(
  String.raw`${LOCAL}${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}|${LOCAL}\sat\s(?!(?:this|that|the|home|it|my|your|our|work|school|least|all|once|first|last)\s)[\p{L}\p{N}-]+\sdot\s(?:com|net|org|fr|co|uk|io|de|be|ch|ca|eu|info|me|us)(?![\p{L}\p{N}])`,
  'giu',
);
/** The spelled-out separators of a matched address, read back as "@" and "." (email.ts). */
const SPELLED_AT = new RegExp(String.raw`${BRACKETED('at|arobase')}|\s(?:at|arobase)\s`, 'i');
const SPELLED_DOT = new RegExp(String.raw`${BRACKETED('dot|point')}|\s(?:dot|point)\s`, 'gi');

// context-cues.ts
const W = WORD;
const JOKE = new RegExp(
  `😂|🤣|😹|😆|😅|😭|😄|😁|🙃|😜|😝|😛|😉|(?<!${W})(?:mdr|ptdr|xptdr|lol|lmao|lmfao|rofl|xd|ha(?:ha)+h?|hi(?:hi)+|he(?:he)+|jk|just kidding|je rigole|je plaisante|c'est une blague|pour rire)(?!${W})`,
  'u',
);
/**
 * Where a clause ends before the match: a negation there governs another verb ("pas de souci, on vous rembourse",
 * "no worries, we'll refund you", "I can't believe it, but we'll refund you"). An aside after the comma
 * ("nous ne pouvons pas, malheureusement, vous rembourser") does not end the clause.
 */
const CLAUSE_END = new RegExp(`(?:[,;:]|\\s[-–—]\\s|(?<!${W})(?:mais|but|and then|et donc|alors|so))\\s*(?!(?:malheureusement|helas|unfortunately|sadly|i'?m afraid|je le crains|pour l'instant|for now|yet|encore|a ce stade|at this stage)(?!${W}))(?=${W})`, 'gu');

const pattern = (re: RegExp): [string, string] => [re.source, re.flags];

export const LEXIS_PATTERNS: Record<LexisPatternName, [source: string, flags: string]> = {
  roleNamed: pattern(ROLE_NAMED),
  titled: pattern(TITLED),
  greeting: pattern(GREETING),
  firstNameAsThird: pattern(FIRST_NAME_AS_THIRD),
  personContextBefore: pattern(PERSON_CONTEXT_BEFORE),
  personContextAfter: pattern(PERSON_CONTEXT_AFTER),
  orderCode: pattern(ORDER),
  accountId: pattern(ACCOUNT),
  frenchStreet: pattern(FRENCH_STREET),
  englishStreet: pattern(ENGLISH_STREET),
  frenchPostcodeCity: pattern(FRENCH_POSTCODE_CITY),
  companyContext: pattern(COMPANY_CONTEXT),
  roleMailbox: pattern(ROLE_MAILBOX),
  fullName: pattern(FULL_NAME),
  carrierCode: pattern(CARRIER),
  siret: pattern(SIRET),
  ukPostcode: pattern(UK_POSTCODE),
  phoneCandidate: pattern(CANDIDATE),
  email: pattern(EMAIL),
  emailSpelledAt: pattern(SPELLED_AT),
  emailSpelledDot: pattern(SPELLED_DOT),
  joke: pattern(JOKE),
  clauseEnd: pattern(CLAUSE_END),
};
