// The example runner checks each rule with only the rules it depends on: here, capitals that sell only beside hype.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { runExamples } from '../../../lib/core/charter/run-examples';
import type { RuleSource } from '../../../lib/core/charter/schema';
import { BUILTIN_PACKS } from '../../../lib/core/packs';

const result = compileCharterText(readFileSync('charters/brandtruc.json', 'utf8'));
if (!result.ok) throw new Error('charters/brandtruc.json does not compile');
const { compiled } = result;
const shouting = BUILTIN_PACKS.flatMap((p) => p.rules).find((r) => r.id === 'common.overmarketing.shouting')!;

function failuresOf(examples: RuleSource['examples']) {
  return runExamples([{ rule: { ...shouting, examples } as RuleSource, at: 'rule' }], compiled).failures.map((f) => f.text);
}

describe('examples of a rule whose confidence depends on other rules', () => {
  it('flag when the rules it depends on find hype in the same draft', () => {
    expect(failuresOf({ should_flag: ['SUPER OFFRE EXCEPTIONNELLE AUJOURD’HUI'] })).toEqual([]);
  });

  it('pass when the rule only raises a possible signal (capitals alone)', () => {
    expect(failuresOf({ should_pass: ['JE SUIS DESOLE POUR CE RETARD'] })).toEqual([]);
    expect(failuresOf({ should_flag: ['JE SUIS DESOLE POUR CE RETARD'] })).toEqual(['JE SUIS DESOLE POUR CE RETARD']);
  });
});
