// Everyday support exchanges, written by the team in the register of real ones (they are not real tweets): telecom
// complaints in SMS French open the after-sales path, praise that mentions a problem does not, and the words a
// complaint shares with a happy message ("again", "down", "bug") only count in a complaint's construction.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const pathsOf = (text: string) => check({ incoming: text, draft: '', platform: 'x', isPublic: true }, brandtruc).paths.map((p) => p.category);
const findingsOf = (draft: string) => check({ incoming: '', draft, platform: 'x', isPublic: true }, brandtruc).findings.map((f) => f.category);

describe('telecom complaints in SMS French', () => {
  it.each([
    "@Brandtruc wifi qui saute toutes les 5 min, c'est insupportable",
    '@Brandtruc player hs, voyant rouge qui clignote',
    '@Brandtruc c vraiment nul, jcapte rien chez moi',
    '@Brandtruc je paie 40 balles par mois pour une connexion pourrie',
    "@Brandtruc réseau saturé tous les soirs c'est une blague",
    '@Brandtruc bsr ya une panne dans le 13 ? plus rien ne marche',
    '@Brandtruc c quoi ce débit de merde',
    '@Brandtruc je peux pas appeler depuis 2 jours',
    '@Brandtruc kan est ce ke le reseau revient ?',
    '@Brandtruc PK G PA DE RESO DEPUI HIER',
    '@Brandtruc jpeux pa apeler depui 2 jour',
    '@Brandtruc mn tel capte pu',
    "@Brandtruc quelqu'un du service client peut me rappeler svp",
    '@Brandtruc mon code promo ne passe pas au paiement',
    '@Brandtruc encore une coupure ce soir, merci 🙄',
    '@Brandtruc bravo pour le réseau, 0 barre dans tout Paris',
    '@Brandtruc obligé de passer par la 4G de mon tel pour bosser, merci la fibre',
    '@Brandtruc la 4g passe en edge toute la journée',
    '@Brandtruc le debit est ridicule ce soir',
    '@Brandtruc le wifi se deconnecte tout le temps sur mon pc',
    '@Brandtruc les sms partent pas depuis hier',
    '@Brandtruc sa march pa le net',
    "@Brandtruc c normal ke jai pa de 4g ?",
    '@Brandtruc vs pouvez maider svp',
    '@Brandtruc kel galère pr joindre kelkun',
    '@Brandtruc ça rame de ouf ce soir',
    '@Brandtruc impossible de regarder netflix ça coupe tt le tps',
  ])('open the after-sales path: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it('a message that asks to pay is phishing (crisis); an error message when paying is a case', () => {
    expect(pathsOf('@Brandtruc jai reçu un sms bizarre qui dit que mon colis est bloqué et de payer 2€, c vous ?')).toContain('crisis');
    const error = pathsOf('@Brandtruc jai un message erreur quand je veux payer ma facture en ligne');
    expect(error).toContain('sav');
    expect(error).not.toContain('crisis');
  });

  it('an applicant is the HR path', () => {
    expect(pathsOf('@Brandtruc je postule chez vous comme technicien, des infos ?')).toContain('hr');
  });

  it('a telecom regulator is the legal path', () => {
    expect(pathsOf("@Brandtruc signalé à l'arcep, ça suffit les coupures")).toContain('legal');
    expect(pathsOf('@Brandtruc contacting the FTC about this')).toContain('legal');
  });

  it('praise that says there never was a problem opens nothing', () => {
    expect(pathsOf('@Brandtruc franchement meilleur opérateur, jamais eu de souci')).toEqual([]);
    expect(pathsOf('@Brandtruc jamais eu de problème avec vous, top')).toEqual([]);
    expect(pathsOf('@Brandtruc top le débit depuis la fibre 🔥')).toEqual([]);
    expect(pathsOf('@Brandtruc mon débit chute à 0 tous les soirs à partir de 20h')).toContain('sav');
    expect(pathsOf("@Brandtruc on m'a débité deux fois la même facture")).toContain('sav');
    expect(pathsOf("@Brandtruc j'ai jamais eu de réponse à mon mail")).toContain('sav');
    expect(pathsOf('@Brandtruc jsuis passé chez vous depuis la concurrence, aucun regret')).toEqual([]);
    expect(pathsOf('@Brandtruc merci pr la rapidité du technicien 👍')).toEqual([]);
    expect(pathsOf('@Brandtruc la fibre c pr kan chez moi')).toEqual([]);
  });

  it.each([
    "@Brandtruc merci d'avoir retrouvé mon colis perdu !",
    '@Brandtruc got my refund yesterday, thanks for being so quick',
    '@Brandtruc thanks for finding my lost parcel!',
    "@Brandtruc finally got my order and it's perfect, worth the wait",
  ])('a problem put right is thanks: %s', (text) => {
    expect(pathsOf(text)).toEqual([]);
  });
});

