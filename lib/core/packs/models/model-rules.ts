// The classifier rules each language pack carries: one per built-in model, worded for the CM, with the pack's
// own exceptions (hypothetical questions, reports about others) so the model never overrules them.
import type { RuleSource } from '../../charter/schema';
import { isIncomingCategory, type Category, type Lang, type LocalizedText } from '../../engine/vocabulary';
import { BUILTIN_MODEL_CATEGORIES } from './model-categories';
import { BUILTIN_MODELS } from './index';

const MESSAGES: Partial<Record<Category, LocalizedText>> = {
  sav: { fr: 'Ressemble à une demande SAV : rediriger vers le service client', en: 'Looks like an after-sales case: redirect to customer service' },
  press: { fr: 'Ressemble à une demande presse : renvoyer au service de presse', en: 'Looks like a press request: refer to the press office' },
  partnership: { fr: 'Ressemble à une demande de partenariat : renvoyer au formulaire', en: 'Looks like a partnership request: point to the form' },
  crisis: { fr: 'Ressemble à une situation de crise : alerter la cellule de crise', en: 'Looks like a crisis: alert the crisis cell' },
  hr: { fr: 'Ressemble à un sujet RH : renvoyer aux RH', en: 'Looks like an HR matter: refer to HR' },
  out_of_perimeter: {
    fr: 'Ressemble à un engagement hors de votre périmètre (remboursement, date, faute, annonce, RH) : à vérifier.',
    en: 'Reads like a commitment outside your perimeter (refund, date, fault, announcement, HR): check it.',
  },
  insult_vulgar: { fr: 'Ton qui ressemble à de la moquerie ou de la grossièreté : à reformuler.', en: 'Tone reads as mocking or rude: rephrase it.' },
  personal_offbrand: { fr: 'Ressemble à un contenu personnel : le compte ne parle que pour la marque.', en: 'Reads like personal content: the account speaks only for the brand.' },
};

const EXAMPLES: Partial<Record<Category, Record<Lang, { flag: string; pass: string }>>> = {
  sav: {
    fr: { flag: '@free toujours pas de connexion depuis lundi, ma box est en panne et personne ne répond', pass: 'Merci pour la super soirée de lancement !' },
    en: { flag: '@ParcelFast my parcel has been stuck in the depot for a week, nobody tells me anything', pass: 'Love the new lamp, thank you!' },
  },
  press: {
    fr: { flag: 'Bonjour, je suis journaliste pour un quotidien régional et je prépare un papier sur vos délais, pouvez-vous réagir ?', pass: 'Super article sur votre blog déco, merci !' },
    en: { flag: "Hi, I'm a reporter at a national paper working on a story about your recall. Could you comment?", pass: 'Great blog post about winter decor!' },
  },
  partnership: {
    fr: { flag: 'Créatrice de contenu déco (40k abonnés), je vous propose une collaboration sponsorisée pour vos nouveautés', pass: 'J’adore vos nouveautés déco' },
    en: { flag: 'Lifestyle creator with 60k followers here, would love a paid collab featuring your new range', pass: 'Loving your new range!' },
  },
  crisis: {
    fr: { flag: 'La batterie de ma trottinette a pris feu dans le garage, les pompiers sont venus', pass: 'Votre promo est de feu 🔥' },
    en: { flag: 'My kettle caught fire on the counter this morning, the kitchen is full of smoke', pass: 'This deal is fire 🔥' },
  },
  hr: {
    fr: { flag: "J'ai postulé pour le poste de vendeuse il y a un mois et je n'ai aucune réponse de vos RH", pass: 'Votre vendeuse a été adorable, merci' },
    en: { flag: 'I applied for the warehouse supervisor job three weeks ago and never heard back from HR', pass: 'Your store staff were lovely today' },
  },
  out_of_perimeter: {
    fr: { flag: 'Pas de souci, on vous rembourse intégralement et on vous livre un nouveau modèle demain matin.', pass: 'Notre service client étudiera votre demande en message privé.' },
    en: { flag: "No worries, we'll refund you in full and send a brand new one by tomorrow morning.", pass: 'Our customer service team will review your request by DM.' },
  },
  // The model learnt offensive writing from real tweets (slurs, profanity, put-downs); mockery without a rude word is
  // left to the tone rules of the fr and en packs.
  insult_vulgar: {
    fr: { flag: "Ferme ta gueule, personne ne t'a rien demandé.", pass: 'Nous sommes désolés pour ce désagrément.' },
    en: { flag: 'Nobody cares about your bitching, get lost.', pass: "We're sorry about the trouble." },
  },
  personal_offbrand: {
    fr: { flag: 'jsuis trop ko après la soirée d’hier, vivement le week-end avec ma meuf', pass: 'Bonjour, écrivez-nous en message privé.' },
    en: { flag: "So hungover after last night's party with my girlfriend, can't wait for the weekend", pass: 'Hi, please send us a DM.' },
  },
};

