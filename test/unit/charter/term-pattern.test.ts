import { describe, expect, it } from 'vitest';
import { compileTerm, TermSyntaxError } from '../../../lib/core/charter/term-pattern';
import { normalizeText } from '../../../lib/core/engine/normalize';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { installLexis } from '../../../lib/core/engine/lexis';

// Texts are normalised with the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

const ctx = { lexicons: { own: ['ma', 'mon', 'mes', 'my'], object: ['commande', 'colis', '@own_object'], own_object: ['box'] } };

function matches(term: string, text: string, lang: 'fr' | 'en' = 'fr'): string | null {
  const { source } = compileTerm(term, ctx);
  return new RegExp(source, 'u').exec(normalizeText(text, lang).text)?.[0] ?? null;
}

describe('the term language', () => {
  it('matches whole words, case- and accent-insensitively', () => {
    expect(matches('remboursé', 'On vous REMBOURSE')).toBe('rembourse');
    expect(matches('colis', 'colissimo')).toBeNull();
  });

  it('supports prefixes, alternatives, optional parts and glued suffixes', () => {
    expect(matches('rembours*', 'le remboursement')).toBe('remboursement');
    expect(matches('(ma|mon) (commande|colis)', "j'attends mon colis")).toBe('mon colis');
    expect(matches('pas (encore )?recu', 'pas recu')).toBe('pas recu');
    expect(matches('pas (encore )?recu', 'pas encore reçu')).toBe('pas encore recu');
    expect(matches('pas (encore )?recu', 'pasrecu')).toBeNull();
    expect(matches('commande(s)?', 'mes commandes')).toBe('commandes');
    expect(matches('commande(s)?', 'commandement')).toBeNull();
    expect(matches("(we|i)('ll| will)? refund", "we'll refund you", 'en')).toBe("we'll refund");
    expect(matches("(we|i)('ll| will)? refund", 'we will refund you', 'en')).toBe('we will refund');
    expect(matches('salaires?', 'un salaire')).toBe('salaire');
  });

  it('bridges a few words with "..." but never two sentences', () => {
    expect(matches('pas ... recu', "j'ai toujours pas encore vraiment reçu")).toBe('pas encore vraiment recu');
    expect(matches('colis perdu', 'mon colis. Perdu ?')).toBeNull();
  });

  it('expands lexicons, nested ones included', () => {
    expect(matches('@own @object', 'ma box est en panne')).toBe('ma box');
  });

  it('matches SMS spellings through the normaliser', () => {
    expect(matches("s'il vous plait", 'aidez moi svp')).toBe("s'il vous plait");
    expect(matches('svp', "aidez moi s'il vous plaît")).toBe("s'il vous plait");
  });

  it('understands numbers and times', () => {
    expect(matches('-<num>%', 'je vous applique -15 %')).toBe('-15 %');
    expect(matches('entre <time> et <time>', 'entre 8h et 12h30')).toBe('entre 8h et 12h30');
  });

  it('gives anchors that occur in every text it matches', () => {
    const { anchors } = compileTerm('(ma|mon) (commande|colis)', ctx);
    expect(anchors).toEqual(expect.arrayContaining(['commande', 'colis']));
    expect(compileTerm('<num>', ctx).anchors).toBeNull();
  });

  it.each([
    ['(ma|mon colis', "missing ')'"],
    ['colis ?recu', "'?' must follow a group or a letter"],
    ['@nope colis', "unknown lexicon '@nope'"],
    ['', 'the term is empty'],
    ['scam\\?', "'\\' has no meaning in a term"],
  ])('rejects %j with a clear message', (term, message) => {
    expect(() => compileTerm(term, ctx)).toThrowError(TermSyntaxError);
    expect(() => compileTerm(term, ctx)).toThrowError(message);
  });

  it('rejects a lexicon that refers to itself', () => {
    expect(() => compileTerm('@loop', { lexicons: { loop: ['a @loop'] } })).toThrowError("lexicon '@loop' refers to itself");
  });
});

describe('punctuation inside terms', () => {
  it('requires a trailing apostrophe: "j\'" matches "j\'ai" but not "jean"', () => {
    expect(matches("j'", "j'ai commandé")).toBe("j'");
    expect(matches("j'", 'jean dupont')).toBeNull();
  });
});

describe('a group of separators between two words', () => {
  it.each(['casse-toi', 'casse toi', 'cassetoi'])('"casse(-| )toi" matches %s (the blank option used to be lost)', (text) => {
    expect(matches('casse(-| )toi', text)).not.toBeNull();
  });

  it('keeps the words apart from others', () => {
    expect(matches('casse(-| )toi', 'cassette au toit')).toBeNull();
    expect(matches('e( |-)mail', 'un e mail')).not.toBeNull();
  });

  it('reads an option written as a space as the space between two words, not as an empty option', () => {
    expect(matches('casse( )toi', 'casse toi')).toBe('casse toi');
    expect(matches('casse( )toi', 'cassetoi')).toBeNull();
    expect(matches('(ma|mes)( |-)(colis)', 'mes colis')).toBe('mes colis');
  });

  it.each(['pouvez-vous', 'pouvez vous', 'pourriez vous'])('applies after a closing group: "(pouvez|pourriez)(-| )vous" matches %s', (text) => {
    expect(matches('(pouvez|pourriez)(-| )vous', text)).toBe(text);
  });

  it.each(['islamo nazis', 'islamo-nazis', 'islamonazis', 'islamo nazi'])('applies to an optional group: "islamo(-| )?(nazi|nazis)" matches %s', (text) => {
    expect(matches('islamo(-| )?(nazi|nazis)', text)).toBe(text);
  });

  it('applies before a group and after a number', () => {
    expect(matches('(lave)(-| )(linge|vaisselle)', 'un lave vaisselle')).toBe('lave vaisselle');
    expect(matches('<num>(-| )(year|month)', 'a 2 year warranty', 'en')).toBe('2 year');
    expect(matches('week(-| )?end', 'bon week end')).toBe('week end');
  });

  it('never spans two sentences nor glues other words', () => {
    expect(matches('islamo(-| )?(nazi|nazis)', 'islamo. Nazis')).toBeNull();
    expect(matches('islamo(-| )?(nazi|nazis)', 'islamonazisme')).toBeNull();
    expect(matches('(pouvez|pourriez)(-| )vous', 'pouvez vousvoyer')).toBeNull();
  });

  it('still reads an empty option as making the group optional', () => {
    expect(matches('casse(-|)toi', 'cassetoi')).toBe('cassetoi');
    expect(matches('casse(-|)toi', 'casse toi')).toBeNull();
  });

  it('rejects a group of blanks only as empty, and a blank term', () => {
    expect(() => compileTerm('   ', ctx)).toThrowError('the term is empty');
  });
});
