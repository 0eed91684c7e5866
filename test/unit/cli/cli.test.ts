import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
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
    expect(err).toContain('line 2: "draft" is missing: expected a string');
    expect(err).not.toContain('undefined');
    expect(err).toContain('line 3: "platform": expected one of facebook, x, linkedin, got "tiktok"');
    expect(err).toContain('line 4: "public": expected true or false');
    expect(out.map((o) => o.id ?? o.line)).toEqual([1, 2, 3, 4, 'ok']);
  });

  it('reads the optional "variables" field and refuses one that is not names to text', async () => {
    const legal = { incoming: 'Mon avocat va porter plainte contre vous.', draft: 'Désolé !', platform: 'facebook', mode: 'junior' };
    const { code, out, err } = await checkLines([
      JSON.stringify({ id: 'ok', ...legal, variables: { prénom: 'Alice' } }),
      JSON.stringify({ id: 'list', ...legal, variables: ['Alice'] }),
      JSON.stringify({ id: 'number', ...legal, variables: { prénom: 3 } }),
    ]);
    expect(code).toBe(1);
    expect(out[0].findings[0]).toMatchObject({ ruleId: 'mode:junior:approved-only', category: 'legal', severity: 'error', start: 0, end: 8 });
    expect(err).toContain('line 2: "variables": expected an object of names to text');
    expect(err).toContain('line 3: "variables.prénom": expected a string, got 3');
  });

  it('names a missing field as missing, never "got undefined"', async () => {
    const { err } = await checkLines([
      JSON.stringify({ incoming: '', draft: 'Merci', platform: 'x' }),
      JSON.stringify({ id: 'p', incoming: '', draft: 'Merci' }),
      JSON.stringify({ id: 'i', draft: 'Merci', platform: 'x' }),
    ]);
    expect(err).toContain('line 1: "id" is missing: expected a string or a number');
    expect(err).toContain('line 2: "platform" is missing: expected one of facebook, x, linkedin');
    expect(err).toContain('line 3: "incoming" is missing: expected a string');
    expect(err).toContain('3 lines could not be checked');
    expect(err).not.toContain('undefined');
  });

  it('refuses an unreadable or invalid charter with exit code 2', async () => {
    const missing = await checkLines([], 'charters/none.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('gardefou: no such file: charters/none.json\n');
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
  }, 30_000);

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
  }, 30_000);

  it('says "no such file" for a missing charter and exits 2', () => {
    const out = sink();
    const err = sink();
    expect(runLint('charters/none.json', out, err)).toBe(2);
    expect(err.text()).toBe('gardefou: no such file: charters/none.json\n');
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

describe('gardefou main: help and usage errors', () => {
  async function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    try {
      return { code: await main(argv), stdout, stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('prints each subcommand’s help with --help, -h or help COMMAND, and exits 0', async () => {
    for (const argv of [['check', '--help'], ['check', '-h'], ['help', 'check'], ['check', '--charter', 'x.json', '--help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: gardefou check --charter CHARTER\.json/);
      expect(r.stdout).toContain('--fail-on');
      expect(r.stderr).toBe('');
    }
    const lint = await run(['lint', '--help']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^Usage: gardefou lint CHARTER\.json/);
    expect((await run(['--help'])).stdout).toContain('gardefou check --help');
  });

  it('says what is wrong with a command line in one line, then the subcommand’s usage, and exits 2', async () => {
    const unknown = await run(['check', '--charter', 'charters/brandtruc.json', '--frob']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('gardefou check: unknown option --frob');
    expect(unknown.stderr).not.toContain('To specify a positional argument');
    expect((await run(['check'])).stderr.split('\n')[0]).toBe('gardefou check: --charter CHARTER.json is missing');
    expect((await run(['check', '--charter'])).stderr.split('\n')[0]).toBe('gardefou check: --charter needs a value');
    expect((await run(['lint'])).stderr.split('\n')[0]).toBe('gardefou lint: the charter file is missing');
    const frob = await run(['frob']);
    expect(frob.code).toBe(2);
    expect(frob.stderr.split('\n')[0]).toBe("gardefou: unknown command 'frob' (expected check or lint)");
  });

  it('reports a missing charter or input file as "no such file: PATH" with exit 2', async () => {
    const charter = await run(['check', '--charter', 'charters/none.json']);
    expect(charter).toMatchObject({ code: 2, stderr: 'gardefou: no such file: charters/none.json\n' });
    const input = await run(['check', '--charter', 'charters/brandtruc.json', 'cases/none.jsonl']);
    expect(input).toMatchObject({ code: 2, stderr: 'gardefou: no such file: cases/none.jsonl\n' });
    expect(await run(['lint', 'charters/none.json'])).toMatchObject({ code: 2, stderr: 'gardefou: no such file: charters/none.json\n' });
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
