// Is the draft an approved phrasing? Unchanged or with its {variables} filled, whatever the whitespace; nothing else.
import { describe, expect, it } from 'vitest';
import { matchAnyPhrasing, matchPhrasing } from '../../../lib/core/phrasing/match-phrasing';

const legal = { id: 'FR 2.2', text: 'Bonjour, votre message a été transmis au service concerné, qui reviendra vers vous directement.' };
const named = { id: 'FR 1.3 · ticket', text: 'Bonjour {prénom}, nous comprenons votre agacement. Un conseiller reprend votre dossier {référence ticket} : envoyez-nous un MP si besoin.' };
const apostrophe = { id: 'EN 2.1', text: "We've taken note of your message. We can't discuss this here; please use the Complaints form." };

describe('matchPhrasing', () => {
  it('matches the phrasing unchanged', () => {
    expect(matchPhrasing(legal.text, legal)).toEqual({ phrasingId: 'FR 2.2', unfilled: [] });
  });

  it('tolerates whitespace: runs, line breaks, no-break spaces, around punctuation, at both ends', () => {
    const draft = '  Bonjour ,\n votre   message a\u00a0été transmis au service concerné,qui reviendra vers vous directement. \n';
    expect(matchPhrasing(draft, legal)).toEqual({ phrasingId: 'FR 2.2', unfilled: [] });
  });

  it('tolerates the typographic apostrophe', () => {
    expect(matchPhrasing('We’ve taken note of your message. We can’t discuss this here; please use the Complaints form.', apostrophe)).not.toBeNull();
  });

  it('accepts filled variables', () => {
    const draft = 'Bonjour Alice, nous comprenons votre agacement. Un conseiller reprend votre dossier T-4821 : envoyez-nous un MP si besoin.';
    expect(matchPhrasing(draft, named)).toEqual({ phrasingId: 'FR 1.3 · ticket', unfilled: [] });
  });

  it('names the variables left as {placeholders}', () => {
    const draft = 'Bonjour Alice, nous comprenons votre agacement. Un conseiller reprend votre dossier {référence ticket} : envoyez-nous un MP si besoin.';
    expect(matchPhrasing(draft, named)).toEqual({ phrasingId: 'FR 1.3 · ticket', unfilled: ['référence ticket'] });
  });

  it('refuses any change to the words, an addition or a missing piece', () => {
    expect(matchPhrasing(legal.text.replace('directement', 'rapidement'), legal)).toBeNull();
    expect(matchPhrasing(`${legal.text} Nous allons vous rembourser.`, legal)).toBeNull();
    expect(matchPhrasing(`Nous allons vous rembourser. ${legal.text}`, legal)).toBeNull();
    expect(matchPhrasing(legal.text.replace('Bonjour, ', ''), legal)).toBeNull();
    expect(matchPhrasing(legal.text.toUpperCase(), legal)).toBeNull();
  });

  it('refuses a variable that swallows a paragraph or a whole extra sentence past its limit', () => {
    const draft = `Bonjour Alice\nJe vous rembourse, nous comprenons votre agacement. Un conseiller reprend votre dossier T-1 : envoyez-nous un MP si besoin.`;
    expect(matchPhrasing(draft, named)).toBeNull();
    const long = `Bonjour ${'x'.repeat(500)}, nous comprenons votre agacement. Un conseiller reprend votre dossier T-1 : envoyez-nous un MP si besoin.`;
    expect(matchPhrasing(long, named)).toBeNull();
  });

  it('escapes the template: regex characters in a phrasing are plain text', () => {
    const tricky = { id: 't', text: 'Prix (TTC) : 10 € [voir conditions] *hors promo* ?' };
    expect(matchPhrasing('Prix (TTC) : 10 € [voir conditions] *hors promo* ?', tricky)).not.toBeNull();
    expect(matchPhrasing('Prix TTC : 10 € voir conditions hors promo', tricky)).toBeNull();
  });
});

describe('matchAnyPhrasing', () => {
  it('prefers a fully filled match, else reports the partial one, else null', () => {
    expect(matchAnyPhrasing(legal.text, [named, legal])?.phrasingId).toBe('FR 2.2');
    expect(matchAnyPhrasing(named.text, [legal, named])).toEqual({ phrasingId: 'FR 1.3 · ticket', unfilled: ['prénom', 'référence ticket'] });
    expect(matchAnyPhrasing('Merci !', [legal, named])).toBeNull();
  });
});
