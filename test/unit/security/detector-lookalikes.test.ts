// Personal data and codes cannot hide behind look-alike characters (issue 16): every example of the personal-data detectors
// and of the raw `pattern` rules in force with the demo charter, its data disguised 8 ways (full-width, mathematical
// digits and letters, Cyrillic letters, small capitals, zero-width characters, tag characters, word joiners, combining
// marks), is still flagged by that rule, and every example that must pass (the brand's own phone and e-mail included)
// still passes. Findings underline exactly the CM's own characters of the data, disguise included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCharterText } from '../../../lib/core/charter/compile';
import { runExamples } from '../../../lib/core/charter/run-examples';
import type { RuleSource } from '../../../lib/core/charter/schema';
import type { ExampleSource } from '../../../lib/core/charter/schema-fields';
import { check } from '../../../lib/core/engine/check';
import { foldLookalikes } from '../../../lib/core/engine/raw-fold';
import { BUILTIN_PACKS } from '../../../lib/core/packs';
import { ENGINE_LEXIS } from '../../../lib/core/charter/engine-lexis';
import { installLexis } from '../../../lib/core/engine/lexis';

// The look-alike letters come with the lexis a compiled charter carries (check() installs it).
installLexis(ENGINE_LEXIS);

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', B: 'В', M: 'М', H: 'Н', K: 'К' };
const SMALL_CAPS: Record<string, string> = { a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ', o: 'ᴏ', p: 'ᴘ', r: 'ʀ', s: 'ꜱ', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ' };

/** How one character of the data is written, and what goes between two of them. */
interface Disguise {
  char(c: string): string;
  between?: string;
}

