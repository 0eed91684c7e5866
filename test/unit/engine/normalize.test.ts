import { describe, expect, it } from 'vitest';
import { normalizeText, rawSpan } from '../../../lib/core/engine/normalize';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { installLexis } from '../../../lib/core/engine/lexis';

// The SMS spellings and look-alike letters come with the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

describe('normalizeText', () => {
  it('folds case, accents and typographic variants', () => {
    expect(normalizeText('ÇA NE MARCHE PLUS – l’appli', 'fr').text).toBe("ca ne marche plus - l'appli");
    expect(normalizeText('Cœur ﬁdèle', 'fr').text).toBe('coeur fidele');
  });

  it('collapses letters stretched over three or more characters, keeps real doubles', () => {
    expect(normalizeText('nuuuuul merciiii cool', 'fr').text).toBe('nul merci cool');
  });

  it('expands French SMS spellings and infinitive imperatives', () => {
    expect(normalizeText('jvais pas attendre, pk tjr rien ? rembourser moi svp', 'fr').text).toBe(
      "je vais pas attendre, pourquoi toujours rien ? remboursez moi s'il vous plait",
    );
    expect(normalizeText('bjr jai pas recu ma cmd', 'fr').text).toBe("bonjour j'ai pas recu ma commande");
  });

  it('expands English abbreviations only for English text', () => {
    expect(normalizeText('ur app dont work pls', 'en').text).toBe("your app don't work please");
    expect(normalizeText('dont il parle', 'fr').text).toBe('dont il parle');
  });

  it('drops zero-width and bidi characters', () => {
    expect(normalizeText('rem\u200bbourse\u202e', 'fr').text).toBe('rembourse');
  });

  it('maps every normalised span back to the raw text', () => {
    const raw = 'Bjr, REMBOURSEZ-MOI!! 😡 jvais porter plainte';
    const n = normalizeText(raw, 'fr');
    const at = n.text.indexOf('remboursez');
    const span = rawSpan(n, at, at + 'remboursez'.length);
    expect(raw.slice(span.start, span.end)).toBe('REMBOURSEZ');
    const sms = n.text.indexOf('je vais');
    const smsSpan = rawSpan(n, sms, sms + 'je vais'.length);
    expect(raw.slice(smsSpan.start, smsSpan.end)).toBe('jvais');
  });

  it('keeps emoji as they are', () => {
    expect(normalizeText('top 😂🔥', 'fr').text).toBe('top 😂🔥');
  });
});
