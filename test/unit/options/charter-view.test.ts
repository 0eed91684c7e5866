// The options page's reading of a charter: rules by category, phrasings by path and language, problem lines split at their JSON path.
import { describe, expect, it } from 'vitest';
import type { CompiledPhrasing, CompiledRule } from '../../../lib/core/charter/compiled';
import { splitCharterErrorLine } from '../../../lib/extension-pages/options/charter-error-line';
import { outcomeOfResponse } from '../../../lib/extension-pages/options/import-charter-file';
import { phrasingsByPath } from '../../../lib/extension-pages/options/phrasings-by-path';
import { groupRulesByCategory, isCharterRule } from '../../../lib/extension-pages/options/rules-by-category';
import { tabFromHash } from '../../../lib/extension-pages/options/use-hash-tab';

const rule = (id: string, category: CompiledRule['category'], severity: CompiledRule['severity'], origin = 'charter'): CompiledRule => ({
  id,
  category,
  severity,
  scope: category === 'sav' ? 'incoming' : 'draft',
  kind: 'existence',
  message: { en: id },
  origin,
});

describe('groupRulesByCategory', () => {
  it('follows the vocabulary order (incoming first) and puts errors first within a category', () => {
    const groups = groupRulesByCategory([
      rule('style.b', 'style', 'info'),
      rule('perimeter.a', 'out_of_perimeter', 'warning'),
      rule('perimeter.c', 'out_of_perimeter', 'error'),
      rule('sav.trigger', 'sav', 'info', 'builtin:fr'),
    ]);
    expect(groups.map((group) => [group.category, group.rules.map((entry) => entry.id)])).toEqual([
      ['sav', ['sav.trigger']],
      ['out_of_perimeter', ['perimeter.c', 'perimeter.a']],
      ['style', ['style.b']],
    ]);
  });

  it('tells the charter rules from the built-in pack rules', () => {
    expect(isCharterRule(rule('a', 'style', 'info'))).toBe(true);
    expect(isCharterRule(rule('a', 'style', 'info', 'builtin:en'))).toBe(false);
  });
});

describe('phrasingsByPath', () => {
  const phrasing = (id: string, lang: 'fr' | 'en', path?: string): CompiledPhrasing => ({ id, lang, text: id, variables: [], ...(path ? { path } : {}) });

  it('follows the charter path order, general last, the given language order inside', () => {
    const sections = phrasingsByPath(
      [phrasing('g-en', 'en'), phrasing('legal-fr', 'fr', 'legal'), phrasing('sav-en', 'en', 'sav'), phrasing('sav-fr', 'fr', 'sav')],
      [{ id: 'sav' }, { id: 'legal' }, { id: 'press' }],
      ['en', 'fr'],
    );
    expect(sections.map((section) => [section.pathId, section.byLang.map((entry) => [entry.lang, entry.phrasings.map((p) => p.id)])])).toEqual([
      ['sav', [['en', ['sav-en']], ['fr', ['sav-fr']]]],
      ['legal', [['fr', ['legal-fr']]]],
      [null, [['en', ['g-en']]]],
    ]);
  });

  it('still shows a phrasing whose path the charter lacks', () => {
    const sections = phrasingsByPath([phrasing('orphan', 'fr', 'gone')], [{ id: 'sav' }], ['fr', 'en']);
    expect(sections.map((section) => section.pathId)).toEqual(['gone']);
  });
});

describe('splitCharterErrorLine', () => {
  it('separates a JSON path from its message', () => {
    expect(splitCharterErrorLine('rules[3].severity: expected one of info, warning, error')).toEqual({
      path: 'rules[3].severity',
      message: 'expected one of info, warning, error',
    });
    expect(splitCharterErrorLine('brand: missing')).toEqual({ path: 'brand', message: 'missing' });
    expect(splitCharterErrorLine('paths[0].triggers[2]: a: b')).toEqual({ path: 'paths[0].triggers[2]', message: 'a: b' });
  });

  it('keeps a line without a path whole', () => {
    expect(splitCharterErrorLine('not valid JSON: Unexpected token } (line 3, column 5)')).toEqual({
      path: '',
      message: 'not valid JSON: Unexpected token } (line 3, column 5)',
    });
  });
});

describe('outcomeOfResponse', () => {
  it('keeps every error of a refusal and gives a reason when there is none', () => {
    expect(outcomeOfResponse({ ok: false, errors: ['a: x', 'b: y'] })).toEqual({ kind: 'refused', errors: ['a: x', 'b: y'] });
    expect(outcomeOfResponse({ ok: false })).toEqual({ kind: 'refused', errors: ['the charter was refused without a reason'] });
    expect(outcomeOfResponse(undefined).kind).toBe('refused');
  });

  it('passes an accepted charter through', () => {
    const response = { ok: true, warnings: [] };
    expect(outcomeOfResponse(response)).toEqual({ kind: 'applied', response });
  });
});

describe('tabFromHash', () => {
  it('opens the tab the hash names, else the default', () => {
    const tabs = ['charter', 'phrasings'] as const;
    expect(tabFromHash('#phrasings', tabs, 'charter')).toBe('phrasings');
    expect(tabFromHash('#nope', tabs, 'charter')).toBe('charter');
    expect(tabFromHash('', tabs, 'charter')).toBe('charter');
  });
});
