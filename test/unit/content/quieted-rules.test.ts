// The quieted-rules list: which findings the page hides (never in junior or crisis mode, only rules the charter lets be
// quieted, only under the charter they were quieted with), and adding or removing one.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCharterOrThrow } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { hiddenRuleIds, quietedRulesInForce, withoutQuiet, withQuiet } from '../../../lib/shared/settings/quieting';

let charter: CompiledCharter;
beforeAll(() => {
  charter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
}, 60_000);

describe('quieted rules', () => {
  it('hides a quieted quietable rule in normal mode only', () => {
    const quieted = withQuiet([], 'brandtruc', 'brandtruc.tone.exclamation', 1);
    expect([...hiddenRuleIds(quieted, charter, 'normal')]).toEqual(['brandtruc.tone.exclamation']);
    expect(hiddenRuleIds(quieted, charter, 'junior').size).toBe(0);
    expect(hiddenRuleIds(quieted, charter, 'crisis').size).toBe(0);
    expect(hiddenRuleIds(quieted, null, 'normal').size).toBe(0);
  });

  it('ignores quiets of rules the charter does not (or no longer) let be quieted, and of another charter', () => {
    const quieted = [
      { charterId: 'brandtruc', ruleId: 'fr.perimeter.refund-or-gesture', at: 1 },
      { charterId: 'other-brand', ruleId: 'brandtruc.tone.emoji', at: 2 },
      { charterId: 'brandtruc', ruleId: 'brandtruc.tone.emoji', at: 3 },
    ];
    expect(quietedRulesInForce(quieted, charter).map((entry) => entry.ruleId)).toEqual(['brandtruc.tone.emoji']);
  });

  it('adds a quiet once and removes it', () => {
    const once = withQuiet(withQuiet([], 'brandtruc', 'brandtruc.tone.emoji', 1), 'brandtruc', 'brandtruc.tone.emoji', 2);
    expect(once).toEqual([{ charterId: 'brandtruc', ruleId: 'brandtruc.tone.emoji', at: 1 }]);
    expect(withoutQuiet(once, 'brandtruc', 'brandtruc.tone.emoji')).toEqual([]);
  });
});
