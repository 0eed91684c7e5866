// Reported words: a match inside a quotation is a possible signal (reason `quoted`) for rules that say so, such as the
// French tutoiement; the brand's own "tu" still counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import { insideQuotation } from '../../../lib/core/engine/quotation';

const span = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('insideQuotation', () => {
  it.each([
    ['Un client a écrit « tu es nul », on a répondu', 'tu'],
    ['Il a dit “tu plaisantes” hier', 'tu'],
    ['Il a dit "tu es nul" et on a ri', 'tu'],
    ['« Merci » puis « tu peux voir ? »', 'tu'],
  ])('finds the quotation around the word: %s', (text, word) => {
    expect(insideQuotation(text, ...span(text, word))).toBe(true);
  });

  it.each([
    ['Tu peux nous écrire « en MP » ?', 'Tu'],
    ['« Merci » : tu peux nous écrire', 'tu'],
    ['Il a dit "merci" et tu as raison "vraiment"', 'tu'],
    ["Il a écrit « d'accord et puis tu" + ' vois'.repeat(100) + ' »', 'tu'],
  ])('does not read an unquoted word as quoted: %s', (text, word) => {
    expect(insideQuotation(text, ...span(text, word))).toBe(false);
  });
});

describe('the quoted exception', () => {
  const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
  const draft = (text: string) => check({ incoming: '', draft: text, platform: 'x', isPublic: true }, brandtruc);

  it('makes a quoted tutoiement possible, with its reason', () => {
    const result = draft('Vous nous écrivez « tu sais faire quoi ? » : voici ce que nous pouvons faire');
    expect(result.categories).not.toContain('style');
    expect((result.possible ?? []).map((p) => [p.category, p.reason])).toContainEqual(['style', 'quoted']);
  });

  it("keeps the brand's own tutoiement", () => {
    expect(draft('Tu peux nous écrire « en MP » ?').categories).toContain('style');
  });

  it('does not excuse a quoted slur: reported or not, it is on the brand account', () => {
    expect(draft('Un client nous a traités de « connards », nous ne répondrons pas sur ce ton').categories).toContain('insult_vulgar');
  });
});
