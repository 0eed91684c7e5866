// French insults as real offensive tweets write them: lowercase, no accents, SMS spelling, look-alike letters; insults
// as constructions (a group called vermin, "sale X", threats and hatred at people), and the sentences that must stay
// clean: negated hatred, counter-speech that quotes plain hate, the same words about things.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const draft = (text: string) => check({ incoming: '', draft: text, platform: 'x', isPublic: true }, brandtruc);
/** Counted in the badge: a finding, not a "possible" signal. */
const insults = (text: string) => draft(text).categories.includes('insult_vulgar');

describe('French insults are flagged', () => {
  it.each([
    // Vulgar words in SMS spelling and with look-alike letters.
    'ptn mais ta gueule',
    'tg fdp',
    'ntm sérieux',
    'c nul dmerd',
    'espèce de b4tard',
    'ce type est un vrai chieur',
    'toi t es qu un ducon',
    // Dehumanising nouns and contempt put on a person or a group, whatever the group.
    'les voisins du dessus sont des parasites',
    'ces gens-là sont tous des cafards',
    'tu es un rat',
    'bande de dégénérés',
    'ces sous-hommes ne méritent rien',
    'les plombiers sont immondes',
    'vous êtes des gens malhonnêtes',
    'les supporters adverses sont les pires qui soient',
    "c'est de la vermine",
    // "sale X" at anyone, with a negation earlier in the sentence or not.
    'rentre pas dans le débat sale menteur',
    'sale richou va',
    'dégage sale égoïste',
    // An insult in its own clause after a negated one.
    "comme vous n'êtes pas du métier vous êtes con",
    // Slurs stay slurs when negated.
    "t'es pas un peu attardé ?",
    // Threats, death wishes, avowed hatred at people.
    'je vais te faire souffrir',
    'on devrait tous les pendre',
    'il faudrait égorger tous ces banquiers',
    'elle mérite la guillotine',
    'mort à tous les chasseurs',
    'je vous déteste',
    'je hais les profs',
    "j'en ai marre des voisins",
    'trop de touristes étrangers dans ce pays, trop de chômeurs ici',
    'vous me rendez malade',
    'le monde irait mieux sans les avocats',
    'mon chat est plus intelligent que vous',
    // A political label made a pathology.
    'le gauchiste typique relève de la maladie mentale',
  ])('flag: %s', (text) => expect(insults(text)).toBe(true));
});

describe('French sentences that must stay clean', () => {
  it.each([
    // Negated hatred and negated threats.
    'Je ne déteste pas les profs',
    'Je ne vais jamais faire souffrir qui que ce soit',
    'je ne dis pas que vous êtes bête',
    'Ces chiffres sont tout sauf stupides',
    // Counter-speech that quotes plain hate (no slur, no vulgar word).
    'Si vous dites « je hais les voisins », attendez-vous à des réactions',
    'Des propos comme « les plombiers sont des parasites » sont inacceptables',
    "Vous ne pouvez pas sérieusement croire que les chasseurs devraient être pendus",
    // The same words about things, animals or time.
    'Nous allons tuer le temps en attendant la livraison',
    'Les animaux sauvages du parc sont nourris le matin',
    'Notre box filtre les parasites sur la ligne',
    "La discussion a dégénéré hier, nous en sommes désolés",
    'Le linge sale se lave à 40 degrés',
    "Il ne s'attarde jamais sur les détails",
    'Mon chat est plus malin que cette chatière',
    'Le monde irait mieux sans ce genre de centrales à charbon',
    'Rien ne vaut un bon café',
    // A slur reported, not used.
    "il m'a traité de sale égoïste devant tout le monde",
  ])('pass: %s', (text) => expect(insults(text)).toBe(false));
});

describe('implicit derogation and its clean twins', () => {
  it.each([
    'les voisins devraient être jetés dans une décharge',
    "j'ai tant de mépris pour les voisins",
    'rien de plus minable qu’un banquier',
    'les chasseurs n’ont pas leur place ici',
  ])('flag: %s', (text) => expect(insults(text)).toBe(true));

  it.each([
    'Les vieux meubles devraient être jetés dans une décharge',
    "Je n'ai jamais dit que les plombiers étaient des parasites",
    'Rien de plus agréable qu’un café en terrasse',
  ])('pass: %s', (text) => expect(insults(text)).toBe(false));
});

describe('a group called a disease, and the counter-speech that quotes it', () => {
  it('flags the claim', () => {
    expect(insults('les chasseurs sont un cancer pour la société')).toBe(true);
    expect(insults('une vie de banquier ne vaut rien')).toBe(true);
    expect(insults('pourquoi ne pas se débarrasser des voisins une fois pour toutes ?')).toBe(true);
  });
  it('keeps the rebuke clean', () => {
    expect(insults('C’est choquant de dire « les chasseurs sont un cancer pour la société »')).toBe(false);
    expect(insults('Ça fait mal de voir des gens dire que la vie des voisins ne vaut rien')).toBe(false);
  });
});
