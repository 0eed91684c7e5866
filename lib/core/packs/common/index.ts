// The language-neutral pack: personal-data detectors and counting limits. Always applies; charters tune the limits.
import type { RuleSource } from '../../charter/schema';
import type { ExampleSource } from '../../charter/schema-fields';
import type { RulePack } from '../types';

const DATA = 'Gardefou · données personnelles';
const TONE = 'Gardefou · ton';

function personalData(id: string, detector: Extract<RuleSource, { kind: 'detector' }>['detector'], fr: string, en: string, flag: string, pass: string): RuleSource {
  return {
    id: `common.private-data.${id}`,
    kind: 'detector',
    category: 'private_data',
    severity: 'error',
    clause: DATA,
    publicOnly: true,
    detector,
    message: {
      fr: `${fr} dans une réponse publique : à retirer, proposez un message privé.`,
      en: `${en} in a public reply: remove it and offer a private message.`,
    },
    replacement: { fr: 'Écrivez-nous en message privé.', en: 'Please send us a DM.' },
    examples: { should_flag: [flag], should_pass: [pass, { draft: flag, public: false }] },
  };
}

type Occurrence = Extract<RuleSource, { kind: 'occurrence' }>;

/** A counting limit on the draft (a warning: the CM may have a reason). */
function limit(
  id: string,
  category: 'overmarketing' | 'style',
  count: Occurrence['count'],
  max: number,
  message: Occurrence['message'],
  flag: ExampleSource,
  pass: ExampleSource,
  maxByPlatform?: Occurrence['maxByPlatform'],
): Occurrence {
  return {
    id: `common.${id}`,
    kind: 'occurrence',
    category,
    severity: 'warning',
    clause: TONE,
    count,
    max,
    ...(maxByPlatform && { maxByPlatform }),
    message,
    examples: { should_flag: [flag], should_pass: [pass] },
  };
}

export const COMMON_PACK: RulePack = {
  id: 'builtin:common',
  lexicons: {},
  rules: [
    personalData('email', 'email', 'Adresse e-mail', 'Email address', 'Votre mail jean.dupont@gmail.com est bien noté', 'Écrivez à support@brandtruc.fr'),
    personalData('phone', 'phone', 'Numéro de téléphone', 'Phone number', 'On vous rappelle au 06 12 34 56 78', 'Appelez-nous au 0800 123 456'),
    personalData('iban', 'iban', 'IBAN', 'IBAN', 'Virement sur FR76 3000 6000 0112 3456 7890 189', 'Le virement arrive sous 3 jours'),
    personalData('card', 'card', 'Numéro ou fin de carte bancaire', 'Card number or last digits', 'Votre carte se terminant par 4242 a été débitée', 'Paiement par carte accepté'),
    personalData('order-code', 'order_code', 'Numéro de commande, de colis ou code de retrait', 'Order, parcel or pickup code', 'Votre commande n° 458712963 est partie', 'Votre commande est partie'),
    personalData('address', 'postal_address', 'Adresse postale', 'Postal address', 'Livré au 12 rue des Lilas, 75011 Paris', 'Livraison en point relais'),
    personalData('account-id', 'account_id', 'Identifiant ou numéro client', 'Account or customer id', 'Votre numéro client 88812345 est bloqué', 'Votre espace client est accessible en ligne'),
    personalData('siret', 'siret', 'SIRET', 'Company id (SIRET)', 'Votre SIRET 732 829 320 00074 est validé', 'Les professionnels ont un espace dédié'),
    personalData('third-person', 'third_person', 'Personne tierce nommée', 'Named third person', 'Notre livreur Kevin Martin est passé à 14h', 'Notre livreur est passé'),
    {
      id: 'common.insult.censored-swear',
      kind: 'pattern',
      category: 'insult_vulgar',
      severity: 'error',
      clause: TONE,
      // A swear word with letters starred out is still a swear word on the brand account.
      pattern: '(?<![\\p{L}])(?:f[*#@$!]{2,}[a-z]*|f[*#@$!]ck[a-z]*|sh[*#@$!]t[a-z]*|b[*#@$!]tch[a-z]*|p[*#@$!]tain|m[*#@$!]rde|c[*#@$!]nnard)',
      flags: 'iu',
      message: { fr: 'Grossièreté, même masquée par des astérisques.', en: 'Vulgar language, even starred out.' },
      examples: { should_flag: ['We are f***ing fast', 'Hell yeah, sh*t happens'], should_pass: ['Rated 5* by customers'] },
    },
    {
      id: 'common.insult.swear-any-language',
      kind: 'existence',
      category: 'insult_vulgar',
      severity: 'error',
      clause: TONE,
      // People swear across languages ("fuck" in a French tweet, "merde" in an English one): the unambiguous words
      // count whatever language the draft is detected in.
      terms: ['fuck*', 'motherfuck*', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches', 'asshole*', 'wtf', 'stfu', 'putain', 'merde', 'connard*', 'connasse*', 'salope*', 'encule*', 'fdp', 'ntm', 'nique ta mere'],
      message: { fr: 'Grossièreté : jamais sur le compte de la marque, même face à un message agressif.', en: 'Vulgar language: never on the brand account, even in reply to an abusive message.' },
      examples: { should_flag: ['liverpool, le psg, fuck tout ça', 'Well, merde, that is annoying'], should_pass: ['Merci pour votre message', 'Thanks for your message'] },
    },
    limit('overmarketing.exclamation', 'overmarketing', 'exclamation', 2, { fr: "Trop de points d'exclamation.", en: 'Too many exclamation marks.' }, 'Merci !!!', 'Merci !'),
    limit('overmarketing.emoji', 'overmarketing', 'emoji', 3, { fr: "Trop d'emoji.", en: 'Too many emoji.' }, 'Merci 😀😀😀😀', 'Merci 😀'),
    limit('overmarketing.shouting', 'overmarketing', 'caps_words', 2, { fr: 'Mots en MAJUSCULES : cela crie.', en: 'Words in CAPITALS read as shouting.' }, 'SUPER OFFRE EXCEPTIONNELLE AUJOURD’HUI', 'Contactez le SAV par DM'),
    limit('style.hashtags', 'style', 'hashtag', 3, { fr: 'Trop de hashtags.', en: 'Too many hashtags.' }, 'Merci #a #b #c #d', 'Merci #deco'),
    limit('style.length', 'style', 'characters', 5000, { fr: 'Réponse trop longue pour cette plateforme.', en: 'Reply too long for this platform.' }, { draft: 'a'.repeat(300), platform: 'x' }, { draft: 'a'.repeat(300), platform: 'facebook' }, { x: 280, linkedin: 1250 }),
  ],
};
