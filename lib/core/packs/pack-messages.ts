// Bilingual messages shared by the French and English packs: the same finding reads the same whatever the draft's language.
import type { LocalizedSource } from '../charter/schema-fields';

export const PATH_MESSAGE = {
  sav: { fr: 'Demande SAV : rediriger vers le service client', en: 'After-sales request: redirect to customer service' },
  legal: { fr: 'Menace juridique : transmettre au service juridique', en: 'Legal threat: forward to the legal team' },
  press: { fr: 'Demande presse : renvoyer au service de presse', en: 'Press request: refer to the press office' },
  partnership: { fr: 'Demande de partenariat : renvoyer au formulaire', en: 'Partnership request: point to the form' },
  crisis: { fr: 'Crise : alerter la cellule de crise', en: 'Crisis: alert the crisis cell' },
  hr: { fr: 'Sujet RH : renvoyer aux RH', en: 'HR matter: refer to HR' },
} as const satisfies Record<string, LocalizedSource>;

export const PACK_MESSAGE = {
  perimeterRefundOrGesture: {
    fr: 'Promesse de remboursement ou de geste commercial : seul le service client peut en décider.',
    en: 'Promises a refund or a goodwill gesture: only customer service can decide that.',
  },
  perimeterRefundOrGestureReplacement: {
    fr: 'Notre service client étudiera votre demande de remboursement : écrivez-nous en message privé.',
    en: 'Our customer service team will review your refund request: please send us a DM.',
  },
  perimeterDatePromise: {
    fr: 'Date ou créneau promis (livraison, installation, activation) : seul le service client peut s’y engager.',
    en: 'Gives a delivery, installation or activation date or slot: only customer service can commit to it.',
  },
  perimeterPromise: {
    fr: 'Promesse ou garantie sur une décision (remboursement, remplacement, date, geste) : seul le service concerné peut s’y engager.',
    en: 'Promises or guarantees a decision (refund, replacement, date, gesture): only the team in charge can commit to it.',
  },
  perimeterFaultAdmission: {
    fr: 'Reconnaissance de faute ou de responsabilité : ne rien admettre en public.',
    en: 'Admits fault or liability: never admit it in public.',
  },
  perimeterDisputeComment: {
    fr: 'Commentaire sur un litige ou une procédure : une phrase neutre, puis transmettre au juridique.',
    en: 'Comments on a dispute or legal action: one neutral sentence, then forward to legal.',
  },
  perimeterUnreleasedNews: {
    fr: 'Annonce non publiée (lancement, prix, soldes, ouverture, rachat) : ne relayer que ce qui est officiel.',
    en: 'Announces unreleased news (launch, price, sale, opening, acquisition): only relay what is published.',
  },
  perimeterHrDisclosure: {
    fr: 'Information ou décision RH (départ, sanction, recrutement) : ne jamais en parler en public.',
    en: 'Discloses or decides an HR matter (departure, sanction, hiring): never in public.',
  },
  privateDataAskInPublic: {
    fr: 'Demande de données personnelles en public : demandez-les en message privé, et ajoutez « merci de ne pas publier ces informations ici ».',
    en: 'Asks for personal data in public: ask for it by DM, and add "please don’t post these details here".',
  },
  privateDataAskInPublicReplacement: {
    fr: 'Écrivez-nous en message privé avec ces informations (merci de ne pas les publier ici).',
    en: 'Please send us these details by DM (please don’t post them here).',
  },
  overmarketingBoilerplate: {
    fr: 'Formule toute faite ou promotionnelle : restez chaleureux, court et factuel.',
    en: 'Canned or promotional wording: keep it warm, short and factual.',
  },
  overmarketingStackedSuperlatives: {
    fr: 'Superlatifs empilés : un seul suffit, ou aucun.',
    en: 'Stacked superlatives: one is enough, or none.',
  },
  overmarketingSuperlativeClaim: {
    fr: 'Superlatif invérifiable sur la marque ou promesse d’enthousiasme (« le meilleur du marché », « vous ne le regretterez pas ») : restez factuel.',
    en: 'Unverifiable superlative about the brand or hype ("the best in the industry", "you won\'t regret it"): keep to facts.',
  },
  overmarketingSellToComplaint: {
    fr: 'Promotion ou vente en réponse à une plainte, un incident ou une crise : à retirer.',
    en: 'Selling or promoting in reply to a complaint, an incident or a crisis: remove it.',
  },
  insultVulgar: {
    fr: 'Grossièreté : jamais sur le compte de la marque, même face à un message agressif.',
    en: 'Vulgar language: never on the brand account, even in reply to an abusive message.',
  },
  insultNameCalling: {
    fr: 'Insulte envers une personne : restez courtois, ou ne répondez pas et appliquez le règlement.',
    en: 'Insults a person: stay courteous, or do not answer and apply the house rules.',
  },
  insultMockery: {
    fr: 'Moquerie ou sarcasme aux dépens de la personne : pas sur le compte de la marque.',
    en: 'Mockery or sarcasm at the person’s expense: not on the brand account.',
  },
  personalPrivateLife: {
    fr: 'Contenu personnel (vie privée, soirées, animaux, couple) : le compte ne parle que pour la marque.',
    en: 'Personal content (private life, evenings out, pets, partner): the account speaks only for the brand.',
  },
  personalGames: {
    fr: 'Contenu personnel (jeux) : le compte ne parle que pour la marque.',
    en: 'Personal content (games): the account speaks only for the brand.',
  },
  personalOpinions: {
    fr: 'Opinion personnelle (politique, religion, grève, rivalité sportive) : réponse neutre uniquement.',
    en: 'Personal opinion (politics, religion, strikes, sport rivalry): neutral reply only.',
  },
  personalStatedOpinion: {
    fr: 'Opinion personnelle sur un sujet de société : le compte ne parle que pour la marque, réponse neutre.',
    en: 'Personal opinion on a public issue: the account speaks only for the brand, neutral reply.',
  },
  personalLifeAndEvenings: {
    fr: 'Contenu personnel (soirées, vacances, vie de l’équipe) : le compte ne parle que pour la marque.',
    en: 'Personal content (nights out, holidays, team life): the account speaks only for the brand.',
  },
  personalColleagueJoke: {
    fr: 'Blague sur un collègue : pas sur le compte de la marque.',
    en: 'Joke about a colleague: not on the brand account.',
  },
  styleCompetitorDenigration: {
    fr: 'Dénigrement ou comparaison avec la concurrence : ne pas comparer nommément.',
    en: 'Denigrates or compares with competitors: never compare by name.',
  },
  styleNamedComparison: {
    fr: 'Comparaison avec une autre marque citée nommément : ne pas comparer.',
    en: 'Compares with another brand by name: do not compare.',
  },
  styleJokeOnComplaint: {
    fr: 'Humour en réponse à une plainte ou un incident : jamais.',
    en: 'Humour in reply to a complaint or an incident: never.',
  },
} as const satisfies Record<string, LocalizedSource>;
