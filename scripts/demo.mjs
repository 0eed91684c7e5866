// `npm start`: builds the extension and the fixture pages, serves them under the sites' real host names, opens Chromium with
// the extension, loads the Brandtruc charter, types a reply that breaks it into each reply box, opens one card, opens the popup
// on one box with its escalation path and a phrasing, inserts that phrasing, and saves a screenshot of each step.
// Headed when a display is available (the browser then stays open until Ctrl+C); headless otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionChromiumArgs } from '../test/fixtures/chromium-args.mjs';
import { pickFixturePort } from '../test/fixtures/fixture-port.mjs';
import { ensureFixtureServer } from '../test/fixtures/server-process.mjs';

const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? join(process.env.GARDEFOU_OUT_DIR || '.output', 'chrome-mv3'));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = resolve('test-results/demo');
/** Promises a refund and a date, stacks exclamation marks and emoji, and gives a phone number in public. */
const SAMPLE_DRAFT = 'On vous rembourse demain, c’est cadeau !!! Appelez Julie au 06 12 34 56 78 😀😀😀';
/** The approved phrasing the popup inserts on the Facebook complaint (charters/brandtruc.json). */
const PHRASING = 'FR 1.1';

// Where each tab answers an after-sales complaint; the first one also gets the card and the popup.
const DEMO_PAGES = [
  { name: 'facebook', url: 'https://www.facebook.com/', box: 'fb-reply-c101' },
  { name: 'x', url: 'https://x.com/brandtruc/status/1', box: 'x-inline-reply' },
  {
    name: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    open: (page) => page.locator('[componentkey="replaceableComment_urn:li:comment:(activity:7301,9101)"]').getByRole('button', { name: 'Reply', exact: true }).click(),
    box: 'li-reply-c9101',
  },
  { name: 'business-suite', url: 'https://business.facebook.com/latest/inbox/facebook', box: 'mbs-comment-reply' },
  { name: 'x-pro', url: 'https://pro.x.com/', box: 'xpro-column-reply' },
];

const shots = [];

function fail(message) {
  console.error(`\ndemo: ${message}`);
  process.exit(1);
}

function run(title, command, args, env = {}) {
  console.log(`demo: ${title}…`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${title} failed (see the output above). Fix it and run \`npm start\` again.`);
}

async function shoot(page, file, what, options = {}) {
  const path = join(SCREENSHOT_DIR, file);
  await page.screenshot({ path, ...options });
  shots.push({ path, what });
  console.log(`demo: ${what} → ${path}`);
}

// The same script `npm test` and CI use: installs whatever is missing (Chromium, its French UI, firefox-esr, fonts, openssl).
if (spawnSync('bash', ['scripts/install-system-packages.sh', '--check'], { stdio: 'ignore' }).status !== 0) {
  run('installing the missing Debian packages (scripts/install-system-packages.sh)', 'bash', ['scripts/install-system-packages.sh']);
}
run('building the extension (wxt build)', join('node_modules', '.bin', 'wxt'), ['build']);
run('building the fixture pages', process.execPath, ['test/fixtures/build.mjs']);
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) fail(`no built extension at ${EXTENSION_DIR}`);
if (!existsSync(CHROMIUM_PATH)) fail(`Chromium not found at ${CHROMIUM_PATH} (run \`sudo bash scripts/install-system-packages.sh\`, or set CHROMIUM_PATH)`);

const headed = Boolean(process.env.DISPLAY) && !process.env.HEADLESS;
if (!headed) console.log('demo: no DISPLAY is set, so Chromium runs headless; look at the screenshots below instead of a window.');

const port = await pickFixturePort();
let server;
try {
  server = await ensureFixtureServer(port);
  if (server.reused) console.log(`demo: reusing this checkout's fixture server on https://127.0.0.1:${port}`);
} catch (error) {
  fail(error.message);
}
const profile = mkdtempSync(join(tmpdir(), 'gardefou-demo-'));
const stopAll = async (context) => {
  await context?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
  await server?.stop();
};

/** The extension's service worker, once Chromium has started it. */
async function extensionWorker(context) {
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
}

/** Loads Brandtruc's charter through the background's own message, as the options page's "Load the demo charter" does. */
async function loadBrandtruc(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'gardefou:load-demo-charter' }));
  await page.close();
  if (!answer?.ok) throw new Error(`the demo charter was refused: ${JSON.stringify(answer)}`);
  console.log('demo: the Brandtruc charter is in force');
}

/** The browser's id for a tab, asked from the service worker once the tab is in front (tabs carry no URL without "tabs"). */
async function tabIdOf(worker, page) {
  await page.bringToFront();
  const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (typeof tab?.id !== 'number') throw new Error('no active tab');
  return tab.id;
}

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
    // The sites resolve to the fixture server, its self-signed certificate is accepted (as in the end-to-end tests).
    args: extensionChromiumArgs({ extensionDir: EXTENSION_DIR, port }),
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const blank = context.pages()[0];
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  await loadBrandtruc(context, extensionId);

  const tabs = [];
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
    await page.locator('gardefou-overlay .badge[data-count]:not([data-count="0"])').first().waitFor({ timeout: 10_000 });
    await shoot(page, `${demo.name}.png`, `${demo.name}: the breaking draft underlined, with its badge (count and worst severity)`);
    tabs.push({ demo, page });
  }

  // One card: the Facebook reply's badge, pinned; it lists every finding with its clause, then the SAV path.
  const { page: facebook } = tabs[0];
  await facebook.bringToFront();
  await facebook.locator('gardefou-overlay .badge[data-count]:not([data-count="0"])').first().click();
  await facebook.locator('gardefou-overlay .card[data-pinned]').waitFor();
  await shoot(facebook, 'facebook-card.png', 'facebook: the pinned card, findings with their clauses and the SAV path (team, channel, SLA)');
  await facebook.keyboard.press('Escape');

  // The popup on that box: the escalation path and the approved phrasing, then the phrasing inserted in place of the draft.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, facebook)}`);
  await popup.locator('[data-testid="path-card"][data-path="sav"]').waitFor();
  const frenchList = popup.getByTestId('phrasing-lang-fr');
  if ((await frenchList.count()) > 0 && !(await frenchList.isChecked())) await frenchList.check();
  await popup.locator(`[role="option"][data-phrasing="${PHRASING}"]`).click();
  await popup.getByTestId('phrasing-detail').waitFor();
  await shoot(popup, 'popup-path-phrasing.png', `popup at 380 × 600: the SAV path and the approved phrasing ${PHRASING}, ready to insert`);
  await shoot(popup, 'popup-path-phrasing-full.png', 'popup, whole page: path, phrasing, findings', { fullPage: true });
  await popup.getByTestId('insert-replace').click();
  await popup.locator('[data-testid="action-status"][data-status="inserted"]').waitFor();
  await shoot(popup, 'popup-inserted.png', 'popup after the insert: the re-check of the reply');
  await facebook.bringToFront();
  await facebook.waitForTimeout(300);
  await shoot(facebook, 'facebook-phrasing-inserted.png', `facebook: the reply box now holds ${PHRASING}, and the badge is clean`);
  if (!headed) await popup.close();
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

console.log(`\ndemo: ${shots.length} screenshots in ${SCREENSHOT_DIR}`);
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
