// What the whole incoming message says about a path trigger found in it: thanks or praise that only mentions the
// service ("great customer service", "thanks for getting my lost bag back") is not an after-sales case, while a
// sarcastic complaint ("thanks for losing my bag") and thanks inside an open case ("thanks, still no refund") are.
// Runs on normalised text (lowercase, no accents, SMS spellings expanded).
import type { AnalyzedText } from './analyzed-text';
import type { PossibleReason } from './types';
import type { IncomingCategory } from './vocabulary';
import { WORD } from './word-class';

const W = WORD;
const words = (alternatives: string[]) => new RegExp(`(?<!${W})(?:${alternatives.join('|')})(?!${W})`, 'u');

/** Thanks, praise, delight. */
const PRAISE = words([
  // English
  'thanks?',
  'thank (?:you|u|ya)',
  'thx',
  'thnx',
  'ty',
  'tysm',
  'appreciated?',
  'appreciates',
  'kudos',
  'shout ?outs?',
  'props to',
  'great',
  'awesome',
  'amazing',
  'excellent',
  'fantastic',
  'wonderful',
  'incredible',
  'outstanding',
  'superb',
  'stellar',
  'brilliant',
  'impressive',
  'impressed',
  'perfect',
  'best',
  'love',
  'loved',
  'loving',
  'luv',
  'fav(?:ou?rite)?',
  'above and beyond',
  'made my (?:day|week|trip)',
  'well done',
  'good job',
  'happy',
  'pleased',
  'delighted',
  'grateful',
  'rock(?:s|ed)?',
  'you guys rock',
  'smooth',
  'helpful',
  'friendly',
  'kind',
  'nice',
  'good',
  'pleasant',
  'pleasantly',
  'compliments?',
  'welcomed?',
  'enjoy(?:ed|ing)?',
  'taken care of',
  'comped',
  'upgraded',
  'made it',
  'not bad',
  'happily',
  'fortunately',
  'blew (?:my|our|his|her|their|\\p{L}+\'s) (?:\\p{L}+ )?mind',
  'looking forward',
  "can't wait",
  'worked (?:well|great|perfectly|fine|flawlessly|like a charm)',
  'finest',
  'fabulous',
  'exceptional',
  'lovely',
  'professional',
  'thankful',
  'cheers',
  'for the win',
  'saved (?:my|our|the) (?:day|trip|bacon|vacation|holiday)',
  'pleasantly surprised',
  'went out of (?:his|her|their|your) way',
  // A problem put right is thanks too.
  'got (?:my|our|it|them|the) (?:\\p{L}+ ){0,3}(?:back|in the mail|returned)',
  'found (?:it|them|my|our)',
  'sorted (?:it|me|us|out|everything)',
  'resolved',
  'fixed',
  'rebooked (?:me|us)',
  // French
  'merci',
  'mercii+',
  'bravo',
  'felicitations',
  'top',
  'au top',
  'genial(?:e|es|s)?',
  'super',
  'excellente?s?',
  'parfaite?s?',
  'nickel',
  'adore',
  "j'adore",
  'ravie?s?',
  'content(?:e|es|s)?',
  'sympa',
  'efficaces?',
  'reactifs?',
  'reactives?',
  'aux petits soins',
  'chapeau',
]);

/**
 * Signs of an open case of the sender's own: something still wrong, a request, a question, anger. A problem that has
 * been put right ("got my lost bag back", "despite the delay") is not one: event words (delay, cancelled, lost) are not
 * listed here, only what says the case is still open.
 */
