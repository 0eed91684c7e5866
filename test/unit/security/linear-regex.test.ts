import { describe, expect, it } from 'vitest';
import { compileLinearPattern } from '../../../lib/core/charter/linear-pattern';
import { LinearRegExp } from '../../../lib/core/engine/linear-regex';

function all(pattern: string, text: string, flags = ''): [number, string][] {
  const c = compileLinearPattern(pattern, flags);
  if (!c.ok) throw new Error(c.problem);
  const re = new LinearRegExp(c.program, true);
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function native(pattern: string, text: string, flags = ''): [number, string][] {
  const re = new RegExp(pattern, `${flags}gu`);
  const out: [number, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('linear-time charter patterns', () => {
  const cases: [string, string, string?][] = [
    ['rembours\\w*', 'On vous rembourse, le remboursement arrive'],
    ['\\bgeste\\b', 'un geste commercial, gestes'],
    ['a|ab', 'xxabab'],
    ['ab|a', 'xxabab'],
    ['(?:foo|foobar)baz', 'foobarbaz foobaz'],
    ['^bonjour', 'bonjour bonjour'],
    ['fin$', 'la fin'],
    ['^ligne', 'a\nligne\nligne', 'm'],
    ['REMBOURS', 'On vous Rembourse', 'i'],
    ['\\p{Lu}{2,}', 'du TEXTE en CAPITALES'],
    ['\\d{2} ?\\d{2}', 'appelez le 01 23 45'],
    ['[^#]+#', 'abc#def#'],
    ['.+', 'ligne1\nligne2'],
    ['😀+', 'super 😀😀 !'],
    ['é', 'café et thé'],
    ['x*', 'axxb'],
  ];
  for (const [pattern, text, flags] of cases) {
    it(`matches /${pattern}/${flags ?? ''} as JavaScript does`, () => {
      expect(all(pattern, text, flags)).toEqual(native(pattern, text, flags));
    });
  }

  it('refuses what cannot run in linear time, saying why', () => {
    const problem = (p: string) => {
      const c = compileLinearPattern(p);
      return c.ok ? null : c.problem;
    };
    expect(problem('(a)\\1')).toMatch(/back-reference/);
    expect(problem('a(?=b)')).toMatch(/lookahead/);
    expect(problem('(?<!a)b')).toMatch(/lookbehind/);
    expect(problem('(?:(?:a{1000}){1000}){1000}')).toMatch(/repeat|steps/);
  });
});
