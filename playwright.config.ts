// End-to-end tests: one persistent Chromium with the built extension per worker, fixture pages served over HTTPS under the real host names.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// 8443 unless it is taken by another program (then a free port, said once): set here, before the workers start, so the
// harness maps the sites' host names to the same port the webServer listens on.
process.env.FIXTURE_HTTPS_PORT ||= execFileSync(process.execPath, ['test/fixtures/fixture-port.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const fixturePort = Number(process.env.FIXTURE_HTTPS_PORT);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: /.*\.spec\.ts/,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  // One browser with the extension, reused by every test of a worker (gotcha: extensions need a persistent context).
  workers: 1,
  retries: 0,
  outputDir: 'test-results/artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: { trace: 'off' },
  webServer: {
    command: 'node test/fixtures/build.mjs && node test/fixtures/server.mjs',
    url: `https://127.0.0.1:${fixturePort}/health`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: true,
    timeout: 60_000,
    env: { FIXTURE_HTTPS_PORT: String(fixturePort) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
