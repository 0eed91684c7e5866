// The built bundles turn no string into code or markup. The content scripts, which run inside the sites, hold no such sink at
// all; the extension pages hold only two library sites, each unreachable from Gardefou's code (test/unit/security checks
// the sources): zod's `Function` JIT, switched off by `z.config({ jitless: true })`, and Preact's dangerouslySetInnerHTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, SITE_FAMILIES, contentScriptPath, expect, test } from './harness';

/** Every JavaScript file of the build. */
function bundles(dir = EXTENSION_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bundles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Each match of `pattern` with the text around it. */
function sites(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(new RegExp(pattern.source, 'g'))].map((match) => code.slice(Math.max(0, match.index - 100), match.index + 100));
}

const CODE_FROM_STRING = /(?<![\w$.])eval\(|new Function\(|(?<![\w$.])Function(?![\w$])|set(?:Timeout|Interval)\(\s*["'`]/;
const MARKUP_FROM_STRING = /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|srcdoc/;

test('the build has the bundles this test reads', () => {
  const names = bundles().map((path) => relative(EXTENSION_DIR, path));
  for (const family of SITE_FAMILIES) expect(names).toContain(`content-scripts/${family}.js`);
  expect(names).toContain('background.js');
  expect(names.some((name) => name.startsWith('chunks/popup-'))).toBe(true);
  expect(names.some((name) => name.startsWith('chunks/options-'))).toBe(true);
});

test('no content script (meta, x, linkedin) evaluates a string as code or parses a string as HTML', () => {
  for (const family of SITE_FAMILIES) {
    const code = readFileSync(contentScriptPath(family), 'utf8');
    expect(sites(code, CODE_FROM_STRING), family).toEqual([]);
    expect(sites(code, MARKUP_FROM_STRING), family).toEqual([]);
  }
});

test("the extension pages' only code and markup sinks are zod's switched-off JIT and Preact's unused raw-HTML prop", () => {
  for (const path of bundles()) {
    const code = readFileSync(path, 'utf8');
    const name = relative(EXTENSION_DIR, path);
    for (const site of sites(code, CODE_FROM_STRING)) {
      // zod's eval probe (skipped when jitless) and its Doc.compile (used only by the JIT).
      // re2js (background only: it compiles charter patterns) has a prefilter *method* named eval(), not the global.
      const re2jsPrefilterMethod = /eval\([A-Za-z_$]+,[A-Za-z_$]+\)\{switch\(this\.type\)/.test(site);
      expect(site.includes('Cloudflare') || site.includes('compile(){') || re2jsPrefilterMethod, `${name}: ${site}`).toBe(true);
    }
    for (const site of sites(code, MARKUP_FROM_STRING)) {
      expect(site.includes('__html') || site.includes('dangerouslySetInnerHTML'), `${name}: ${site}`).toBe(true);
    }
  }
});