describe('English words a complaint shares with a happy message', () => {
  it('"again" and "down" count only in a complaint', () => {
    expect(pathsOf('@Brandtruc You\'re very welcome, we love having you. Again in 1 week!')).toEqual([]);
    expect(pathsOf('@Brandtruc I would like 2 lay you down in a bed of roses #brandmance')).toEqual([]);
    expect(pathsOf('@Brandtruc once again my order is late and nobody tells me why')).toContain('sav');
    expect(pathsOf('@Brandtruc internet is down in my area since 6am')).toContain('sav');
  });

  it('a bug in the app is a defect, a bug in the salad is a safety case', () => {
    expect(pathsOf('@Brandtruc thanks for the quick reply! Perhaps a bug in the app as it still shows 2:55.')).not.toContain('crisis');
    expect(pathsOf('@Brandtruc found a bug in my salad from your Lyon store')).toContain('crisis');
  });

  it('disbelief and an application are a case unless they are praise or a job', () => {
    expect(pathsOf('@Brandtruc Can\'t believe the advice to call customer service. I was on hold for 3 hrs and finally gave up.')).toContain('sav');
    expect(pathsOf("@Brandtruc I applied for your loyalty card and it's been three weeks. Called and emailed with no response.")).toContain('sav');
    expect(pathsOf('@Brandtruc I applied for the junior buyer position 3 weeks ago. Any news?')).not.toContain('sav');
  });

  it.each(['@Brandtruc how long will flight 1234 be delayed?', '@Brandtruc where are our pilots??', '@Brandtruc got bumped from my flight, what are my options?'])(
    'a traveller waiting on the brand is a case: %s',
    (text) => {
      expect(pathsOf(text)).toContain('sav');
    },
  );

  it('thanks for nothing and staff who laughed at the sender are a case; a delay the crew handled well is praise', () => {
    expect(pathsOf('@Brandtruc thanks for nothing. again.')).toContain('sav');
    expect(pathsOf('@Brandtruc the agent at the Lyon store just laughed at me')).toContain('sav');
    expect(pathsOf('@Brandtruc delivery was late but the driver kept us updated the whole time, appreciated')).toEqual([]);
  });

  it('an app that keeps showing an error is the sender\'s own case', () => {
    expect(pathsOf('@Brandtruc keeps saying something went wrong, tried everything')).toContain('sav');
  });

  it.each([
    '@Brandtruc ma carte est bloquée en plein voyage merci bcp',
    "@Brandtruc livraison prévue aujourd'hui entre 8h et 13h, il est 17h et personne",
    '@Brandtruc article payé en caisse mais pas dans le sac du drive',
    '@Brandtruc long story short my order never arrived',
    '@Brandtruc one piece is missing from my wardrobe kit',
  ])('an item, a story or a thank-you in a complaint keeps it a case: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it.each([
    '@Brandtruc I want to speak to a human being!',
    '@Brandtruc is there a real live person I can speak to?',
    '@Brandtruc I kept looking but claim is still open.',
    '@Brandtruc can do everything but finish purchase. Button turns gray, never submits.',
    '@Brandtruc my bags are somewhere else',
    '@Brandtruc je veux parler à un humain !',
  ])('asking for a human, a claim still open, a site that will not let the sender finish: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it.each([
    '@Brandtruc my fridge is making a loud noise',
    '@Brandtruc PSN down?',
    '@Brandtruc sync not working',
    '@Brandtruc remote not pairing',
    '@Brandtruc my controller is drifting AGAIN',
    '@Brandtruc audio cuts out every few minutes on calls',
    '@Brandtruc got banned for no reason, appeal ignored',
  ])('a device that stops working or a service that is down is a case: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it.each([
    '@Brandtruc DM sent. Thanks for the help!',
    "@Brandtruc I DM'd my confirmation code... Thanks again for your help!",
    "@Brandtruc That would be great. Thank you! I'll send it over when you follow.",
    '@Brandtruc thanks for the quick reply! I just filled in the form',
    '@Brandtruc MP envoyé, merci !',
    '@Brandtruc des nouvelles de mon dossier ?',
  ])('a thank-you that follows up an open case in private is the case: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it('a human reached and the case settled is thanks', () => {
    expect(pathsOf("@Brandtruc merci, j'ai pu parler à un conseiller très sympa, tout est réglé")).toEqual([]);
  });

  it('a seller who never shipped is a case; a price at the register is not the press', () => {
    expect(pathsOf('@Brandtruc seller never shipped and now the listing is gone')).toContain('sav');
    expect(pathsOf('@Brandtruc price at the register was different than on the shelf')).not.toContain('press');
    expect(pathsOf("@Brandtruc I'm on the verge of cancelling my order")).not.toContain('press');
    expect(pathsOf("@Brandtruc hi, I'm a reporter at the Guardian, any comment on the recall?")).toContain('press');
  });

  it.each([
    '@Brandtruc customer service on the phone was quick and helpful for once',
    '@Brandtruc your phone agent was so patient with me, 10/10 service',
    '@Brandtruc your team handled the delay really well, thanks for keeping us informed',
    '@Brandtruc you are lucky to have people like Anna and Noor at the Lyon store. I hope they get recognized for excellent cust. service',
    '@Brandtruc the driver went above and beyond. After a long day of frustration it was welcome.',
    '@Brandtruc love the team at the Lille store. Waited for a delayed delivery slot, and they kept things fun',
  ])('praise of the service, wherever it sits in the sentence, opens nothing: %s', (text) => {
    expect(pathsOf(text)).toEqual([]);
  });

  it.each([
    '@Brandtruc thanks for loading my bag onto my connecting flight. Oh wait you forgot. Should be fun with no clothes',
    '@Brandtruc I really appreciate there not being an easy way to rebook when my flight is delayed 2hrs',
    '@Brandtruc delayed 2 days and on top I got yelled at at the gate #WellDone',
  ])('sarcastic praise stays a case: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });
});

