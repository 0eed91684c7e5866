// French: asking for personal data in a public reply (the data itself is found by the language-neutral detectors).
import { familyRules } from '../common/shapes/build';
import { PERSONAL_DATA } from '../common/shapes/personal-data';

const DATA_FR =
  "(numero|n°|no|adresse|adresse (mail|e-?mail|postale|de livraison)|e-?mail|mail|mel|telephone|tel|portable|mobile|coordonnees|nom complet|nom et prenom|nom de famille|date de naissance|code (postal|client|de retrait|de suivi|confidentiel|secret|de la carte|pin)|numero (de commande|de colis|de suivi|client|de telephone|de portable|de compte|de carte|de contrat|de dossier|de ticket|de facture|fiscal|de secu|de securite sociale)|reference (de commande|client|de colis|de dossier)|identifiant*|login|mot de passe|rib|iban|carte bancaire|cb|infos (perso|personnelles|bancaires)|informations (personnelles|bancaires)|siret|piece d'identite|scan de (votre|ta) (carte|piece)|(les )?<num> chiffres|chiffres de (la|votre|ta) carte|date de commande)";

export const FRENCH_PERSONAL_DATA_RULES = familyRules('fr', PERSONAL_DATA, {
  'private-data.ask-in-public': {
    terms: [
      `(donnez|donner|envoyez|envoyer|indiquez|indiquer|communiquez|communiquer|precisez|preciser|partagez|partager|laissez|laisser|mettez|mettre|ecrivez|ecrire|postez|poster|publiez|publier|repondez avec|confirmez|confirmer|rappelez|transmettez|transmettre|notez|noter|donne|envoie|indique|mets|ecris|laisse|precise|partage|communique|confirme)(-| )?(nous|moi)? (ici |en commentaire |en reponse |dans les commentaires |en public |sous ce post )?(votre|vos|ton|ta|tes|le|la|les|un|une) ${DATA_FR}`,
      `(quel|quelle|quels|quelles) (est|sont) (votre|vos|ton|ta|tes) ${DATA_FR}`,
      `(pouvez|pourriez|voulez|voudriez)(-| )vous (nous |me )?(donner|communiquer|indiquer|preciser|partager|confirmer|envoyer|ecrire|laisser|transmettre|rappeler) (votre|vos|le|la|les) ${DATA_FR}`,
      `(tu peux|peux-tu|pourrais-tu) (nous |me )?(donner|communiquer|indiquer|preciser|partager|confirmer|envoyer|ecrire|laisser) (ton|ta|tes|le|la|les) ${DATA_FR}`,
      `(en|dans les|dans un|par) (commentaire|commentaires|reponse) (votre|vos|ton|ta|tes) ${DATA_FR}`,
      `(il nous faut|il me faut|nous avons besoin de|j'ai besoin de|on a besoin de) (votre|vos|ton|ta|tes) ${DATA_FR}`,
      `(repondez|repondre|reponds)(-| )?(nous|moi)? (ici |en commentaire |sous ce post )?avec (votre|vos|ton|ta|tes|le|la|les) ${DATA_FR}`,
      `(nous )?(repondre|redonner|redonnez|rappeler|rappelez) (ici )?(avec )?(votre|vos|ton|ta|tes|le|la|les) ... ${DATA_FR}`,
      `(votre|vos|ton|ta|tes) ${DATA_FR} ... (en reponse|en commentaire|ici|sous ce post)`,
      `(donnez|donner|envoyez|indiquez|communiquez|precisez|preciser|donne|indique|precise|partagez|confirmez)(-| )?(nous|moi)? (ici |en commentaire |en reponse |dans les commentaires )?(votre|vos|ton|ta|tes|le|la|les) ... ${DATA_FR}`,
      `(poster|postez|publier|publiez|partager|partagez|envoyer|envoyez|mettre|mettez) (ici |en commentaire )?(une|la|un) (photo|capture|scan|copie) ... (avec|ou figure|montrant)? (votre|vos|ton|ta|tes) ${DATA_FR}`,
    ],
    // The phone as a device is not its number: « précisez le modèle de votre téléphone ».
    unless: { near: ["(modele|marque|version|type|systeme|ecran|batterie|parametres|reglages) (de |du |d')(votre |vos |ton |ta |tes |le |la |l')?(telephone|portable|mobile|smartphone|tel|box|modem|appareil)"] },
    examples: {
      should_flag: ['Donnez-nous votre numéro de commande en commentaire', 'Quel est votre email ?'],
      should_pass: [
        'Écrivez-nous en message privé avec votre numéro de commande (merci de ne pas le publier ici)',
        { draft: 'Donnez-nous votre numéro de commande', public: false },
        'Pouvez-vous préciser le modèle de votre téléphone et le message affiché ?',
      ],
    },
  },
});
