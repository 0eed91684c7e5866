// A path that only a model suggests is shown as "possible" when the message is thanks or praise, or when nothing told
// its language apart; a rule's trigger in a real complaint still opens its path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const incoming = (text: string) => check({ incoming: text, draft: '', platform: 'x', isPublic: true }, brandtruc);

describe('model-only paths', () => {
  it.each(['@Brandtruc - Check-in staff at the Lyon store are awesome! Great welcome for everyone.', '@Brandtruc #kudos! And we are done and heading home happy!', '@Brandtruc #tbt every day.'])(
    'are only possible on praise or a message of unknown language: %s',
    (text) => {
      const result = incoming(text);
      expect(result.paths.filter((p) => p.ruleId.includes('.model.'))).toEqual([]);
    },
  );

  it('still open the after-sales path on an own-case complaint', () => {
    expect(incoming('@Brandtruc my order never arrived and nobody answers the phone').paths.map((p) => p.category)).toContain('sav');
    expect(incoming('@Brandtruc mon colis n’est jamais arrivé et personne ne répond').paths.map((p) => p.category)).toContain('sav');
  });
});

describe('words that only look like a path', () => {
  it('an initial is not the Better Business Bureau, the social media team is not the press', () => {
    expect(incoming('@Brandtruc Best agent in a long time - Danny B. at the Lyon store').paths).toEqual([]);
    expect(incoming('@Brandtruc Thanks for what you all do (and the social media team)!').paths).toEqual([]);
    expect(incoming('@Brandtruc I am reporting you to the Better Business Bureau').paths.map((p) => p.category)).toContain('legal');
    expect(incoming('Press inquiry: can your media team call me?').paths.map((p) => p.category)).toContain('press');
  });
});
