// French sarcasm and condescension aimed at the reader: no insult word, but a brand reply that mocks the customer.
// Written as constructions (irony or impatience that only makes sense addressed to someone), kept to those a sincere
// support reply never uses ("comme indiqué" and "ce n'est pas compliqué : il suffit de…" pass).
import { familyRules } from '../common/shapes/build';
import { TONE } from '../common/shapes/tone';

export const FRENCH_SARCASM_RULES = familyRules('fr', TONE, {
  'insult.sarcasm-at-reader': {
    terms: [
      // Fausse admiration.
      "(bravo|felicitations|chapeau|bien joue)(,)? (vous avez|tu as|t'as|t as) (enfin |bien )?(trouve|lu|compris|decouvert|reussi|remarque)",
      'quel scoop',
      "(on|nous) (previent|prevenons|alerte|alertons|appelle|appelons) (les medias|la presse|le journal de 20h)",
      "et l'eau(,)? (ca )?mouille",
      '(vous avez|tu as|avez-vous|as-tu) (essaye|pense) (de|a) (le |la |les )?(payer|lire)',
      'la patience est une vertu',
      'quelle surprise',
      "on (ne l'|l')?avait pas remarque",
      "(vous m'en|tu m'en) (direz|diras) tant",
      'si (vous le dites|tu le dis)',
      "c'est ca(,)? oui",
      'mais (oui )?bien sur(,)? et',
      "et moi je suis (la reine|le pape|le roi)",
      // Impatience : « comme déjà dit », « pour la énième fois », « relisez notre message ».
      'pour la (enieme|ennieme|nieme|centieme|millieme|troisieme|quatrieme|cinquieme|dixieme) fois',
      'comme (deja dit|deja explique|deja repete|deja precise)',
      "(on|nous|je) (vous |te )?(l'a|l'avons|l'ai|l a|l avons|l ai) deja (dit|explique|repete|ecrit|precise) (plusieurs|deux|trois|dix|cent|mille|x) fois",
      "on (vous|te) (l'a|l a) deja dit",
      '(relisez|relis|lisez|lis) (donc |bien )?(notre|nos|mon|mes|le|les) (message|messages|tweet|tweets|reponse|reponses) (precedent|precedents|precedente|precedentes|plus haut)',
      '(sachez|apprenez a|apprends a|savez-vous) lire',
      // « On se calme », vocatifs condescendants.
      'on se calme',
      'calmez-vous',
      'calme-toi',
      'du calme',
      'respirez (un bon coup|un grand coup|profondement)',
      'ma petite dame',
      'mon petit monsieur',
      'jeune homme',
      'ma cocotte',
      'mon coco',
      'mon chou',
      'mon pauvre (monsieur|ami|garcon|vieux)',
      'ma pauvre (dame|fille|amie)',
      // « C'est pourtant simple », « même un enfant comprendrait ».
      "c'est pourtant (pas )?(simple|clair|ecrit|indique|marque|complique|sorcier|difficile)",
      "(c'est|ce n'est|c'etait|ce n'etait) pourtant pas (complique|difficile|sorcier|dur)",
      'meme un enfant (de <num> ans )?(comprendrait|saurait|y arriverait|pourrait)',
      "(il (vous|t') a fallu|ca (vous|t') a pris) (<num>|deux|trois|dix) (tweets|messages|essais|jours|heures)",
      // Faux apitoiement, faux experts.
      "avant (d'|de )(insulter|accuser|critiquer|agresser|traiter) (les gens|tout le monde|nos equipes|les autres)",
      "(faudrait|faut|il faudrait|vous devriez|tu devrais|va falloir|faudra) peut-etre (apprendre|commencer|lire|verifier|reflechir|ouvrir)",
      '(commencez|commence) par (verifier|lire|apprendre|relire|reflechir|regarder)',
      "le probleme (vient|viendrait|est) (peut-etre )?(de l'utilisateur|de l utilisateur|entre la chaise et le clavier|de votre cote|de ton cote)",
      // Se moquer du message lui-même, ou de ce que la personne croyait.
      'merci pour (ce|cette|votre|ton|ta) (roman|pave|tartine|dissertation|lecon|sermon|monologue|expose|bible|roman-fleuve|biographie)',
      "(ah,? )?parce que (vous|tu) (pensiez|pensais|croyiez|croyais|imaginiez|imaginais|vous attendiez a|t'attendais a)",
      "c'est (pourtant )?(marque|ecrit|indique) (en gros|noir sur blanc|partout|en toutes lettres|en rouge)",
      'quel drame',
      'quelle tragedie',
      'encore un (expert|specialiste|genie|comique|rigolo|petit malin)',
      '(les|un|des|petit|petits) petits? malins?',
      '(monsieur|madame) je(-| )sais(-| )tout',
      '(expert|experte|specialiste|experts|specialistes) (autoproclame*|du dimanche)',
    ],
    unless: { near: ['(voiture|cocotte-minute|cuisson) ', 'pour la (troisieme|quatrieme|cinquieme|dixieme|centieme) fois (consecutive|d affilee|de suite|cette annee)', 'quelle surprise (pour|a) (nos|vos|les)'] },
    examples: {
      should_flag: [
        'Bravo, vous avez trouvé la FAQ.',
        'Pour la énième fois, relisez notre message.',
        'On se calme, ma petite dame.',
        'C’est pourtant pas compliqué de lire la notice.',
        'Merci pour ce roman, on regarde ça.',
        'Ah, parce que vous pensiez que ça marchait sans piles ?',
      ],
      should_pass: [
        'Comme indiqué en MP, votre colis part demain.',
        'Ce n’est pas compliqué : il suffit de redémarrer la box.',
        'Élu pour la troisième fois consécutive, merci à vous !',
        'Merci pour votre message détaillé, cela nous aide beaucoup.',
        'C’est indiqué sur la notice, page 4 : nous vous la renvoyons en MP.',
      ],
    },
  },
  // Un sourire en coin, un sourire à l'envers ou un haussement d'épaules, en réponse à une plainte, adressés à la
  // personne. Seuls, dans un post ou un échange aimable, ils relèvent trop souvent de l'autodérision pour compter.
  'insult.ironic-emoji-at-reader': {
    terms: ['😏', '🙃', '🤷'],
    requires: ["(vous|votre|vos|tu|t'|ton|ta|tes|toi)"],
    unless: { near: ["(on|nous|notre|nos|je|j'|mon|ma|mes) ... (🙃|🤷)"] },
    examples: {
      should_flag: [
        { incoming: 'Mon colis n’est jamais arrivé, c’est la troisième fois', draft: 'Vous êtes sûr d’avoir mis la bonne adresse cette fois ? 😏' },
        { incoming: 'Livraison en retard, encore', draft: 'Ça arrive, faut-il vous faire un dessin ? 🤷' },
      ],
      should_pass: [
        { incoming: 'Mon colis n’est jamais arrivé', draft: 'Le transporteur, on ne sait pas encore 🤷 Envoyez-nous votre numéro de commande en MP.' },
        { incoming: 'Super la nouvelle cafetière, merci !', draft: 'Ravis qu’elle vous plaise 😏' },
      ],
    },
  },
});