describe('thanks for a harm is a sarcastic complaint', () => {
  it.each([
    '@Brandtruc thanks for the 3rd outage this week, great job 👏',
    "@Brandtruc can't wait to pay more for less service next month 🙃",
    '@Brandtruc merci pour la coupure internet en plein match, vraiment top',
    '@Brandtruc super le réseau, toujours aussi inexistant 👍',
  ])('opens the after-sales path: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it.each([
    '@Brandtruc really appreciate paying for 1gig and getting 50mbps',
    '@Brandtruc love paying $7 for a cup of milk because you forgot the coffee',
    "@Brandtruc merci pour ce magnifique retard de 2h, j'adore",
    '@Brandtruc trop bien, 3 jours sans internet, continuez comme ça',
    "@Brandtruc le service client m'a raccroché au nez deux fois, bravo.",
  ])('delight said of a harm stays a case: %s', (text) => {
    expect(pathsOf(text)).toContain('sav');
  });

  it.each([
    '@Brandtruc canapé livré, trop beau, merci',
    "@Brandtruc c'est quoi ce bordel de couleurs dans la nouvelle collec, j'adore.",
    "@Brandtruc j'adore ma nouvelle lampe, magnifique",
  ])('delight in a product opens nothing: %s', (text) => {
    expect(pathsOf(text)).toEqual([]);
  });

  it('a phishing message opens the crisis path, not a case of the sender', () => {
    const paths = pathsOf("@Brandtruc got a text 'Brandtruc: your package is on hold, pay $1.99 redelivery fee' with a weird link");
    expect(paths).toContain('crisis');
    expect(paths).not.toContain('sav');
    expect(pathsOf('@Brandtruc got an email saying it was dispatched, then nothing, tracking has not moved in 6 days')).toContain('sav');
  });

  it('thanks for a fix stays praise', () => {
    expect(pathsOf('@Brandtruc merci pour la réactivité, la coupure a été réglée en 10 min, top')).toEqual([]);
  });
});

