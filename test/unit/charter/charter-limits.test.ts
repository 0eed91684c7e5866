// Size limits: a charter is data from outside, and whatever it holds ends up in every page the CM opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCharterError } from '../../../lib/core/charter/charter-error';
import { compileCharter, compileCharterText, MAX_CHARTER_TEXT_CHARS } from '../../../lib/core/charter/compile';

const brandtruc = readFileSync('charters/brandtruc.json', 'utf8');
const clone = () => JSON.parse(brandtruc);

function errorsOf(result: ReturnType<typeof compileCharter>): string[] {
  if (result.ok) throw new Error('expected the charter to be refused');
  return result.errors.map(formatCharterError);
}

const rule = (i: number, extra: object = {}) => ({ id: `r${i}`, kind: 'existence', category: 'style', severity: 'info', message: 'x', terms: [`word${i}`], ...extra });

describe('charter size limits', () => {
  it('refuses an oversized file before parsing it', () => {
    const padded = brandtruc.replace('{', `{"_pad": "${'x'.repeat(MAX_CHARTER_TEXT_CHARS)}",`);
    expect(errorsOf(compileCharterText(padded))).toEqual(['the charter file holds 2.0 million characters; at most 2.0 million are accepted']);
  });

  it('caps the number of rules, phrasings and paths, naming the field', () => {
    const c = clone();
    c.rules = Array.from({ length: 1001 }, (_, i) => rule(i));
    c.phrasings = [...c.phrasings, ...Array.from({ length: 500 }, (_, i) => ({ ...c.phrasings[0], id: `p${i}` }))];
    const errors = errorsOf(compileCharter(c));
    expect(errors).toContain('rules: expected at most 1000 item(s)');
    expect(errors).toContain('phrasings: expected at most 500 item(s)');
  });

  it('caps pattern length and the length of each text', () => {
    const c = clone();
    c.rules.push(rule(1, { kind: 'pattern', terms: undefined, pattern: 'a'.repeat(501) }));
    c.paths[0].label = { fr: 'x'.repeat(2001) };
    const errors = errorsOf(compileCharter(c));
    expect(errors).toContain(`rules[${c.rules.length - 1}].pattern: expected a regular expression of at most 500 characters`);
    expect(errors.some((e) => /^paths\[0\]\.label(\.fr)?: expected at most \d+ characters/.test(e))).toBe(true);
  });

  it('stores a lexicon once however many rules use it', () => {
    const c = clone();
    c.lexicons = { ...c.lexicons, huge: Array.from({ length: 2000 }, (_, i) => `mot${i}dupanier${i}`) };
    const few = compileCharter({ ...c, rules: [...c.rules, rule(100, { terms: ['@huge'] })] });
    // 20 rules: many more would expand past what a page may run (test/unit/security/charter-attacks.test.ts).
    const many = compileCharter({ ...c, rules: [...c.rules, ...Array.from({ length: 20 }, (_, i) => rule(100 + i, { terms: ["@huge", `(a|b) @huge ${i}`] }))] });
    if (!few.ok || !many.ok) throw new Error('expected both charters to compile');
    const growth = JSON.stringify(many.compiled).length - JSON.stringify(few.compiled).length;
    expect(growth).toBeLessThan(20 * 500);
  });

  it('refuses a charter that compiles into more rules than a page can carry, naming the largest rule', () => {
    const c = clone();
    // ~6 million characters once the compact form's macros are written out (the size counted against the limit). Gaps
    // weigh much in the output for little compile work, so 6,000 terms do it where 30,000 plain ones took seconds.
    c.rules.push(...Array.from({ length: 60 }, (_, i) => rule(100 + i, { terms: Array.from({ length: 100 }, (_, j) => `mot${i}x${j} ... a ... b ... c ... d ... e ... f ... g`) })));
    const [error] = errorsOf(compileCharter(c));
    expect(error).toMatch(/^the charter compiles to \d+\.\d million characters of rules, more than the 5\.0 million a page can carry; the largest rule is 'r\d+': use fewer terms or smaller lexicons$/);
  });
});
