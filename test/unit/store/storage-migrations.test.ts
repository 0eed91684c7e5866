// Storage that can change: every storage item declares a version, and each version step has a migration that turns what
// an older Gardefou stored into what this one reads (run here on WXT's fake browser, as the extension runs it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { recordCharterProblem } from '../../../lib/background/charter-sources/apply-charter';
import { charterProblemItem, migrateCharterProblemToV2, type CharterProblem } from '../../../lib/shared/storage/charter-items';

beforeEach(() => fakeBrowser.reset());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text from `open` at `from` to its matching `close`. */
function balanced(text: string, from: number, open: string, close: string): string {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    if (text[at] === open) depth++;
    if (text[at] === close && --depth === 0) return text.slice(from, at + 1);
  }
  return text.slice(from);
}

/** Each `storage.defineItem(…)` call in lib/ and entrypoints/, with the text of its arguments. */
function definedItems(): { file: string; call: string }[] {
  return [...sourceFiles('lib'), ...sourceFiles('entrypoints')].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/storage\.defineItem\s*/g)].map((match) => {
      let at = (match.index ?? 0) + match[0].length;
      // Generic arguments first (they may hold parentheses of their own), then the call's arguments.
      if (text[at] === '<') at += balanced(text, at, '<', '>').length;
      return { file, call: balanced(text, text.indexOf('(', at), '(', ')') };
    });
  });
}

describe('storage items', () => {
  it('all declare a version, and a migration for every version after the first', () => {
    const items = definedItems();
    expect(items.length).toBeGreaterThanOrEqual(9);
    for (const { file, call } of items) {
      const version = /\bversion:\s*(\d+)/.exec(call);
      expect(version, `${file}: ${call.slice(0, 80)}`).not.toBeNull();
      for (let step = 2; step <= Number(version![1]); step++) {
        expect(call, `${file}: the migration to version ${step}`).toMatch(new RegExp(`\\b${step}:`));
      }
    }
  });
});

describe('charterProblem version 2', () => {
  const V1_PROBLEM = { source: 'url', origin: 'https://brand.example/charter.json', at: '2026-11-20T08:00:00.000Z', messages: ['HTTP 503'] };

  it('gives a problem stored by version 1 (no failures) an empty failure list, keeping its lines', async () => {
    await browser.storage.local.set({ charterProblem: V1_PROBLEM });
    await charterProblemItem.migrate();
    expect(await charterProblemItem.getValue()).toEqual({ ...V1_PROBLEM, failures: [] });
    expect(await charterProblemItem.getMeta()).toMatchObject({ v: 2 });
  });

  it('leaves a version 2 problem as it is, even written without a version (storage.setItems writes none)', async () => {
    const problem: CharterProblem = { ...V1_PROBLEM, source: 'file', failures: [{ kind: 'invalid-charter' }] };
    await browser.storage.local.set({ charterProblem: problem });
    await charterProblemItem.migrate();
    expect(await charterProblemItem.getValue()).toEqual(problem);
    expect(migrateCharterProblemToV2(migrateCharterProblemToV2(V1_PROBLEM as CharterProblem))).toEqual({ ...V1_PROBLEM, failures: [] });
  });

  it('stores new problems as version 2', async () => {
    // A fresh install: the item loads on empty storage, then the first problem is recorded.
    await charterProblemItem.migrate();
    await recordCharterProblem({ source: 'file', origin: 'brand.json' }, [{ kind: 'invalid-charter' }], ['rules[0].kind: expected …'], '2026-12-01T10:00:00.000Z');
    expect(await charterProblemItem.getMeta()).toMatchObject({ v: 2 });
    expect(await browser.storage.local.get('charterProblem')).toMatchObject({ charterProblem: { failures: [{ kind: 'invalid-charter' }] } });
  });

  it('has nothing to migrate when no problem is stored', async () => {
    await charterProblemItem.migrate();
    expect(await charterProblemItem.getValue()).toBeNull();
  });
});
