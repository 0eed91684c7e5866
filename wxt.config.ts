import { defineConfig } from 'wxt';

/**
 * The public half of a key pair made once for Gardefou (the private half was not kept: unpacked and test builds need only
 * this). Chromium derives the extension id from it, so every checkout gets the same id, ldgedkbjdhpfkhabjcfpghcdkoafcdal,
 * which an enterprise policy (`3rdparty.extensions.<id>`) must name. The Chrome Web Store signs with its own key.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5SF95u5GXoZCWQmDxNccwH6jjf70rQN6nl3TPIGJkr3YhFfBnMeAmiCjM1a4WH1WS0N4RMohjNaILfiTkxFIz1tOy/9V1zxyPKxlvCMdOZVHmkChihbUOgGDlHolEIPClskqV8f98tE4Zx3rEKsJfaPVzuGisPQgxb70Z26ZRcCz9Fw9Ja83PZb699pAR/5plYWcfTHjUWtbcInEqg7M1HmYdIFoTGxl+5BB1W5+oZw8fZ74AvpAwZQt29XEJrpAZXRwsVZHy5uBIrPDUdkTsfMnyWVHs0BN6JP1J+6sc7XLzD+I5Wf3fYGApJQIGGGNyxbBhoDCXLaQx7+W9wIQzwIDAQAB';

/** Stricter than MV3's default (no 'wasm-unsafe-eval': Gardefou ships no WebAssembly). */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

export default defineConfig({
  hooks: {
    // The built-in packs and models compiled once (lib/core/charter/precompiled-packs.json), refreshed before each build
    // so the extension never ships a cache older than its packs; and the `gardefou` CLI bundled with the extension.
    'build:before': async () => {
      const { execFileSync } = await import('node:child_process');
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/precompile-packs.ts'], { stdio: 'inherit' });
    },
    'build:done': async () => {
      // @ts-expect-error: a plain ES module without types
      const { buildCli } = await import('./scripts/build-cli.mjs');
      await buildCli();
    },
  },
  vite: () => ({
    build: {
      // Terser after two passes writes the content script ~2 kB gzip smaller than esbuild's minifier (measured with
      // scripts/content-size.mjs): every tab parses it.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 } },
      // GARDEFOU_SOURCEMAP=1: source maps beside the bundles, for scripts/content-size.mjs (which module weighs what).
      sourcemap: !!process.env.GARDEFOU_SOURCEMAP,
    },
  }),
  // Parallel builds (several engineers or CI jobs on one machine) each get their own output folder.
  outDir: process.env.GARDEFOU_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Every permission is listed with its reason in docs/permissions.md; test/e2e/manifest.spec.ts pins the exact set.
    // alarms: the periodic charter refresh from a URL.
    permissions: ['storage', 'alarms'],
    // A charter URL's origin is asked for at run time, when the manager sets it; without it Gardefou makes a plain CORS request.
    // HTTPS only: a plain-HTTP origin's answers can be rewritten on the way, so Gardefou never asks to read it with the
    // extension's privileges (an http:// charter URL still works when its server allows CORS).
    optional_host_permissions: ['https://*/*'],
    // No eval, no inline script, no plugin, no <base> rewrite in the popup, options page and service worker (WXT writes the
    // MV2 string form for Firefox MV2 builds).
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      // Opens the popup from the keyboard while the CM is typing in a reply box.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+G', mac: 'Alt+Shift+G' },
        description: '__MSG_popup_command_description__',
      },
    },
    ...(browser === 'firefox'
      ? // Firefox reads enterprise policy for an extension by this id (policies.json `3rdparty.Extensions`), without a schema.
        // Nothing leaves the machine (no draft, no statistic): Firefox's data-consent declaration says "none".
        { browser_specific_settings: { gecko: { id: 'gardefou@gardefou.app', data_collection_permissions: { required: ['none'] } } } }
      : // Chrome publishes `storage.managed` only for keys this schema declares (public/managed-schema.json).
        { key: CHROME_PUBLIC_KEY, storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