const mathematical = (c: string) =>
  /\d/.test(c) ? String.fromCodePoint(0x1d7ce + Number(c)) : /[A-Z]/.test(c) ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65) : /[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c;

const DISGUISES: Record<string, Disguise> = {
  'full-width': { char: (c) => (/[!-~]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c) },
  'mathematical digits and letters': { char: mathematical },
  'Cyrillic letters': { char: (c) => CYRILLIC[c] ?? c },
  'small capitals': { char: (c) => SMALL_CAPS[c.toLowerCase()] ?? c },
  'zero-width spaces': { char: (c) => c, between: '\u200b' },
  'tag characters': { char: (c) => c, between: '\u{E0020}' },
  'word joiners and soft hyphens': { char: (c) => c, between: '\u2060\u00ad' },
  'combining marks': { char: (c) => `${c}\u0336` },
};

/** The data of an example: each run of non-spaces holding a digit, an @ or a star (a number, an e-mail, a starred word). */
const DATA = /\S*[\d@*]\S*/gu;

/** The disguised text, and for each character of the plain text the span its disguise takes in it. */
function disguise(text: string, how: Disguise): { text: string; spans: [number, number][] } {
  let out = '';
  const spans: [number, number][] = [];
  const dataAt = new Set<number>();
  for (const m of text.matchAll(DATA)) for (let k = m.index!; k < m.index! + m[0].length; k++) dataAt.add(k);
  for (let k = 0; k < text.length; k++) {
    if (dataAt.has(k) && dataAt.has(k - 1) && how.between) out += how.between;
    const start = out.length;
    out += dataAt.has(k) ? how.char(text[k]) : text[k];
    spans.push([start, out.length]);
  }
  return { text: out, spans };
}

function disguiseExample(example: ExampleSource, how: Disguise): ExampleSource {
  if (typeof example === 'string') return disguise(example, how).text;
  return { ...example, ...(example.text ? { text: disguise(example.text, how).text } : {}), ...(example.draft ? { draft: disguise(example.draft, how).text } : {}) };
}

describe('look-alike characters in personal data and codes', () => {
  const text = readFileSync('charters/brandtruc.json', 'utf8');
  const charter = JSON.parse(text);
  const result = compileCharterText(text);
  if (!result.ok) throw new Error('the demo charter must compile');
  const compiled = result.compiled;
  const readsRaw = new Set(compiled.rules.filter((r) => r.kind === 'detector' || (r.kind === 'pattern' && r.swaps?.[0]?.matcher.on === 'raw')).map((r) => r.id));
  const sources: { rule: RuleSource; at: string }[] = [
    ...charter.rules.map((rule: RuleSource, i: number) => ({ rule, at: `rules[${i}]` })),
    ...BUILTIN_PACKS.flatMap((p) => p.rules.map((rule, i) => ({ rule, at: `${p.id}.rules[${i}]` }))),
  ].filter(({ rule }) => readsRaw.has(rule.id) && rule.examples);
  // Examples with something to disguise (a bare name, for the third-person detector, has none).
  const withData = (examples: ExampleSource[] | undefined) => (examples ?? []).filter((e) => (typeof e === 'string' ? e : (e.draft ?? e.text ?? '')).match(DATA));

  it('covers every personal-data detector and the raw patterns', () => {
    const kinds = new Set(sources.filter((s) => withData(s.rule.examples!.should_flag).length).map((s) => compiled.rules.find((r) => r.id === s.rule.id)!.detector?.type ?? 'pattern'));
    expect([...kinds].sort()).toEqual(['account_id', 'card', 'email', 'iban', 'order_code', 'pattern', 'phone', 'postal_address', 'siret', 'third_person']);
  });

  for (const [name, how] of Object.entries(DISGUISES)) {
    it(`still flags every example written with ${name}, and still lets the clean ones through`, () => {
      const disguised = sources.map(({ rule, at }) => ({
        rule: { ...rule, examples: { should_flag: withData(rule.examples!.should_flag).map((e) => disguiseExample(e, how)), should_pass: withData(rule.examples!.should_pass).map((e) => disguiseExample(e, how)) } } as RuleSource,
        at,
      }));
      const report = runExamples(disguised, compiled);
      expect(report.run).toBeGreaterThanOrEqual(20);
      expect(report.failures.map((f) => `${f.ruleId} (${f.expected}): ${f.text}`)).toEqual([]);
    }, 60_000);
  }

  const cases = [
    ['common.private-data.phone', 'On vous rappelle au 06 12 34 56 78 demain.'],
    ['common.private-data.email', 'Votre mail jean.dupont@gmail.com est bien noté.'],
    ['common.private-data.iban', 'Virement sur FR76 3000 6000 0112 3456 7890 189 reçu.'],
  ] as const;
  for (const [ruleId, plain] of cases) {
    it(`underlines the CM's own characters of the data (${ruleId})`, () => {
      const input = { incoming: '', platform: 'facebook' as const, isPublic: true };
      const found = check({ ...input, draft: plain }, compiled).findings.find((f) => f.ruleId === ruleId)!;
      expect(found).toBeDefined();
      for (const how of Object.values(DISGUISES)) {
        const { text: draft, spans } = disguise(plain, how);
        const hit = check({ ...input, draft }, compiled).findings.find((f) => f.ruleId === ruleId);
        expect(hit && draft.slice(hit.start, hit.end)).toBe(draft.slice(spans[found.start][0], spans[found.end - 1][1]));
      }
    });
  }
});

describe('foldLookalikes', () => {
  it('leaves ordinary French and English, emoji sequences included, as typed (no second reading)', () => {
    for (const text of ['Bonjour Léa, l’équipe « Brandtruc » vous répond… Cœur ❤️ 👨\u200d👩\u200d👧 🇫🇷 👍🏽', 'Thanks — we’re on it, 10 % off? No: “soon”.']) {
      expect(foldLookalikes(text)).toBeNull();
    }
  });

  it('folds look-alikes keeping capitals, drops invisible characters, and maps each character back to the draft', () => {
    const raw = 'Cоde ʜɪᴠᴇʀ15 : ０６\u200b１２\u{E0020}34 5\u03366';
    const folded = foldLookalikes(raw)!;
    expect(folded.text).toBe('Code HIVER15 : 061234 56');
    expect(folded.from).toHaveLength(folded.text.length);
    const at = (piece: string) => folded.text.indexOf(piece);
    expect(raw.slice(folded.from[at('HIVER15')], folded.to[at('HIVER15') + 6])).toBe('ʜɪᴠᴇʀ15');
    expect(raw.slice(folded.from[at('06')], folded.to[folded.text.length - 1])).toBe('０６\u200b１２\u{E0020}34 5\u03366');
    // A dropped combining mark belongs to the character before it.
    const five = folded.text.lastIndexOf('5');
    expect(raw.slice(folded.from[five], folded.to[five])).toBe('5\u0336');
  });
});
