// The build-time cache (lib/core/charter/precompiled-packs.json) must be exactly what compiling the packs gives now:
// otherwise the extension, the CLI and the tests would each check with a different engine. Regenerate with
// `npm run precompile` (postinstall and the builds do it too).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { precompilePacks } from '../../../lib/core/charter/precompile';
import { PRECOMPILED_PACKS } from '../../../lib/core/charter/precompiled';
import { unpackModel } from '../../../lib/core/engine/classifier/model';
import { expandFragments } from '../../../lib/core/engine/fragments';
import { expandMacros } from '../../../lib/core/engine/macros';
import { BUILTIN_MODELS } from '../../../lib/core/packs/models';

const brandtruc = readFileSync('charters/brandtruc.json', 'utf8');

/** Each rule with its regexes written out in full: what the page ends up running. */
function plainRules(c: CompiledCharter): unknown[] {
  const fragments = Object.fromEntries(Object.entries(c.fragments).map(([k, v]) => [k, expandMacros(v, c.macros)]));
  const plain = (s: string) => expandFragments(expandMacros(s, c.macros), fragments);
  return c.rules.map((r) => JSON.parse(JSON.stringify(r, (_key, value) => (typeof value === 'string' ? plain(value) : value))));
}

describe('pre-compiled packs', () => {
  // The slow parts (every pack compiled afresh), done once while the suite is collected.
  const fresh = precompilePacks();
  const uncached = compileCharterText(brandtruc, undefined, { precompiled: null });

  it('equal a fresh compile of the built-in packs and models', () => {
    expect(PRECOMPILED_PACKS, 'lib/core/charter/precompiled-packs.json is stale: run `npm run precompile`').toEqual(fresh);
  });

  it('give the demo charter the same rules, regexes and models as compiling everything afresh', () => {
    const cached = compileCharterText(brandtruc);
    if (!cached.ok || !uncached.ok) throw new Error('brandtruc does not compile');
    expect(plainRules(cached.compiled)).toEqual(plainRules(uncached.compiled));
    expect(cached.compiled.models).toEqual(uncached.compiled.models);
  });

  it('are not used for a lexicon the charter extends', () => {
    const charter = JSON.parse(brandtruc);
    // Every pack rule that reads @competitors must see the charter's extra name.
    charter.lexicons = { ...charter.lexicons, competitors: [...(charter.lexicons?.competitors ?? []), 'zzbrandx'] };
    const result = compileCharterText(JSON.stringify(charter));
    if (!result.ok) throw new Error('does not compile');
    expect(JSON.stringify(plainRules(result.compiled))).toContain('zzbrandx');
  });

  it('ship the models in a compact encoding that scores exactly like the training output', () => {
    for (const [id, source] of Object.entries(BUILTIN_MODELS)) {
      const shipped = PRECOMPILED_PACKS!.models[id].model;
      expect(shipped.encoding).toBe('delta-varint');
      expect(shipped.weights.length).toBeLessThan(source.weights.length / 2);
      expect(shipped.threshold).toBe(source.threshold);
      const a = unpackModel(source);
      const b = unpackModel(shipped);
      expect(b.bias).toBe(a.bias);
      expect(b.scale).toBe(a.scale);
      expect(b.weights.some((w) => w !== 0)).toBe(true);
      expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true);
    }
  });
});
