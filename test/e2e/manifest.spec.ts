// The built manifest asks for exactly what Gardefou uses (docs/permissions.md says why), with a strict CSP for its own pages.
// Any new permission, host or exposed resource must be added here on purpose, and to docs/permissions.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, expect, test } from './harness';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The sites the content script runs on: its match patterns are the only host access granted at install. */
const SITES = [
  'https://*.facebook.com/*',
  'https://*.linkedin.com/*',
  'https://*.messenger.com/*',
  'https://pro.x.com/*',
  'https://twitter.com/*',
  'https://x.com/*',
];

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
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts?.[0].matches.slice().sort()).toEqual(SITES);
  expect(manifest.content_scripts?.[0].all_frames).toBe(false);

  const everything = JSON.stringify(manifest);
  for (const broad of ['<all_urls>', '*://*/*', 'http://*/*']) expect(everything, broad).not.toContain(broad);
  for (const unused of ['tabs', 'activeTab', 'scripting', 'webRequest', 'cookies', 'history', 'downloads', 'clipboardRead']) {
    expect(manifest.permissions, unused).not.toContain(unused);
  }
  // Nothing of the extension can be loaded or messaged by a web page.
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
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
