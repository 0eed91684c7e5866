// Charters are untrusted code (issue 16): each attack below passed `gardefou lint` and froze or broke a page before.
// Timing bounds are generous (50 ms for 2,000 characters, the fastest of three runs); the deterministic signal is the
// linear program's own step count, at most instructions × (characters + 1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharter, compileCharterOrThrow, compileCharterText } from '../../../lib/core/charter/compile';
import type { CompiledCharter } from '../../../lib/core/charter/compiled';
import { compileLinearPattern } from '../../../lib/core/charter/linear-pattern';
import { check } from '../../../lib/core/engine/check';
import { linearSearch, linearWork } from '../../../lib/core/engine/linear-regex';
import { runtimeFor } from '../../../lib/core/engine/runtime';
import { BUILTIN_PACKS } from '../../../lib/core/packs';
import { attackInput, REDOS_CORPUS } from './redos-corpus';

const LIMIT_MS = 50;

function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function charterWith(rules: object[], lexicons: Record<string, string[]> = {}) {
  return {
    schemaVersion: 1,
    id: 'attack',
    version: '1',
    updatedAt: '2026-11-01',
    brand: { name: 'Attack', languages: ['en'], platforms: ['x'] },
    paths: [],
    phrasings: [],
    lexicons,
    rules,
  };
}

const patternRule = (pattern: string, on: 'raw' | 'normalized' = 'raw') => ({ id: 'evil', kind: 'pattern', category: 'style', severity: 'error', message: 'm', pattern, on });

