// Sarcasm and condescension at the reader (issue 12): the constructions are caught in replies to complaints, and
// sincere support replies (apologies, DM requests, links, signatures, a smile) raise no insult, over-marketing,
// perimeter, personal-data or personal-content finding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const reply = (incoming: string, draft: string) => check({ incoming, draft, platform: 'x', isPublic: true }, brandtruc);
const SERIOUS = new Set(['overmarketing', 'out_of_perimeter', 'private_data', 'insult_vulgar', 'personal_offbrand']);

describe('sarcasm at the reader', () => {
  it.each([
    ['My order is late again', 'Sure you were home? Our driver knocked on Monday.'],
    ['The lamp flickers', 'Of course you did read the manual first.'],
    ['Still no refund', 'Patience is a virtue. DM us.'],
    ['Your app is garbage', 'Stop the presses, someone does not like our app.'],
    ['Your staff was rude', 'Funny, they said the same about you.'],
    ['Worst service ever', 'As we already told you, the store is closed on Sundays.'],
    ['Why is my bill so high', 'Have you tried reading the bill?'],
    ['Ma commande est en retard', 'Pour la dixième fois, la commande est partie lundi.'],
    ['Service client nul', 'On se calme, mon petit monsieur.'],
    ['Votre appli plante', 'Avez-vous essayé de la lire, la notice ?'],
    ['Livraison en retard', 'On prévient les médias, promis.'],
    ['Le colis est abîmé', 'C’est pourtant simple de vérifier le carton à la livraison.'],
  ])('flags: %s → %s', (incoming, draft) => {
    expect(reply(incoming, draft).categories).toContain('insult_vulgar');
  });

  it.each([
    ["My order is late again", "Sorry about the wait! Could you DM us your order number? We'll check with the courier."],
    ["Your app is garbage", "Sorry it's been frustrating. What's going wrong? If you DM us your device model we'll take a look."],
    ["Why is my bill so high??", "Happy to look into it. Please DM us your account number and we'll go through the charges with you."],
    ["I waited 2 hours on the phone", "That's far too long, we're sorry. Send us a DM and we'll pick it up from here."],
    ["The product broke after one day", "Oh no, that shouldn't happen. Please DM us a photo and your order number."],
    ["Still no refund!", "Sorry for the delay. Refunds can take 5 to 7 business days; DM us and we'll check where it is."],
    ["Worst airline ever", "We're sorry to hear that. Anything we can help with today?"],
    ["Your store staff was rude", "We're sorry, that's not how we want anyone to feel. Which store was it? DM us the details."],
    ["Why can't I log in", "Sorry about that! Try resetting your password here: https://t.co/reset. Still stuck? DM us."],
    ["I want to speak to a manager", "Of course. Please DM us your details and a team lead will get back to you."],
    ["Le colis est arrivé ouvert", "Désolés ! Envoyez-nous une photo et votre numéro de commande en MP, on s'en occupe."],
    ["Votre appli plante tout le temps", "Navrés pour la gêne. Quelle version utilisez-vous ? Dites-nous en MP, on regarde."],
    ["3 semaines sans internet", "C'est beaucoup trop long, toutes nos excuses. Envoyez-nous votre identifiant en MP."],
    ["Facture trop élevée", "Nous allons vérifier avec vous. Pouvez-vous nous écrire en MP avec votre numéro client ?"],
    ["Le livreur est passé sans sonner", "Désolés pour ce contretemps. Envoyez-nous votre numéro de suivi en MP."],
    ["Service client nul", "Nous sommes désolés de votre expérience. Dites-nous en MP ce qui s'est passé."],
    ["Mon forfait ne marche pas", "Avez-vous essayé de redémarrer votre téléphone ? Sinon, écrivez-nous en MP."],
    ["Je veux parler à un responsable", "Bien sûr, écrivez-nous en MP et un responsable vous recontactera."],
    ["Vos prix ont augmenté", "Nous comprenons. Les nouveaux tarifs sont détaillés ici : https://t.co/tarifs"],
    ["Livraison encore en retard", "Toutes nos excuses. Nous relançons le transporteur, envoyez-nous votre numéro en MP."],
    ["Thanks for the quick help!", "You're welcome! Have a great day 😊"],
    ["Love the new design", "Thanks so much, we're thrilled you like it!"],
    ["Merci pour l'accueil en magasin", "Merci à vous, on transmet à l'équipe !"],
    ["Is the store open Sunday?", "Yes! 10am to 6pm every Sunday."],
    ["@AirBrand my flight got cancelled and nobody at the gate can tell me anything. 3 hours waiting.", "Hi Mark, we're really sorry about the cancellation. Please DM us your confirmation number and we'll look into your options. ^JS"],
    ["@ShopCo where is my order?? it's been 2 weeks", "Sorry for the wait! Can you send us a DM with your order number so we can check on this for you? -Ana"],
    ["@ShopCo love the new store in Austin", "Thanks so much! We love it too 😊"],
    ["@TelcoUS my internet has been down since this morning", "We're sorry to hear that. Have you tried restarting your modem? If that doesn't help, DM us your account info and we'll run a test. *TR"],
    ["@TelcoUS you guys are the worst. 3 calls and still no fix", "I understand your frustration and I apologize. Please DM us so we can get this fixed for you. ^DM"],
    ["@AppCo the app keeps crashing when I open it", "Hey there! Sorry about that. Which device and app version are you using? Let us know in a DM. https://t.co/abc123"],
    ["@AirBrand is wifi free on my flight to Denver?", "Hi! Wifi is available on most of our domestic flights. You can check your flight here: https://t.co/xyz ^AB"],
    ["@BankCo can't log in to online banking", "Hi Jim, sorry for the trouble. Please don't share any account details here. Send us a DM and we'll help you out. ^RS"],
    ["@ShopCo thank you for the quick refund!", "You're very welcome! Thanks for being a loyal customer. 💙"],
    ["@AirBrand lost my bag in Chicago", "We're so sorry! Please file a report at https://t.co/bag and DM us the file reference so we can follow up. ^MB"],
    ["@TelcoUS great customer service today from Jen at the store", "Thanks for the shout out! We'll make sure Jen hears about it. 🙌"],
    ["@AppCo when is dark mode coming?", "Great question! We don't have anything to share right now, but we've passed your feedback to our team."],
    ["@AirBrand delayed again, this is the 3rd time this month", "That's not the experience we want for you. We apologize for the delay, and we're working to get you on your way as soon as possible."],
    ["@ShopCo do you ship to Canada?", "Hi! We do ship to Canada. You can find all the details here: https://t.co/ship"],
    ["@Free toujours pas de réseau depuis ce matin c'est une blague", "Bonjour, nous sommes désolés pour la gêne. Pouvez-vous nous indiquer votre code postal en message privé afin que nous vérifiions ? ^LM"],
    ["@Free merci pour la rapidité de l'installation de la fibre", "Merci à vous pour ce retour ! Bonne navigation 😊"],
    ["@Free_1337 ma freebox redémarre en boucle depuis hier soir", "Bonjour, avez-vous essayé de la débrancher quelques minutes ? Si le souci persiste, écrivez-nous en MP avec votre identifiant. Marc"],
    ["@Free pourquoi je suis facturé 2 fois ce mois ci ???", "Bonjour, nous allons regarder cela. Envoyez-nous votre numéro de ligne en message privé s'il vous plaît."],
    ["@Orange vs êtes nuls, 3 semaines sans internet", "Bonjour, nous comprenons votre agacement. Pouvez-vous nous contacter en MP afin que nous fassions le point ensemble ?"],
    ["@SNCF train supprimé encore une fois, merci pour rien", "Bonjour, nous sommes sincèrement désolés. Pour une demande de compensation, rendez-vous sur notre site : https://t.co/g30 ^Julie"],
    ["@Boutik super accueil en magasin hier, merci !", "Merci beaucoup pour votre message, nous transmettons à l'équipe !"],
    ["@Free c'est quand la 5G à Lyon ?", "Bonjour, vous pouvez suivre le déploiement sur notre carte de couverture : https://t.co/carte"],
    ["@Free impossible de joindre le service client depuis 2 jours", "Bonjour, nous sommes désolés de l'attente. Nous sommes disponibles ici en MP pour vous aider."],
    ["@Boutik ma commande est arrivée cassée", "Oh non, désolés ! Envoyez-nous une photo et votre numéro de commande en MP, on s'en occupe."],
    ["@ShopCo your prices went up again lol", "We know prices matter to you. We work hard to keep them fair. Thanks for sticking with us!"],
    ["@AirBrand thanks for nothing, 5h on the tarmac", "We're truly sorry, Kevin. That's a long time to wait. Please DM us your confirmation code. ^CR"],
    ["@TelcoUS how do I change my plan?", "Hi! You can change your plan anytime in the app under Account > Plan, or DM us and we can help. 👍"]
  ])('passes a sincere reply: %s → %s', (incoming, draft) => {
    expect(reply(incoming, draft).categories.filter((c) => SERIOUS.has(c))).toEqual([]);
  });
});
