// Words that are not the writer's: a word rule does not fire inside an @handle or a link, and words that only look
// like French insults in other languages or senses ("arroz con pollo", "pros and cons", "il s'attarde") pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import { addressingSpans, insideAny } from '../../../lib/core/engine/occurrence';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const draft = (text: string) => check({ incoming: '', draft: text, platform: 'x', isPublic: true }, brandtruc);
const incoming = (text: string) => check({ incoming: text, draft: '', platform: 'x', isPublic: true }, brandtruc);

describe('addressing spans', () => {
  it('cover handles and links, not the words around them', () => {
    const text = 'Merci @PuterPrsn, voir https://ex.com/idiot-proof et www.shop.fr/con';
    const spans = addressingSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['@PuterPrsn', 'https://ex.com/idiot-proof', 'www.shop.fr/con']);
    expect(insideAny(spans, text.indexOf('Puter'), text.indexOf('Puter') + 4)).toBe(true);
    expect(insideAny(spans, 0, 5)).toBe(false);
  });

  it('keep word rules out of handles and links, in the draft and in the incoming message', () => {
    expect(draft('Good morning @Charlie4927 @PuterPrsn @tomwfry').categories).not.toContain('insult_vulgar');
    expect(draft('Here is the guide: https://example.com/idiots-guide-to-coffee').categories).not.toContain('insult_vulgar');
    expect(incoming('@RefundMeNow hello, any news on the new range?').paths).toEqual([]);
  });

  it('still see the same word outside them', () => {
    expect(draft('@PuterPrsn you are an idiot').categories).toContain('insult_vulgar');
    expect(draft('Quelle bande de cons @Brandtruc').categories).toContain('insult_vulgar');
  });
});

describe('false friends of French insults', () => {
  it.each(['Arroz con pollo', 'Gracias por jugar con el corazon', 'The pros and cons of each plan are on our site'])('pass: %s', (text) =>
    expect(draft(text).categories).not.toContain('insult_vulgar'),
  );

  // The word rule passes these; the French insult model may still call them "possible" or warn, on its own evidence.
  it.each(["je partage ce travail qui mérite qu'on s'y attarde", 'en 1260 Kubilai Khan, empereur mongol'])('no name-calling rule on: %s', (text) =>
    expect(draft(text).findings.map((f) => f.ruleId)).not.toContain('fr.insult.name-calling'),
  );

  it.each(["t'es vraiment con", 'quel con', 'bande de cons', 'espèce de con', "ce con de voisin", 'espèce d’attardé'])('flag: %s', (text) =>
    expect(draft(text).categories).toContain('insult_vulgar'),
  );

  it('reads "we were 3" as an age, not as "we\'re not 3"', () => {
    expect(draft("you've been talking about it since we were 3 and 5").categories).not.toContain('insult_vulgar');
    expect(draft("We're not 5, we can read the terms").categories).toContain('insult_vulgar');
  });
});
