// Gardefou's own code never turns a string into code or markup: charter texts (messages, labels, phrasings) and page texts
// reach the DOM as text nodes and attributes only. test/e2e/bundle-code.spec.ts checks the built bundles the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_DIRS = ['lib', 'entrypoints', 'cli', 'bin'];
const SOURCE_FILE = /\.(ts|tsx|mjs|js)$/;

function sourcesIn(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesIn(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

const SINKS: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['the Function constructor', /(?<![\w$.])Function\s*\(|new\s+Function\b|=\s*Function\s*[;,)]/],
  ['a string timer', /set(?:Timeout|Interval)\(\s*["'`]/],
  ['innerHTML / outerHTML', /\.(?:inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /\bDOMParser\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /(?:set|parse)HTMLUnsafe/],
  ['srcdoc', /\bsrcdoc\b/],
  ['a javascript: URL', /["'`]javascript:/i],
];

/** Comments may name a sink (to say why it is not used); code may not. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('sources', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourcesIn(dir));

  it('are found (the scan reads something)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(join('lib', 'page', 'overlay', 'finding-card.ts'));
  });

  for (const [name, pattern] of SINKS) {
    it(`never use ${name}`, () => {
      const offenders = files.filter((file) => pattern.test(withoutComments(readFileSync(file, 'utf8'))));
      expect(offenders).toEqual([]);
    });
  }

  it('catch each sink when it is there (the patterns are not blind)', () => {
    const samples: Record<string, string[]> = {
      eval: ['eval(code)'],
      'the Function constructor': ['new Function("a", body)', 'const F = Function;', 'Function("return 1")'],
      'a string timer': ['setTimeout("alert(1)", 0)'],
      'innerHTML / outerHTML': ['card.innerHTML = message'],
      insertAdjacentHTML: ['node.insertAdjacentHTML("beforeend", label)'],
      dangerouslySetInnerHTML: ['<div dangerouslySetInnerHTML={{ __html: text }} />'],
      'document.write': ['document.write(x)'],
      createContextualFragment: ['range.createContextualFragment(html)'],
      DOMParser: ['new DOMParser()'],
      'setHTMLUnsafe / parseHTMLUnsafe': ['el.setHTMLUnsafe(x)'],
      srcdoc: ['frame.srcdoc = html'],
      'a javascript: URL': ['a.href = "javascript:void 0"'],
    };
    for (const [name, pattern] of SINKS) {
      expect(samples[name], name).toBeDefined();
      for (const sample of samples[name]) expect(pattern.test(withoutComments(sample)), sample).toBe(true);
    }
  });
});
