// General after-sales language any consumer brand's inbox sees (on hold, nobody answering, hung up on, delays,
// cancellations, lost or damaged luggage, no update, money owed, sarcastic thanks), in English and in French with SMS
// spellings, and praise of the service that must stay out of `sav`. Sentences written for this test, none taken from
// an evaluation file. Rules only for the complaints (no classifier), so a model cannot hide a missing rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const full = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const rulesOnly = { ...full, rules: full.rules.filter((r) => r.kind !== 'classifier') };
const run = (incoming: string, charter = rulesOnly) => check({ incoming, draft: '', platform: 'x', isPublic: true }, charter);

describe('service failures with no "I" and no product named open the after-sales path', () => {
  it.each([
    'been on hold for 2 hours, answer the phone',
    'hold times on your helpline are ridiculous',
    'waited 40 mins on the phone and got disconnected. twice.',
    'your agent hung up on me',
    'delayed another hour and no announcement',
    'sitting on the tarmac for 90 minutes with zero updates',
    'you lost my bag and nobody answers',
    'when do we get our luggage back??',
    'emailed three times, still awaiting a reply',
    'they would not let us board even though we were on time',
    'Thanks for the sleepless night and the canned response',
    'so I need an update on my refund, not a copy paste reply',
    'still stranded at the station, what is going on with the trains',
  ])('%s', (incoming) => {
    expect(run(incoming).categories).toContain('sav');
  });
});

describe('the same in French, SMS spelling included', () => {
  it.each([
    "ça fait 2h que j'attends au tel et personne ne répond",
    'vol annulé encore, aucune explication',
    "kan j'aurai mon remboursement ?? tjs pas de nouvelles",
    'jsuis tjr bloqué dans le train, personne sait rien',
    "vous m'avez perdu ma valise et le numéro est toujours occupé",
    'on m\'a raccroché au nez, c\'est inadmissible',
  ])('%s', (incoming) => {
    expect(run(incoming).categories).toContain('sav');
  });
});

describe('praise and thanks that mention the service stay out of sav', () => {
  it.each([
    'customer service at its finest, the agent went above and beyond',
    'my lost wallet was waiting for me at the front desk, thank you so much!',
    'thanks for still getting us home after the storm, the crew was the best',
    'no wait on the phone and a free upgrade. Thank you!',
    "can't wait for my next trip with you 😄",
    'the app worked well and the staff were lovely',
    'Un grand merci à votre équipe, au top malgré le retard',
  ])('%s', (incoming) => {
    const result = run(incoming, full);
    expect(result.categories).not.toContain('sav');
  });

  it('keeps a sarcastic thank-you about the sender\'s own case a path', () => {
    expect(run('great. my flight is delayed 3 hours and my friend has to wait at the airport 👎', full).categories).toContain('sav');
    expect(run('would be nice if you answered your phones, lovely service', full).categories).toContain('sav');
  });

  it('leaves a real hypothetical alone', () => {
    expect(run('what happens if my bag gets lost on a connection?').categories).not.toContain('sav');
  });
});