describe('a corpus of known catastrophic patterns', () => {
  it('holds at least 30 patterns from public collections', () => {
    expect(REDOS_CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of REDOS_CORPUS) {
    it(`/${c.pattern.slice(0, 60)}/ (${c.source}) is refused with a clear message, or runs in linear time`, () => {
      const result = compileCharter(charterWith([patternRule(c.pattern)]), []);
      if (!result.ok) {
        expect(result.errors[0].path).toBe('rules[0].pattern');
        expect(result.errors[0].message).toMatch(/^rule 'evil': the pattern .*(linear time|repeat|steps)/);
        return;
      }
      const input = attackInput(c, 2000);
      expect(input.length).toBe(2000);
      const linear = compileLinearPattern(c.pattern);
      if (!linear.ok) throw new Error(linear.problem);
      linearSearch(linear.program, input, 0);
      expect(linearWork.lastSteps).toBeLessThanOrEqual(linear.program.insts.length * (input.length + 1));
      const ms = fastest(() => check({ incoming: '', draft: input, platform: 'x', isPublic: true }, result.compiled));
      expect(ms).toBeLessThan(LIMIT_MS);
    });
  }

  it('the patterns issue 16 showed now check a 50-character natural sentence at once', () => {
    const sentence = 'Bonjour, nous regardons votre demande tout de suite';
    for (const pattern of ['(?:[^#]+){10}#', '(?:q?[^#]|z?[^#])*#', 'a*a*a*b', '[a-z ]*[a-z ]*[a-z ]*#']) {
      const compiled = compileCharterOrThrow(charterWith([patternRule(pattern)]), []);
      expect(fastest(() => check({ incoming: '', draft: sentence, platform: 'x', isPublic: true }, compiled))).toBeLessThan(LIMIT_MS);
    }
  });

  it('a pattern that spells a fragment reference runs as written, not with a lexicon spliced in', () => {
    const compiled = compileCharterOrThrow(charterWith([patternRule('⟦bomb.ss⟧')], { bomb: ['x'] }), []);
    const found = (draft: string) => check({ incoming: '', draft, platform: 'x', isPublic: true }, compiled).findings.map((f) => f.ruleId);
    expect(found('just x here')).not.toContain('evil');
    expect(found('⟦bomb.ss⟧')).toContain('evil');
  });
});

describe('term wildcards', () => {
  it('run in bounded time on one huge word built from the term', () => {
    const terms = ['rembours*', '*rembours*', 're*bo*', '*a*', 'pas ... recu*'];
    const compiled = compileCharterOrThrow(charterWith([{ id: 'w', kind: 'existence', category: 'style', severity: 'error', message: 'm', terms }]), []);
    for (const pump of ['rembours', 'reboa', 'a', 'pas ', 'pas recu', 're']) {
      const draft = pump.repeat(Math.ceil(2000 / pump.length)).slice(0, 2000) + '!';
      expect(fastest(() => check({ incoming: '', draft, platform: 'x', isPublic: true }, compiled))).toBeLessThan(LIMIT_MS);
    }
  });

  it('refuses more than two wildcards in one word, naming the term', () => {
    const result = compileCharter(charterWith([{ id: 'w', kind: 'existence', category: 'style', severity: 'error', message: 'm', terms: ['*a*b*c*'] }]), []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.errors[0].path}: ${result.errors[0].message}`).toMatch(/^rules\[0\]\.terms\[0\]: a word holds at most 2 '\*'/);
  });

  it("every term matcher of the demo charter and the packs stays fast on 2,000 characters of its own words", () => {
    const compiled: CompiledCharter = compileCharterOrThrow(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
    const rt = runtimeFor(compiled);
    let slowest = { ms: 0, what: '' };
    for (const rule of [...rt.incomingRules, ...rt.draftRules]) {
      for (const matcher of rule.matchers) {
        for (const part of matcher.parts) {
          const anchor = (part.anchors ?? matcher.anchors ?? ['a'])[0];
          for (const input of [anchor.repeat(Math.ceil(2000 / anchor.length)).slice(0, 2000), `${anchor} `.repeat(Math.ceil(2000 / (anchor.length + 1))).slice(0, 2000)]) {
            const ms = fastest(() => {
              part.re.lastIndex = 0;
              for (let n = 0; n < 25 && part.re.exec(input); n++);
              part.re.lastIndex = 0;
            }, 2);
            if (ms > slowest.ms) slowest = { ms, what: `${rule.rule.id} on "${anchor}"` };
          }
        }
      }
    }
    expect(slowest.ms, slowest.what).toBeLessThan(LIMIT_MS);
  }, 120_000);
});

describe('built-in pack patterns stay native', () => {
  it('and each runs in bounded time on 2,000-character adversarial inputs', () => {
    const pumps = ['a', 'A', 'Use ', 'code ', 'AAA1', 'f*', 'jk ', ' ', '!', 'Than ', 'than Abc ', 'CODE AAAA', 'Tapez '];
    let slowest = { ms: 0, what: '' };
    for (const pack of BUILTIN_PACKS) {
      for (const rule of pack.rules) {
        if (rule.kind !== 'pattern') continue;
        const re = new RegExp(rule.pattern, `${(rule.flags ?? '').replace(/[gu]/g, '')}gu`);
        for (const pump of pumps) {
          const input = pump.repeat(Math.ceil(2000 / pump.length)).slice(0, 2000);
          const ms = fastest(() => {
            re.lastIndex = 0;
            for (let n = 0; n < 25 && re.exec(input); n++);
          }, 2);
          if (ms > slowest.ms) slowest = { ms, what: `${rule.id} on "${pump}"` };
        }
      }
    }
    expect(slowest.ms, slowest.what).toBeLessThan(LIMIT_MS);
  });
});

describe('expansion bomb', () => {
  it('lexicons that refer to each other are measured expanded, and the error names the rule and the chain', () => {
    const lexicons: Record<string, string[]> = {};
    for (let i = 0; i < 8; i++) lexicons[`l${i}`] = [i === 7 ? 'x' : Array(6).fill(`@l${i + 1}`).join(' ')];
    const text = JSON.stringify(charterWith([{ id: 'bomb', kind: 'existence', category: 'style', severity: 'info', message: 'm', terms: ['@l0'] }], lexicons));
    expect(text.length).toBeLessThan(700);
    const t = performance.now();
    const result = compileCharterText(text, []);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].path).toBe('rules[0]');
      expect(result.errors[0].message).toMatch(/^rule 'bomb' expands to [\d,]+ characters of regular expression through the lexicons @l0 → @l1 → @l2/);
    }
  });
});
