// Tone: overmarketing, insults, personal talk, style: each rule's shape (kind, category, severity, message, the exceptions
// every language applies), said once. Each language's words: ../../fr/tone.ts and ../../en/tone.ts.
import { PACK_MESSAGE } from '../../pack-messages';
import { ruleFamily } from './build';

export const TONE = ruleFamily({ fr: 'Gardefou · ton', en: 'Gardefou · tone' }, {
  'overmarketing.boilerplate': { kind: 'existence', category: 'overmarketing', severity: 'warning', message: PACK_MESSAGE.overmarketingBoilerplate },
  'overmarketing.stacked-superlatives': { kind: 'existence', category: 'overmarketing', severity: 'warning', message: PACK_MESSAGE.overmarketingStackedSuperlatives },
  'overmarketing.superlative-claim': { kind: 'existence', category: 'overmarketing', severity: 'warning', message: PACK_MESSAGE.overmarketingSuperlativeClaim },
  'overmarketing.sell-to-complaint': { kind: 'existence', category: 'overmarketing', severity: 'error', message: PACK_MESSAGE.overmarketingSellToComplaint, when: { incomingCategories: ['sav', 'crisis', 'legal'] }, unless: { negated: true } },
  'insult.vulgar': { kind: 'existence', category: 'insult_vulgar', severity: 'error', message: PACK_MESSAGE.insultVulgar },
  'insult.slur': { kind: 'existence', category: 'insult_vulgar', severity: 'error', ownLanguageOnly: true, message: { fr: 'Insulte ou terme injurieux : jamais sur le compte de la marque.', en: 'Slur or abusive term: never on the brand account.' } },
  'insult.slur-nouns': { kind: 'existence', category: 'insult_vulgar', severity: 'error', ownLanguageOnly: true, message: { fr: 'Insulte envers une personne ou un groupe : restez courtois, ou ne répondez pas et appliquez le règlement.', en: 'Insults a person or a group: stay courteous, or do not answer and apply the house rules.' } },
  'insult.name-calling': { kind: 'existence', category: 'insult_vulgar', severity: 'error', ownLanguageOnly: true, message: PACK_MESSAGE.insultNameCalling, unless: { negated: true } },
  // Threats, death wishes and avowed hatred at a person or a group: an insult for a brand whoever the target is.
  // Negation applies ("je ne déteste pas les femmes" is not hatred).
  'insult.aggression': { kind: 'existence', category: 'insult_vulgar', severity: 'error', ownLanguageOnly: true, message: { fr: 'Menace, haine ou appel à la violence envers une personne ou un groupe : jamais sur le compte de la marque.', en: 'Threat, hatred or a call to violence against a person or a group: never on the brand account.' }, unless: { negated: true } },
  'insult.mockery': { kind: 'existence', category: 'insult_vulgar', severity: 'error', message: PACK_MESSAGE.insultMockery },
  'insult.sarcasm-at-reader': { kind: 'existence', category: 'insult_vulgar', severity: 'warning', ownLanguageOnly: true, message: PACK_MESSAGE.insultMockery },
  'insult.ironic-emoji-at-reader': { kind: 'existence', category: 'insult_vulgar', severity: 'warning', ownLanguageOnly: true, message: PACK_MESSAGE.insultMockery, when: { incomingCategories: ['sav', 'crisis', 'legal', 'hr'] }, contextScope: 'message' },
  'personal.private-life': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalPrivateLife },
  'personal.games': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalGames },
  'personal.opinions': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalOpinions },
  'personal.stated-opinion': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalStatedOpinion, contextScope: 'message' },
  'personal.life-and-evenings': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalLifeAndEvenings },
  'personal.chat-register': { kind: 'pattern', category: 'personal_offbrand', severity: 'warning', ownLanguageOnly: true, message: { fr: 'Registre de message perso (SMS, argot) : ce ton ne parle pas pour la marque.', en: 'Personal texting register (SMS spelling, slang): that voice does not speak for the brand.' } },
  'personal.colleague-joke': { kind: 'existence', category: 'personal_offbrand', severity: 'warning', message: PACK_MESSAGE.personalColleagueJoke },
  'style.tutoiement': { kind: 'existence', category: 'style', severity: 'warning', ownLanguageOnly: true, unless: { quoted: true }, message: { fr: 'Tutoiement : en français, la charte demande le vouvoiement.', en: 'Informal "tu": in French the charter requires "vous".' } },
  'style.competitor-denigration': { kind: 'existence', category: 'style', severity: 'warning', message: PACK_MESSAGE.styleCompetitorDenigration },
  'style.named-comparison': { kind: 'pattern', category: 'style', severity: 'warning', ownLanguageOnly: true, message: PACK_MESSAGE.styleNamedComparison },
  'style.joke-on-complaint': { kind: 'existence', category: 'style', severity: 'warning', message: PACK_MESSAGE.styleJokeOnComplaint, when: { incomingCategories: ['sav', 'crisis', 'legal', 'hr'] } },
  'style.joke-on-complaint-jk': { kind: 'pattern', category: 'style', severity: 'warning', ownLanguageOnly: true, message: PACK_MESSAGE.styleJokeOnComplaint, when: { incomingCategories: ['sav', 'crisis', 'legal', 'hr'] } },
});
