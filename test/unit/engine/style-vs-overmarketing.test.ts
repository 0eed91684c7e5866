// One `!` or emoji too many is `style` (info, with the charter's clause); runs, walls, counts well over the limit,
// both limits crossed at once, or a count inside hype are `overmarketing`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';
import { isJustOverLimit, longestRun } from '../../../lib/core/engine/occurrence';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const draft = (text: string) => check({ incoming: '', draft: text, platform: 'facebook', isPublic: true }, brandtruc);

describe('counts of ! and emoji', () => {
  it.each(['Merci !! À bientôt.', 'Merci ! Bonne journée !', 'Merci 😊🙏🎉', 'Thanks for your patience!! We are on it.'])('one too many is style, at info, with the clause: %s', (text) => {
    const result = draft(text);
    expect(result.categories).toEqual(['style']);
    const finding = result.findings.find((f) => f.ruleId.startsWith('brandtruc.tone.'))!;
    expect(finding).toMatchObject({ category: 'style', severity: 'info', clause: 'Charte §4' });
  });

  it.each([
    ['a run of !', 'Merci !!!'],
    ['two over the limit', 'Merci !! À bientôt !'],
    ['an emoji wall', 'Merci 😊🙏🎉💯'],
    ['the same emoji three times', 'Oh non 😭😭😭'],
    ['both limits crossed', 'Oh no!! So sorry 😱🙏🎉'],
    ['a count inside hype', 'Best value ever!!'],
  ])('%s is overmarketing', (_why, text) => {
    const result = draft(text);
    expect(result.categories).toContain('overmarketing');
    expect(result.categories).not.toContain('style');
  });

  it('measures runs and walls', () => {
    expect(longestRun('exclamation', 'a! b!! c!!!')).toBe(3);
    expect(longestRun('emoji', 'a 😊 b 😊 🙏')).toBe(2);
    expect(longestRun('emoji', '😭😭😭')).toBeGreaterThanOrEqual(4);
    expect(isJustOverLimit('exclamation', 'a!! b', 1, 2)).toBe(true);
    expect(isJustOverLimit('exclamation', 'a!!! b', 2, 3)).toBe(false);
    expect(isJustOverLimit('hashtag', '#a #b #c', 2, 3)).toBe(false);
  });
});

describe('superlative claims and hype', () => {
  it.each([
    'This is the most secure network in the country.',
    "Thanks for choosing us, the UK's fastest parcel carrier.",
    "You won't regret it.",
    'Le réseau le plus fiable de France.',
    'Vous ne le regretterez pas.',
  ])('is overmarketing: %s', (text) => expect(draft(text).categories).toContain('overmarketing'));

  it.each(['We did our best to fix it.', 'The best way to reach us is by DM.', 'Our network covers 98% of the country.', 'Nous ferons de notre mieux.'])(
    'is fine: %s',
    (text) => expect(draft(text).categories).not.toContain('overmarketing'),
  );
});

describe('negation governs the verb it negates', () => {
  it.each(['Pas de souci, on vous rembourse.', "No worries, we'll refund you.", 'Je ne sais pas, mais on vous rembourse.', "We won't charge you, and we'll refund the fee."])(
    'a negation in another clause does not cancel the promise: %s',
    (text) => expect(draft(text).categories).toContain('out_of_perimeter'),
  );
  it.each(['Nous ne pouvons pas vous rembourser.', 'Nous ne pouvons pas, malheureusement, vous rembourser.', "We can't refund this order."])('a negated promise is fine: %s', (text) =>
    expect(draft(text).categories).not.toContain('out_of_perimeter'),
  );
});

describe('promises governing a decision, and unreleased news however worded', () => {
  it.each([
    'I promise the engineer will come tomorrow.',
    'We guarantee you a full replacement.',
    'On vous promet un geste commercial.',
    'Je vous garantis que le technicien passera demain.',
    'Our new store opens in Lyon next month.',
    'Nouvelle collection en approche, rendez-vous le 12 mars.',
  ])('is out of perimeter: %s', (text) => expect(draft(text).findings.some((f) => f.category === 'out_of_perimeter')).toBe(true));
  it.each([
    "We can't promise anything, but the team will review your request.",
    'Votre canapé est encore sous garantie : écrivez-nous en MP.',
    'La nouvelle collection est déjà disponible en magasin.',
    'Our new store is open from 9am to 7pm.',
  ])('is fine: %s', (text) => expect(draft(text).categories).not.toContain('out_of_perimeter'));
});

describe('insults across languages and contempt before a group', () => {
  it.each(['liverpool, le psg, fuck tout ça', 'Well, merde, that is annoying', 'bz tes morts sale juif', 'indécrottable collabo'])('is insult_vulgar: %s', (text) =>
    expect(draft(text).categories).toContain('insult_vulgar'),
  );
  it.each(['Les demandes de collaboration sont étudiées par notre équipe partenariats.', 'Quel sale temps aujourd’hui, restez au chaud.'])('is fine: %s', (text) =>
    expect(draft(text).categories).not.toContain('insult_vulgar'),
  );
});

describe('words in capitals', () => {
  it.each(['WE ARE SO SORRY FOR THE DELAY, please DM us', 'I MOVE ACROSS THE COUNTRY IN 2 MONTHS'])('alone they only shout: a possible signal, not counted: %s', (text) => {
    const result = draft(text);
    expect(result.categories).not.toContain('overmarketing');
    expect(result.categories).not.toContain('style');
    expect(result.possible).toContainEqual(expect.objectContaining({ ruleId: 'common.overmarketing.shouting', reason: 'shouting' }));
  });

  it.each(['BEST DEAL EVER ON ALL LAMPS', 'SUPER OFFRE EXCEPTIONNELLE AUJOURD’HUI', 'NEW LAMPS IN STORE TODAY!!!'])('with hype around them they sell: over-marketing: %s', (text) => {
    const result = draft(text);
    expect(result.categories).toContain('overmarketing');
    expect(result.findings.some((f) => f.ruleId === 'common.overmarketing.shouting' && f.category === 'overmarketing')).toBe(true);
  });
});
