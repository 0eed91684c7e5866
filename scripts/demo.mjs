// `npm start`: builds the extension and the fixture pages, serves them as www.facebook.com, x.com and www.linkedin.com, opens
// Chromium with the extension on all three, types a reply that breaks the charter into each reply box and saves screenshots.
// Headed when a display is available (stays open until Ctrl+C); headless otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionChromiumArgs } from '../test/fixtures/chromium-args.mjs';
import { ensureFixtureServer } from '../test/fixtures/server-process.mjs';

const PORT = Number(process.env.FIXTURE_HTTPS_PORT ?? 8443);
const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? '.output/chrome-mv3');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = resolve('test-results/demo');
const SAMPLE_DRAFT = 'On vous rembourse demain, c’est cadeau !!! 😀😀😀';

// Where each tab answers the after-sales message of its page.
const DEMO_PAGES = [
  { name: 'facebook', url: 'https://www.facebook.com/', open: null, box: 'fb-reply-c101' },
  { name: 'x', url: 'https://x.com/brandtruc/status/1', open: null, box: 'x-inline-reply' },
  {
    name: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"]').getByRole('button', { name: 'Reply', exact: true }).click(),
    box: 'li-reply-c9101',
  },
];

function fail(message) {
  console.error(`\ndemo: ${message}`);
  process.exit(1);
}

function build(title, command, args) {
  console.log(`demo: ${title}…`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`${title} failed (see the output above). Fix it and run \`npm start\` again.`);
}

async function startServer() {
  try {
    const server = await ensureFixtureServer(PORT);
    if (server.reused) console.log(`demo: reusing the fixture server already on https://127.0.0.1:${PORT}`);
    return server;
  } catch (error) {
    fail(error.message);
  }
}

build('building the extension (wxt build)', join('node_modules', '.bin', 'wxt'), ['build']);
build('building the fixture pages', process.execPath, ['test/fixtures/build.mjs']);
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) fail(`no built extension at ${EXTENSION_DIR}`);
if (!existsSync(CHROMIUM_PATH) && !process.env.CHROMIUM_PATH) build('installing Debian’s Chromium (apt-get)', 'bash', ['scripts/install-system-packages.sh']);
if (!existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);

const headed = Boolean(process.env.DISPLAY) && !process.env.HEADLESS;
if (!headed) console.log('demo: no DISPLAY is set, so Chromium runs headless; look at the screenshots below instead of a window.');

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'gardefou-demo-'));
const stopAll = async (context) => {
  await context?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
  await server?.stop();
};

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !headed,
    // A headed Chromium that refuses the extension opens a modal error dialog and never reports ready.
    timeout: 30_000,
    // Our own Ctrl+C handler closes the browser, removes the profile and stops the server.
    handleSIGINT: false,
    handleSIGTERM: false,
    ignoreHTTPSErrors: true,
    viewport: headed ? null : { width: 1280, height: 900 },
    // The three sites resolve to the fixture server, its self-signed certificate is accepted (as in the end-to-end tests).
    args: extensionChromiumArgs({ extensionDir: EXTENSION_DIR, port: PORT }),
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const blank = context.pages()[0];
  for (const demo of DEMO_PAGES) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    if (demo.open) await demo.open(page);
    const editable = page.locator(`[data-fixture-box="${demo.box}"]`).locator('textarea, [contenteditable="true"]').first();
    await editable.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(SAMPLE_DRAFT);
    await editable.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const path = join(SCREENSHOT_DIR, `${demo.name}.png`);
    await page.screenshot({ path });
    console.log(`demo: ${demo.name}: typed the draft into ${demo.url} → ${path}`);
  }
  await blank?.close();
} catch (error) {
  await stopAll(context);
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  fail(
    `the browser part failed: ${reason}\n` +
      `If Chromium never came up, it probably refused the extension at ${EXTENSION_DIR}: open chrome://extensions in a ` +
      'normal Chromium with "Load unpacked" to read the error.',
  );
}

if (headed) {
  console.log('demo: the browser stays open; press Ctrl+C here to close it and stop the fixture server.');
  await new Promise((resolveWait) => {
    process.once('SIGINT', resolveWait);
    process.once('SIGTERM', resolveWait);
    context.once('close', resolveWait);
  });
}
await stopAll(context);
console.log('demo: done.');