const OPEN_CASE = words([
  // English ("but" and "though" are left out: "not fun having a delay, but the crew has been awesome" is praise)
  // "thanks for still getting me home" is thanks; "still no bag" is not.
  'still(?! (?:got|get|getting|managed|made|make|love|loving|the best|my fav\\p{L}*|a fan|recommend))',
  'yet',
  '(?<!(?:thanks?|thank (?:you|u)|thx|ty|tried|try|do it|with them|once) )again(?! ?!)',
  // "my lost item was waiting for me at check-in", "the waiting area", "no wait on the phone" are not an open case.
  'waiting(?! (?:for (?:me|us|you)|area|room|lounge))',
  'waited',
  '(?<!(?:no|can\'t|cannot|can not|(?:didn\'t|did not|never|no need to) (?:have|need) to) )wait(?:ing)? (?:for|on)(?! (?:me|us|you)(?!\\p{L}))',
  'on hold',
  'no (?:one|response|answer|reply|help|update|info|information|word|call ?back|refund|compensation|luggage|bags?)',
  'nobody',
  'nothing',
  'never (?:got|received|arrived|came|heard|called|responded|answered)',
  'not (?:yet|received|arrived|working|fixed|resolved|happy|impressed|cool|ok|okay|acceptable)',
  "(?:hasn't|haven't|didn't|doesn't|won't|can't|cannot|couldn't|wasn't|isn't) (?:been |be )?(?:arrived?|received?|got|get|gotten|come|fixed|resolved|refunded|answered|respond(?:ed)?|call(?:ed)?|help(?:ed)?|find|found|work(?:ing|ed)?|let|able)",
  'where (?:is|are)',
  "where's",
  'why',
  'how (?:long|much longer|come|do i|can i)',
  'when (?:will|can|do|is|are)',
  'worst',
  'terrible',
  'horrible',
  'awful',
  'ridiculous',
  'unacceptable',
  'disappoint\\p{L}*',
  'frustrat\\p{L}*',
  // Anger about other people ("calm with some angry passengers") is not the sender's.
  'angry(?! (?:people|customers|passengers|travell?ers|crowds?|folks|callers))',
  'annoy\\p{L}*',
  'upset',
  'rude',
  'stuck',
  'stranded',
  'missing',
  'refund',
  'compensation',
  'reimburse\\p{L}*',
  'please (?:help|fix|refund|respond|reply|answer|call|dm|get|send|advise|look|check|find|explain)',
  '(?<!to )help (?:me|us)',
  'can you',
  'could you',
  'need (?:help|to|a|an|my|someone)',
  'fail\\p{L}*',
  '#fail',
  '#not',
  'sarcasm',
  'yeah right',
  'thanks? for nothing',
  'thank (?:you|u) for nothing',
  // A sarcastic thank-you for a harm: "thanks for losing my bag", "thank you for leaving our son alone".
  '(?:thanks?|thank (?:you|u)|thx|ty) (?:so much |again |a lot )?for (?:losing|leaving|cancel\\p{L}*|delay\\p{L}*|strand\\p{L}*|ruin\\p{L}*|making (?:me|us|my|our)|charging|wasting|ignoring|breaking|damaging|lying|overbooking|bumping|nothing|the (?:delay|wait|runaround|hassle))',
  // Praise turned over: negated, faint or ironic.
  'not (?:very |so |too |that |really |exactly )?(?:friendly|nice|good|great|helpful|happy|impressed|cool|ok|okay|acceptable|living up|professional|amused|pleased|satisfied|business travel friendly)',
  'less than',
  'unfortunately',
  'sure love',
  'always (?:happy|great|fun) to',
  'sucks?',
  'poor(?:ly)?',
  '(?<!not (?:a |that |so |too |too too )?)bad',
  'shame(?:ful)?',
  'pathetic',
  'lame',
  'disgust\\p{L}*',
  'incompeten\\p{L}*',
  'amateurs?',
  '#?whatajoke',
  'joke',
  'pity',
  'misguided',
  'mess',
  'wast(?:e|ed|ing)',
  'no notice',
  'lost a (?:customer|passenger|client)',
  // Wishes and demands that say the service failed: "communication would be lovely", "answer your phones".
  '(?:would|it\'d) (?:sure )?(?:be|have been) (?:nice|lovely|great|good|helpful)',
  '(?:answer|pick up) (?:the|your|a) (?:\\p{L}+ )?phones?',
  "(?:don't|doesn't|didn't|do not|never) (?:even )?(?:respond|reply|answer|care)",
  'liars?',
  'lied',
  'hung up',
  'hangs? up on',
  'disconnected',
  'no (?:announcement|communication|explanation)',
  'lack of',
  'canned',
  "(?:wouldn't|won't|didn't|refused to) let (?:me|us)",
  "(?<!(?:didn't|did not|don't|never|no need to|not) )(?:has|have|had) to wait",
  'big surprise',
  'what have you done',
  '(?:thanks?|thank (?:you|u)|thx) (?:again )?for (?:a|the|another|my) (?:sleepless|long|wasted|ruined|terrible|horrible|awful|miserable|stressful)',
  '(?:screwing|screwed|messing) (?:me|us|with)',
  '[😒👎😡😤🙄😠🤬]',
  '#\\p{L}*(?:fail|sucks|poor|worst|never|bad|not)\\p{L}*',
  // "thanks for the 2hr delay", "thanks for the cancellation": thanks for a harm, not for a service.
  '(?:thanks?|thank (?:you|u)|thx|ty|love|great|awesome) (?:for )?(?:the |another |a |an |my |our )?(?:\\d+ ?\\p{L}* )?(?:delays?|cancel\\p{L}*|wait|hold|late flight|lost|missed)',
  // French
  'mais',
  'toujours',
  'encore',
  'attends?',
  'attendons',
  'attente',
  'personne',
  'aucune? (?:reponse|retour|nouvelles?|solution|remboursement)',
  'jamais (?:recu|arrive|eu|livre)',
  'pas (?:encore |toujours )?(?:recu|arrive|livre|repondu|rembourse|resolu|regle)',
  'ou (?:est|en est|sont)',
  'pourquoi',
  'quand (?:est|vais|allez|va)',
  'scandal\\p{L}*',
  'honte',
  'inadmissible',
  'inacceptable',
  'nuls?',
  'decue?s?',
  'decevant\\p{L}*',
  'svp',
  "s'il vous plait",
  'aidez',
  'merci (?:pour rien|de rien)',
  'merci (?:pour|de) (?:le|la|les|ce|cette|ces|l\'|votre) ?(?:retards?|annulations?|attente|colis perdu)',
  'pas (?:tres |si |vraiment )?(?:sympa|top|terrible|genial|aimable|serieux|pro|professionnel)',
  'bravo (?:pour|a) (?:le|la|les|ce|cette) (?:retard|annulation|attente)',
  'honteux',
  'lamentable',
  'pitoyable',
  'n\'importe quoi',
  'merci (?:de|d\'avoir|pour) (?:perdre|perdu|annul\\p{L}*|retard\\p{L}*|m\'avoir (?:laisse|ignore|raccroche))',
]);

