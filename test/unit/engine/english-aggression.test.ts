// English aggression at a person or a group (issue 12): avowed hatred, dehumanising labels, threats; counter-speech that
// quotes hate to condemn it, a grumble about a habit and things that are hated pass. Our own sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import { check } from '../../../lib/core/engine/check';

const brandtruc = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
const draft = (text: string) => check({ incoming: '', draft: text, platform: 'x', isPublic: true }, brandtruc);

describe('English aggression', () => {
  it.each(['Honestly we despise people like you.', 'Those landlords are vermin.', 'Shoplifters should be shot.', 'We are going to hurt you.', 'I wish those critics were dead.', 'Nothing is worse than a foreigner in our queue.'])(
    'flags: %s',
    (text) => expect(draft(text).categories).toContain('insult_vulgar'),
  );

  it.each(['We hate Mondays too!', 'I hate it when people forget their receipts, happens to us all.', 'Messages like "you people are vermin" will be removed.', 'Our pest control partner visits on Monday.', 'These prices make me sick with envy, what a deal.'])(
    'passes: %s',
    (text) => expect(draft(text).findings.map((f) => f.ruleId)).not.toContain('en.insult.aggression'),
  );
});