describe('agent replies', () => {
  it('a timing stated as the policy for everyone is not a promise; a launch month is unreleased news', () => {
    expect(findingsOf('Refunds are processed within 5 business days per our policy.')).not.toContain('out_of_perimeter');
    expect(findingsOf('Les remboursements sont traités sous 5 jours ouvrés selon nos conditions.')).not.toContain('out_of_perimeter');
    expect(findingsOf('Nous vous remboursons sous 5 jours.')).toContain('out_of_perimeter');
    expect(findingsOf('La nouvelle box sort en mars, restez connectés 😉')).toContain('out_of_perimeter');
  });

  it('a grant the reply says it cannot make is not a promise', () => {
    expect(findingsOf("Unfortunately we're not able to offer compensation in this case, but we'll share your feedback.")).not.toContain('out_of_perimeter');
    expect(findingsOf('Malheureusement nous ne pouvons pas vous proposer de dédommagement, mais nous transmettons votre retour.')).not.toContain('out_of_perimeter');
    expect(findingsOf("No worries, we'll refund you in full and send a brand new one by tomorrow morning.")).toContain('out_of_perimeter');
  });

  it('a plan given away is a gesture; a policy said with the generic article is not a promise', () => {
    expect(findingsOf("I've upgraded your plan for free for 3 months.")).toContain('out_of_perimeter');
    expect(findingsOf('You can upgrade your plan for free in the app.')).not.toContain('out_of_perimeter');
    expect(findingsOf('Le remboursement est effectué sous 5 jours ouvrés après réception du retour.')).not.toContain('out_of_perimeter');
    expect(findingsOf('Votre remboursement sera effectué sous 5 jours.')).toContain('out_of_perimeter');
  });

  it('a day that names what went wrong is not a promised date', () => {
    expect(findingsOf("So sorry for the trouble with your flight today. Please DM us your confirmation number and we'll see what we can do. *KL")).not.toContain('out_of_perimeter');
    expect(findingsOf("Désolés pour le souci avec votre commande aujourd'hui, écrivez-nous en message privé.")).not.toContain('out_of_perimeter');
    expect(findingsOf('Sorry for the trouble, your order will be delivered today')).toContain('out_of_perimeter');
  });

  it('asking which phone model, in public, is not asking for personal data', () => {
    expect(findingsOf("Bonjour, pouvez-vous préciser le modèle de votre téléphone et le message d'erreur affiché ?")).not.toContain('private_data');
    expect(findingsOf('Précisez votre téléphone en commentaire')).toContain('private_data');
  });
});

describe('mockery in a reply, without an insulting word', () => {
  it.each([
    'Wow, what a genius question.',
    'Sure, because we have nothing better to do than answer you all day.',
    'Imagine complaining about free shipping 😂',
    'Congrats, you played yourself.',
    'Have you tried turning your brain on?',
    'Ok Karen.',
    'Faut suivre un peu hein 🙄',
    'Mdr bon courage avec ça',
    'Si vous aviez lu la notice, on n’en serait pas là.',
    'Le problème se situe entre la chaise et le clavier.',
  ])('is insult_vulgar: %s', (draft) => {
    expect(findingsOf(draft)).toContain('insult_vulgar');
  });

  it.each([
    'What a great idea for a gift, thank you for sharing!',
    'Imagine this lamp in your living room ✨',
    'Il faut suivre les étapes du tuto, on vous guide en message privé.',
    'Bon courage pour la suite, on reste disponibles en message privé.',
  ])('sincere replies stay clean: %s', (draft) => {
    expect(findingsOf(draft)).not.toContain('insult_vulgar');
  });
});

describe('words that only look like news or HR', () => {
  it('"were close", an ice-cream scoop and « entre nous deux » are not unreleased news', () => {
    expect(findingsOf('If it were close we could complain')).not.toContain('out_of_perimeter');
    expect(findingsOf('She used a spoon to scoop ice cream faster')).not.toContain('out_of_perimeter');
    expect(findingsOf("Entre nous deux, c'est vous le meilleur client")).not.toContain('out_of_perimeter');
    expect(findingsOf("We're opening a new store in Lyon")).toContain('out_of_perimeter');
    expect(findingsOf('Entre nous, le nouveau modèle arrive bientôt')).toContain('out_of_perimeter');
  });

  it('staff who were rude to the sender are a service complaint, not an HR matter', () => {
    expect(pathsOf('@Brandtruc they lost my bags once in 20 years. Problem, it was today and your staff were rude! still no bag')).not.toContain('hr');
    expect(pathsOf('@Brandtruc that was a major strike against me at work')).not.toContain('hr');
    expect(pathsOf('@Brandtruc your staff deserve better pay')).toContain('hr');
  });
});

describe('words this round added, kept out of everyday messages', () => {
  it.each([
    "I'm obsessed with this rug, it's sick",
    '@Brandtruc how long does delivery to Germany take and can I return stuff from there?',
    'Vu votre pub à la télé hier soir, le chat qui saute sur le canapé, trop mignon.',
  ])('opens no after-sales path: %s', (text) => {
    expect(pathsOf(text)).not.toContain('sav');
  });

  it('« pourriez-vous » is not « pourri »', () => {
    expect(pathsOf('Bonjour, pourriez-vous nous donner quelques produits pour la tombola du quartier ?')).not.toContain('sav');
    expect(pathsOf('@Brandtruc je paie 40 balles par mois pour une connexion pourrie')).toContain('sav');
  });
});

