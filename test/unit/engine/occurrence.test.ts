import { describe, expect, it } from 'vitest';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { installLexis } from '../../../lib/core/engine/lexis';
import { countOccurrences } from '../../../lib/core/engine/occurrence';

// caps_words skips acronyms from the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

const spans = (text: string, r: { spans: { start: number; end: number }[] }) => r.spans.map((s) => text.slice(s.start, s.end));

describe('occurrence counters', () => {
  it('flags exclamation runs from the one that goes over the limit', () => {
    const text = 'Merci ! Super !! Top !';
    const r = countOccurrences('exclamation', text, 1);
    expect(r.count).toBe(4);
    expect(spans(text, r)).toEqual(['!!', '!']);
    expect(countOccurrences('exclamation', 'Merci !', 1).spans).toEqual([]);
  });

  it('counts emoji as people see them (ZWJ sequences, skin tones, flags) and not ™ or ©', () => {
    const text = 'Bravo 👍🏽 👨‍👩‍👧 🇫🇷 ™ © 😀';
    const r = countOccurrences('emoji', text, 2);
    expect(r.count).toBe(4);
    expect(spans(text, r)).toEqual(['🇫🇷', '😀']);
  });

  it('counts hashtags and mentions, not anchors or emails', () => {
    expect(countOccurrences('hashtag', 'Voir #deco #maison page#3 &#39;', 5).count).toBe(2);
    expect(countOccurrences('mention', '@Brandtruc merci, écrivez à a@b.fr', 5).count).toBe(1);
  });

  it('measures length as X does, a link weighing 23', () => {
    const link = `https://brandtruc.fr/${'x'.repeat(100)}`;
    expect(countOccurrences('characters', `Voir ${link}`, 280).count).toBe(5 + 23);
    const long = 'a'.repeat(300);
    expect(spans(long, countOccurrences('characters', long, 280))).toEqual(['a'.repeat(20)]);
  });

  it('counts shouted words, not acronyms', () => {
    expect(countOccurrences('caps_words', 'SUPER OFFRE chez le SAV par DM', 5).count).toBe(2);
  });
});
