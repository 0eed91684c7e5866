// The words that tell French from English in a short post: function words, everyday service words and SMS spellings,
// space-separated, lowercase (French ones accent-free). Part of the engine lexis (engine-lexis.ts): detect-language.ts
// reads them from the compiled charter, not the content script.
import type { Lang } from '../engine/vocabulary';

export const LANGUAGE_WORDS: Record<Lang, string> = {
  fr:
    'le la les un une des du de au aux et ou est sont je tu il elle on nous vous ils elles mon ma mes ton ta tes son sa ses ' +
    'notre nos votre vos leur leurs ce cet cette ces pas ne plus que qui quoi pour dans sur avec sans chez mais car donc ' +
    'c j l d n qu s m t ca suis es etes ai as avons avez ont fait faire merci bonjour bonsoir salut oui non tres trop bien ' +
    'aussi encore toujours jamais rien depuis quand comment pourquoi parce commande colis livraison remboursement vraiment ' +
    'jsuis jvais pk pq svp stp bjr slt mdr ptdr tkt tjr tjrs bcp pr ds dc qd jai jsp chui ptn cmd mtn auj dsl ' +
    'y a ete etait sera serait peut pouvez veux voudrais',
  en:
    'the a an and or is are was were be been i you he she it we they my your his her its our their this that these those ' +
    'not no to of for in on at with without from by but so if then than have has had do does did will would can could should ' +
    "i'm im it's dont don't can't cant won't wont isn't didn't doesn't hi hello thanks thank please pls u ur thx " +
    'order package delivery refund still never again just really what why how when where who any some all get got ' +
    'lol omg wtf idk me us them there here',
};