/** Praise of the staff is not an HR matter. */
const STAFF_PRAISE: Record<Lang, string> = {
  fr: '(adorable*|super|top|genial*|gentil*|sympa|serviable*|merci|bravo|aux petits soins|au top)',
  en: '(lovely|great|amazing|helpful|kind|friendly|brilliant|fantastic|thanks|thank you|shout out|shoutout|kudos)',
};

/** Praise of the brand's own articles or videos is not a press request. */
const CONTENT_PRAISE: Record<Lang, string> = {
  fr: '(super|genial|top|bel|belle|joli|jolie|merci pour (le|la|votre|cet|cette)) (article|post|video|blog|reportage|tuto)',
  en: '(great|love|loved|nice|lovely|amazing|thanks for the) (article|post|video|blog|piece|tutorial)',
};

/**
 * A grant the reply says it cannot make ("we're not able to offer compensation in this case"): the model reads the
 * words of a gesture, the negation that governs them is inside its sentence, where the negation check does not look.
 */
const REFUSAL: Record<Lang, string> = {
  fr: "(ne (pouvons|pourrons|pouvions|pourrions|sommes|serons) (pas|malheureusement pas|plus) (en mesure de )?|impossible de |pas possible de |il ne nous est pas possible de )(vous )?(offrir|proposer|accorder|rembourser|dedommager|indemniser|faire|envoyer|remplacer|echanger|geste|remboursement|compensation)",
  en: "(not able to|unable to|can't|cannot|can not|won't be able to|aren't able to|are not able to|not in a position to|no longer able to) (offer|give|provide|refund|compensate|issue|process|send|replace|honou?r|grant|make an exception|waive)",
};

const FIRST_PERSON: Record<Lang, string> = {
  fr: "(je|j'|moi|mon|ma|mes|on|perso|chui|jsuis|jvais|g)",
  en: "(i|i'm|i've|i'll|my|me|mine|we|we're|our|us)",
};

export function modelRules(lang: Lang, clause: string): RuleSource[] {
  // A category whose model is not trained yet (between editing model-categories.ts and training) has no rule.
  return BUILTIN_MODEL_CATEGORIES.filter((category) => BUILTIN_MODELS[category]).map((category) => {
    const incoming = isIncomingCategory(category);
    const example = EXAMPLES[category]![lang];
    const exceptions: RuleSource['unless'] =
      category === 'sav'
        ? { near: [`@hypothetical_${lang}`, `@not_own_case_${lang}`] }
        : category === 'hr'
          ? { joke: true, near: [STAFF_PRAISE[lang]] }
          : category === 'press'
            ? { joke: true, near: [CONTENT_PRAISE[lang]] }
          : incoming
            ? { joke: true }
            : category === 'out_of_perimeter'
              ? { study: true, negated: true, near: [REFUSAL[lang]] }
              : undefined;
    return {
      id: `${lang}.model.${category}`,
      kind: 'classifier',
      model: category,
      category,
      severity: incoming ? 'info' : 'warning',
      clause,
      message: MESSAGES[category]!,
      ...(exceptions ? { unless: exceptions } : {}),
      ...(incoming && category === 'sav' ? { contextScope: 'message' as const } : {}),
      // Personal content is told in the first person: without it, the model's hunch is not enough.
      ...(category === 'personal_offbrand' ? { requires: [FIRST_PERSON[lang]], contextScope: 'message' as const } : {}),
      examples: { should_flag: [example.flag], should_pass: [example.pass] },
    } as RuleSource;
  });
}