const PRAISE_ALL = new RegExp(PRAISE.source, 'gu');

/** What praise is about when it is meant: people, the service, the trip, the brand. */
const PRAISED_THING = words([
  'service',
  'custserv',
  'customer care',
  'support',
  'staff',
  'crew',
  'team',
  'agents?',
  'reps?',
  'attendants?',
  'employees?',
  'people',
  'pilots?',
  'captain',
  'help',
  'job',
  'work',
  'experience',
  'flights?',
  'trip',
  'airline',
  'company',
  'response',
  'reply',
  'follow up',
  'you',
  'y\'all',
  'you guys',
  'equipe',
  'personnel',
  'livreurs?',
  'conseill\\p{L}*',
  'vendeu\\p{L}*',
  'accueil',
  'sav',
  'reactivite',
  'vous',
]);

/** Praise that stands on its own, with no need of a second mark or of what it praises nearby. */
const STRONG_PRAISE = words([
  'the (?:very )?best',
  'at (?:its|their|his|her) (?:best|finest)',
  'above and beyond',
  'exceptional',
  'fabulous',
  'kudos',
  'shout ?-?outs?',
  'thank (?:you|u) so much',
  'thanks so much',
  'for the win',
  'pleasantly surprised',
  'looking forward',
  "can't wait",
  'worked (?:well|great|perfectly|flawlessly|like a charm)',
  'went out of (?:his|her|their|your) way',
  'aux petits soins',
  'au top',
  'merci beaucoup',
  'un grand merci',
]);

/** A question mark: the sender asks something of the brand. */
const QUESTION = /\?/;

/**
 * Praise that is meant: two marks of thanks or praise, or one next to what it praises ("great crew", "thanks for the
 * help"). A lone "Great." or "bravo" after a problem is the sarcastic kind and does not count.
 */
function meantPraise(text: string): boolean {
  if (STRONG_PRAISE.test(text)) return true;
  let count = 0;
  for (const m of text.matchAll(PRAISE_ALL)) {
    count++;
    if (count >= 2) return true;
    const around = text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    if (PRAISED_THING.test(around)) return true;
  }
  return false;
}

/** Thanks or praise, with nothing that says the sender's own case is still open. */
export function isPraiseOnly(t: AnalyzedText): boolean {
  const text = t.norm.text;
  return PRAISE.test(text) && !OPEN_CASE.test(text) && !QUESTION.test(text) && meantPraise(text);
}

/** Why a path trigger in this incoming message is only a possible path, or undefined when it stands. */
export function incomingDemotion(category: IncomingCategory, t: AnalyzedText, fromModel: boolean): PossibleReason | undefined {
  // Praise demotes an after-sales trigger, and any path a model alone suggests ("Check-in staff are awesome!" is not HR).
  if ((category === 'sav' || fromModel) && isPraiseOnly(t)) return 'praise';
  return undefined;
}
