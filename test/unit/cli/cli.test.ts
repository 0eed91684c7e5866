import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../cli/check-command';
import { runLint } from '../../../cli/lint-command';

function sink(): PassThrough & { text: () => string } {
  const s = new PassThrough() as PassThrough & { text: () => string };
  let buf = '';
  s.on('data', (c) => (buf += c));
  s.text = () => buf;
  return s;
}

async function checkLines(lines: string[], charterPath = 'charters/brandtruc.json') {
  const out = sink();
  const err = sink();
  const code = await runCheck({ charterPath }, Readable.from([lines.join('\n')]), out, err);
  return { code, out: out.text().trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: err.text() };
}

describe('gardefou check', () => {
  it('answers one line per input, in order, in the PRODUCT.md format', async () => {
    const { code, out } = await checkLines([
      JSON.stringify({ id: 'a', incoming: 'Colis jamais reçu, remboursez-moi', draft: 'On vous rembourse demain !!!', platform: 'x' }),
      JSON.stringify({ id: 'b', incoming: '', draft: 'Merci pour votre message', platform: 'facebook', lang: 'fr', public: false, mode: 'normal' }),
    ]);
    expect(code).toBe(0);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(Object.keys(out[0])).toEqual(['id', 'lang', 'categories', 'paths', 'findings', 'possible']);
    expect(out[0].paths).toEqual([{ id: 'sav', category: 'sav' }]);
    expect(out[0].categories).toEqual(expect.arrayContaining(['sav', 'out_of_perimeter', 'overmarketing']));
    expect(Object.keys(out[0].findings[0])).toEqual(['ruleId', 'category', 'severity', 'start', 'end', 'message', 'clause']);
    expect(out[1]).toEqual({ id: 'b', lang: 'fr', categories: [], paths: [], findings: [], possible: [] });
  });

  it('gives lower-confidence signals apart, in `possible`, with their reason, outside `categories`', async () => {
    const { out } = await checkLines([
      JSON.stringify({ id: 'p', incoming: 'Thank you so much, amazing customer service as always!', draft: '', platform: 'x' }),
      JSON.stringify({ id: 's', incoming: 'Thanks for losing my bag again, still no news after 3 days', draft: '', platform: 'x' }),
    ]);
    expect(out[0].categories).not.toContain('sav');
    expect(out[0].paths).toEqual([]);
    expect(out[0].possible).toEqual([expect.objectContaining({ side: 'incoming', category: 'sav', pathId: 'sav', reason: 'praise' })]);
    expect(out[1].categories).toContain('sav');
    expect(out[1].possible).toEqual([]);
  });

  it('reports bad lines on stderr with their line number, keeps going, and exits 1', async () => {
    const { code, out, err } = await checkLines([
      'not json',
      JSON.stringify({ id: 'x', incoming: 'x', platform: 'x' }),
      JSON.stringify({ id: 'y', incoming: '', draft: 'ok', platform: 'tiktok' }),
      JSON.stringify({ id: 'z', incoming: '', draft: 'Merci', platform: 'x', public: 'yes' }),
      JSON.stringify({ id: 'ok', incoming: '', draft: 'Merci', platform: 'x' }),
    ]);
    expect(code).toBe(1);
    expect(err).toContain('line 1: not valid JSON');
    expect(err).toContain('line 2: "draft": expected a string, the field is missing');
    expect(err).toContain('line 3: "platform": expected one of facebook, x, linkedin, got "tiktok"');
    expect(err).toContain('line 4: "public": expected true or false');
    expect(out.map((o) => o.id ?? o.line)).toEqual([1, 2, 3, 4, 'ok']);
  });

  it('refuses an unreadable or invalid charter with exit code 2', async () => {
    expect((await checkLines([], 'charters/none.json')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'gardefou-'));
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": 1}');
    const { code, err } = await checkLines([], join(dir, 'bad.json'));
    expect(code).toBe(2);
    expect(err).toContain('id: is missing');
  });
});

describe('gardefou lint', () => {
  it('validates the demo charter and runs its examples', () => {
    const out = sink();
    const err = sink();
    expect(runLint('charters/brandtruc.json', out, err)).toBe(0);
    expect(out.text()).toMatch(/valid \(schema 1, Brandtruc/);
    expect(out.text()).toMatch(/examples: \d+ run, 0 failed/);
  });

  it('names failing examples and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gardefou-'));
    const charter = {
      schemaVersion: 1,
      id: 'acme',
      version: '1',
      updatedAt: '2026-11-20',
      brand: { name: 'Acme', languages: ['en'], platforms: ['x'] },
      paths: [],
      phrasings: [],
      rules: [
        {
          id: 'acme.no-globex',
          kind: 'existence',
          category: 'style',
          severity: 'info',
          message: 'No competitor',
          terms: ['globex'],
          examples: { should_flag: ['Better than Globex', 'Better than Initech'], should_pass: ['Thanks!'] },
        },
      ],
    };
    writeFileSync(join(dir, 'acme.json'), JSON.stringify(charter));
    const out = sink();
    const err = sink();
    expect(runLint(join(dir, 'acme.json'), out, err)).toBe(1);
    expect(err.text()).toContain('rules[0].examples.should_flag[1] (acme.no-globex): expected the rule to flag Better than Initech');
  });

  it('lists every validation error of an invalid charter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gardefou-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schemaVersion: 1, id: 'x', version: '1', updatedAt: 'soon', brand: {}, paths: [], phrasings: [], rules: [] }));
    const out = sink();
    const err = sink();
    expect(runLint(join(dir, 'bad.json'), out, err)).toBe(1);
    expect(err.text()).toContain("updatedAt: expected a date such as 2026-11-20, got 'soon'");
    expect(err.text()).toContain('brand.name: is missing: expected a text');
  });
});

describe('the gardefou bin', () => {
  it('runs from a checkout through node, as npx does', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['bin/gardefou.mjs', 'check', '--charter', 'charters/brandtruc.json'], {
      input: `${JSON.stringify({ id: 1, incoming: 'my parcel never arrived', draft: 'Please DM us', platform: 'x' })}\n`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: '1', lang: 'en', paths: [{ id: 'sav', category: 'sav' }], findings: [] });
  }, 30_000);
});
