// The built manifest asks for exactly what Gardefou uses (docs/permissions.md says why), with a strict CSP for its own pages.
// Any new permission, host or exposed resource must be added here on purpose, and to docs/permissions.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter } from '../../lib/page/platforms/facebook';
import { FACEBOOK_SELECTORS } from '../../lib/page/platforms/facebook-selectors';
import { linkedinAdapter } from '../../lib/page/platforms/linkedin';
import { LINKEDIN_SELECTORS } from '../../lib/page/platforms/linkedin-selectors';
import type { SiteAdapter } from '../../lib/page/platforms/site-adapter';
import { xAdapter } from '../../lib/page/platforms/x';
import { X_SELECTORS } from '../../lib/page/platforms/x-selectors';
import { EXTENSION_DIR, SITE_FAMILIES, contentScriptPath, expect, test, type SiteFamily } from './harness';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; all_frames?: boolean; run_at?: string; js?: string[] }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The sites the content scripts run on: their match patterns are the only host access granted at install. */
const SITES = [
  'https://*.facebook.com/*',
  'https://*.linkedin.com/*',
  'https://*.messenger.com/*',
  'https://pro.x.com/*',
  'https://twitter.com/*',
  'https://x.com/*',
];

/**
 * Each site family's content script (issue 14): its match patterns, the adapter it carries, and a selector only that
 * adapter uses (kept verbatim by the minifier), which marks the adapter in a built script.
 */
const FAMILIES: Record<SiteFamily, { matches: string[]; adapter: SiteAdapter; ownSelector: string }> = {
  meta: { matches: ['https://*.facebook.com/*', 'https://*.messenger.com/*'], adapter: facebookAdapter, ownSelector: FACEBOOK_SELECTORS.threadComposer },
  x: { matches: ['https://pro.x.com/*', 'https://twitter.com/*', 'https://x.com/*'], adapter: xAdapter, ownSelector: X_SELECTORS.inlineSendButton },
  linkedin: { matches: ['https://*.linkedin.com/*'], adapter: linkedinAdapter, ownSelector: LINKEDIN_SELECTORS.messagingEditor },
};

/** A host a match pattern covers: the host itself, or its www subdomain for a wildcard one. */
const hostOf = (pattern: string): string => new URL(pattern.replace('*.', 'www.').replace(/\/\*$/, '/')).hostname;

/** Directive name → its sources, from a CSP string. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the manifest asks for storage and alarms, the sites where CMs reply, and HTTPS origins at run time only', () => {
  expect(manifest.permissions?.slice().sort()).toEqual(['alarms', 'storage']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  expect(manifest.content_scripts?.flatMap((script) => script.matches).sort()).toEqual(SITES);
  for (const script of manifest.content_scripts ?? []) expect(script.all_frames, script.js?.join()).toBe(false);

  const everything = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '*://*/*', 'http://*/*']) expect(everything, broad).not.toContain(broad);
  for (const unused of ['tabs', 'activeTab', 'scripting', 'webRequest', 'cookies', 'history', 'downloads', 'clipboardRead']) {
    expect(manifest.permissions, unused).not.toContain(unused);
  }
  // Nothing of the extension can be loaded or messaged by a web page.
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
});

test("each site family has one content script, running where its adapter serves the host and carrying no other site's adapter", () => {
  expect(manifest.content_scripts).toHaveLength(SITE_FAMILIES.length);
  for (const family of SITE_FAMILIES) {
    const { matches, adapter, ownSelector } = FAMILIES[family];
    const entry = manifest.content_scripts?.find((script) => script.js?.includes(`content-scripts/${family}.js`));
    expect(entry, `a manifest entry for content-scripts/${family}.js`).toBeDefined();
    expect(entry?.js).toEqual([`content-scripts/${family}.js`]);
    expect(entry?.matches.slice().sort()).toEqual(matches);
    expect(entry?.all_frames).toBe(false);
    expect(entry?.run_at).toBe('document_idle');
    // A script on a host its adapter does not serve would see only the generic fallback.
    for (const pattern of matches) expect(adapter.matchesHost(hostOf(pattern)), `${family} adapter serves ${pattern}`).toBe(true);

    const code = readFileSync(contentScriptPath(family), 'utf8');
    for (const other of SITE_FAMILIES) {
      if (other === family) expect(code, `${family} carries its own adapter`).toContain(FAMILIES[other].ownSelector);
      else expect(code, `${family} carries the ${other} adapter`).not.toContain(FAMILIES[other].ownSelector);
    }
  }
});

test('extension pages run only their own scripts: no eval, no inline script, no plugin, no <base>', () => {
  const csp = manifest.content_security_policy?.extension_pages;
  expect(csp, 'an explicit extension_pages CSP').toBeTruthy();
  const policy = directives(csp!);
  expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
  for (const loose of ["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'http:', 'https:', '*']) {
    expect(csp, loose).not.toContain(loose);
  }
});

test('Chromium loads the extension with this manifest and applies the CSP to its pages', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // DevTools' own evaluation is exempt from a page's eval rules (CDP's allowUnsafeEvalBlockedByCSP), so the probe is a
  // script the page itself would run: an inline <script>, which script-src 'self' refuses and reports.
  const outcome = await popup.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string | null }>((resolve) => {
        const probe = window as unknown as { __inlineRan?: boolean };
        let violated: string | null = null;
        document.addEventListener('securitypolicyviolation', (event) => {
          violated = event.effectiveDirective;
        });
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        setTimeout(() => resolve({ ran: probe.__inlineRan === true, violated }), 100);
      }),
  );
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
});
