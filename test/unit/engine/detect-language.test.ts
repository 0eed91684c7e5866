import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/core/engine/detect-language';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { installLexis } from '../../../lib/core/engine/lexis';

// The words that tell the language come with the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

describe('detectLanguage', () => {
  it.each([
    ["Bonjour, j'ai toujours pas reçu ma commande", 'fr'],
    ['jsuis dégoûté pk personne répond', 'fr'],
    ['le delivery est en retard, full refund svp', 'fr'],
    ["Hi, my package still hasn't arrived", 'en'],
    ['ur app keeps crashing, fix it pls', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text, lang === 'fr' ? 'en' : 'fr').lang).toBe(lang);
  });

  it('falls back to the default language when nothing tells them apart', () => {
    expect(detectLanguage('😡😡😡', 'fr')).toEqual({ lang: 'fr', confidence: 0 });
    expect(detectLanguage('', 'en').lang).toBe('en');
  });
});
