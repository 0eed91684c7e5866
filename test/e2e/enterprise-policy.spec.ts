// The enterprise policy path, end to end: a managed-policy file where Chromium reads it on Linux
// (/etc/chromium/policies/managed/*.json, `3rdparty.extensions.<id>`), a browser of its own, and the policy seen through
// storage.managed: the charter it carries, the mode it locks, the settings it locks, and a bad value reported.
//
// Writing there needs root (CI runs as root). Chromium reads every file of that directory, in every running Chromium of
// the machine, and re-reads it about five seconds after a change: so the test loads a copy of the extension under a
// manifest key made for this run only. Its id is then unique, and no other test's browser (another engineer's run, the
// shared worker browser) can pick up this policy. The committed key and its id are checked in pinned-extension-id.test.ts.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { EXTENSION_DIR, boxSendButton, expect, focusBoxEnd, launchExtensionBrowser, openFixture, openOverlayForTests, sentMessages, test } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const brandtruc = JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')) as Record<string, unknown>;
const POLICY_CHARTER = JSON.stringify({ ...brandtruc, brand: { ...(brandtruc.brand as object), name: 'Brandtruc (policy)' } });

function canWritePolicies(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chrome's id for a public key: SHA-256 of the DER key, first 32 hex digits mapped 0-f → a-p. */
function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A copy of the built extension under a key made for this run; only the public half is written, the private one is dropped. */
function extensionWithFreshKey(): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gardefou-policy-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.key = der.toString('base64');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, id: extensionIdOf(der) };
}

function writePolicy(file: string, id: string, values: Record<string, unknown>): void {
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }, null, 2));
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isExtension) ?? (await context.waitForEvent('serviceworker', { predicate: isExtension, timeout: 10_000 }));
}

test.describe('enterprise policy', () => {
  test.skip(!canWritePolicies(), `needs root to write ${POLICY_DIR} (CI runs as root)`);
  test.setTimeout(90_000);

  test('Chromium hands the policy to storage.managed: charter, locked junior mode, locked settings, then a bad value reported', async () => {
    const extension = extensionWithFreshKey();
    const policyFile = join(POLICY_DIR, `gardefou-test-${extension.id}.json`);
    writePolicy(policyFile, extension.id, { charterJson: POLICY_CHARTER, lockedMode: 'junior', lockSettings: true });
    const browser = await launchExtensionBrowser({ extensionDir: extension.dir });
    try {
      const worker = await extensionWorker(browser.context);
      expect(new URL(worker.url()).host).toBe(extension.id);
      // This browser is launched outside the shared fixture: open the (closed) overlay to the test as the harness does.
      await openOverlayForTests(worker, true);
      // What Chromium published for the extension: the policy, read through the same storage.managed as in production.
      expect(await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get())).toEqual({
        charterJson: POLICY_CHARTER,
        lockedMode: 'junior',
        lockSettings: true,
      });

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${extension.id}/options.html#distribution`);
      await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc (policy)');
      await expect(options.getByTestId('charter-sources').locator('[data-in-force="true"]')).toHaveAttribute('data-source', 'policy-json');
      await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-origin', 'policy');
      await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'junior');
      await expect(options.getByTestId('mode-locked')).toHaveAttribute('data-lock', 'policy-locks-settings');
      await expect(options.getByTestId('mode-locked')).toContainText(/organisation/);
      await expect(options.getByTestId('charter-url-input')).toBeDisabled();
      await expect(options.getByTestId('unlock-pin')).toHaveCount(0);
      await expect(options.getByTestId('policy-summary')).toContainText('Junior');
      await options.screenshot({ path: 'test-results/screenshots/options-policy-locked.png', fullPage: true });

      // The locked junior mode holds back an error-level reply on the page.
      const page = await openFixture(browser.context, 'facebook');
      await page.evaluate(() => window.__fixture.setText('fb-reply-c101', 'Nous vous remboursons demain sans faute.'));
      await focusBoxEnd(page, 'fb-reply-c101');
      await expect(page.locator('gardefou-overlay .badge[data-mode="junior"]')).toBeVisible();
      await page.keyboard.press('Enter');
      await boxSendButton(page, 'fb-reply-c101').click();
      await expect(page.locator('gardefou-overlay [data-testid="send-block"]')).toBeVisible();
      expect(await sentMessages(page)).toEqual([]);

      // The administrator pushes a bad value; Chromium re-reads the file, the policy change reaches Gardefou, the page says so.
      writePolicy(policyFile, extension.id, { charterJson: '{"schemaVersion": 1, oops', lockedMode: 'boss' });
      await expect(options.getByTestId('charter-problem-failures')).toContainText('boss', { timeout: 30_000 });
      await expect(options.getByTestId('charter-problem-failures')).toContainText('charterJson');
      await expect(options.getByTestId('policy-problems')).toContainText('boss');
      // The last good charter stays; the bad mode is ignored, so the charter's own default (normal) applies again.
      await expect(options.getByTestId('charter-name')).toHaveText('Brandtruc (policy)');
      await expect(options.getByTestId('mode-switch')).toHaveAttribute('data-mode', 'normal');
      await options.screenshot({ path: 'test-results/screenshots/options-policy-bad-value.png', fullPage: true });
    } finally {
      rmSync(policyFile, { force: true });
      await browser.close();
      rmSync(extension.dir, { recursive: true, force: true });
    }
  });
});
