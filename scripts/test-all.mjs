// `npm test`: layering check, typecheck, unit tests, extension build, fixture build, end-to-end tests in Chromium, Firefox build, lint and
// end-to-end tests in Firefox; then one plain summary for CI readers.
// The very last line is always `N passed, N failed`; the exit code is non-zero if anything failed or a stage could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pickFixturePort } from '../test/fixtures/fixture-port.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const UNIT_REPORT = 'test-results/unit-report.json';
const E2E_REPORT = 'test-results/e2e-report.json';
const FIREFOX_REPORT = 'test-results/firefox-report.json';

/** Runs a command with live output; returns true when it exited 0. */
function run(title, command, args, env = {}) {
  console.log(`\n── ${title}: ${[command, ...args].join(' ')}`);
  if (!existsSync(command) && command.startsWith('node_modules')) {
    console.error(`${title}: ${command} is missing (run npm install)`);
    return false;
  }
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`${title}: could not start (${result.error.message})`);
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Stops before any stage: the summary line stays the last line, as CI readers expect. */
function stopAtOnce(line) {
  console.error(line);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// The browser stages need Debian packages (Chromium and its French UI, firefox-esr, emoji fonts, openssl). When one is missing,
// the script `npm start` uses installs it; when it cannot (no root, no password-less sudo, no network), stop now with the command.
const check = spawnSync('bash', ['scripts/install-system-packages.sh', '--check'], { encoding: 'utf8' });
if (check.status !== 0) {
  const missing = check.stdout.trim() || 'system packages';
  console.log(`── system packages: ${missing} missing, installing them (scripts/install-system-packages.sh)`);
  const installed = spawnSync('bash', ['scripts/install-system-packages.sh'], { stdio: 'inherit' });
  if (installed.status !== 0) stopAtOnce(`npm test needs ${missing}: run \`sudo bash scripts/install-system-packages.sh\`, then \`npm test\` again.`);
}

// One port for every stage (the browser tests, the Firefox scenario): 8443, or a free one when another program holds it.
process.env.FIXTURE_HTTPS_PORT = String(await pickFixturePort());
console.log(`── fixture server port: ${process.env.FIXTURE_HTTPS_PORT}`);

mkdirSync('test-results', { recursive: true });
rmSync(E2E_REPORT, { force: true });

const summary = [];
let passed = 0;
let failed = 0;
/** A stage that is not a test runner counts as one failure when it fails. */
const stage = (name, ok, detail = '') => {
  summary.push(`${name}: ${ok ? 'ok' : `FAILED${detail ? ` (${detail})` : ''}`}`);
  if (!ok) failed += 1;
};

// Imports only go down (core < shared < page | background | extension pages), and no cycle; the self-test plants an
// upward import and must see it reported.
const layersOk = run('layers', process.execPath, ['scripts/check-layers.mjs']);
const layersSelfTest = run('layers self-test', process.execPath, ['scripts/check-layers.mjs', '--self-test']);
stage('layers', layersOk && layersSelfTest, 'an upward import or a cycle, see above');

const typecheckRoot = run('typecheck', bin('tsc'), ['--noEmit']);
const typecheckFixtures = run('typecheck fixture pages', bin('tsc'), ['--noEmit', '-p', 'test/fixtures/pages/tsconfig.json']);
stage('typecheck', typecheckRoot && typecheckFixtures, 'tsc reported errors, see above');

/** Runs a vitest suite with a JSON report and adds its counts to the summary. */
function vitestStage(name, title, report, extraArgs = []) {
  rmSync(report, { force: true });
  run(title, bin('vitest'), ['run', ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  const result = readJson(report);
  if (!result) return stage(name, false, `vitest wrote no report to ${report}`);
  // A test file that fails to load counts as a failure even though it ran no test.
  const brokenFiles = result.success || result.numFailedTests > 0 ? 0 : Math.max(1, result.numFailedTestSuites);
  const suiteFailed = result.numFailedTests + brokenFiles;
  summary.push(`${name}: ${result.numPassedTests} passed, ${suiteFailed} failed`);
  passed += result.numPassedTests;
  failed += suiteFailed;
}

vitestStage('unit', 'unit tests', UNIT_REPORT);

const built = run('extension build', bin('wxt'), ['build']);
stage('build', built, 'wxt build failed, see above');
const fixturesBuilt = run('fixture build', process.execPath, ['test/fixtures/build.mjs']);
stage('fixtures', fixturesBuilt, 'esbuild failed, see above');

if (built && fixturesBuilt) {
  run('end-to-end tests', bin('playwright'), ['test']);
  const e2e = readJson(E2E_REPORT);
  if (e2e?.stats) {
    const { expected, unexpected, flaky = 0 } = e2e.stats;
    // Errors outside any test (a webServer that never came up, a broken spec file) leave no failed test behind.
    const outsideTests = (e2e.errors ?? []).length;
    const e2eFailed = unexpected + flaky + outsideTests;
    summary.push(`e2e: ${expected} passed, ${e2eFailed} failed`);
    passed += expected;
    failed += e2eFailed;
  } else {
    stage('e2e', false, `playwright wrote no report to ${E2E_REPORT}`);
  }
} else {
  stage('e2e', false, 'not run: the extension or the fixtures did not build');
}

// Firefox: the build, Mozilla's linter (errors fail, warnings are shown), then the main scenario in firefox-esr.
const outDir = process.env.GARDEFOU_OUT_DIR || '.output';
const firefoxBuilt = run('Firefox build', bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
stage('firefox build', firefoxBuilt, 'wxt build -b firefox failed, see above');
if (firefoxBuilt) {
  const linted = run('web-ext lint', bin('web-ext'), ['lint', '--source-dir', join(outDir, 'firefox-mv3'), '--self-hosted', '--boring']);
  stage('web-ext lint', linted, 'addons-linter reported errors, see above');
  if (fixturesBuilt) vitestStage('firefox', 'Firefox end-to-end (firefox-esr over WebDriver BiDi)', FIREFOX_REPORT, ['-c', 'test/firefox/vitest.config.ts']);
  else stage('firefox', false, 'not run: the fixtures did not build');
}

console.log('\n── summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
