// `npm run bench:paste`: the longest main-thread task of a 200,000-character paste on the fixture editors, in headless
// Chromium with and without the built extension, so Gardefou's share of the task can be read off. Prints figures only.
// Needs `npm run build` and `node test/fixtures/build.mjs` first.
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionChromiumArgs } from '../test/fixtures/chromium-args.mjs';
import { ensureFixtureServer } from '../test/fixtures/server-process.mjs';
import { boxEditable, openFixture, type FixtureName } from '../test/e2e/fixture-pages';

const PORT = Number(process.env.FIXTURE_HTTPS_PORT ?? 8443);
const EXTENSION_DIR = resolve(process.env.EXT_DIR ?? join(process.env.GARDEFOU_OUT_DIR || '.output', 'chrome-mv3'));
const PASTE_CHARS = 200_000;
/** Each paste is repeated on a fresh page; the median and the worst of the longest tasks are printed. */
const RUNS = Number(process.env.RUNS ?? 5);
/** The box each paste goes into; `insertText` where the editor has no paste handler (a real paste is then the browser's). */
const FIXTURES: Array<{ name: string; page: FixtureName; box: string; via: 'paste' | 'insertText' }> = [
  { name: 'Facebook (Lexical)', page: 'facebook', box: 'fb-comment-post1', via: 'paste' },
  { name: 'X reply (Draft.js)', page: 'x', box: 'x-inline-reply', via: 'paste' },
  { name: 'X DM (textarea)', page: 'x-dm', box: 'x-dm', via: 'insertText' },
  { name: 'LinkedIn (TipTap)', page: 'linkedin', box: 'li-comment-post1', via: 'paste' },
  { name: 'LinkedIn messaging (contenteditable)', page: 'linkedin-messaging', box: 'li-msg-thread', via: 'insertText' },
];
type Fixture = (typeof FIXTURES)[number];

/** Neutral prose with a line break every ~2,000 characters, as a pasted document has. */
function pastedDocument() {
  const sentence = 'Merci pour votre message, nous revenons vers vous avec une réponse complète. ';
  let text = '';
  let lineLength = 0;
  while (text.length < PASTE_CHARS) {
    if (lineLength >= 2_000) {
      text = `${text.trimEnd()}\n`;
      lineLength = 0;
    }
    text += sentence;
    lineLength += sentence.length;
  }
  return text.slice(0, PASTE_CHARS);
}

/** Longest task (ms, 0 when none went over 50 ms) and the number of such tasks while the editor takes the paste. */
async function measure(context: BrowserContext, fixture: Fixture, text: string): Promise<{ longest: number; count: number }> {
  const page = await openFixture(context, fixture.page);
  // Let the extension's idle warm-up finish, as it would while the CM reads the thread.
  await page.waitForTimeout(1500);
  const editable = boxEditable(page, fixture.box);
  await editable.click();
  const durations = await editable.evaluate(
    async (element, { text, via }) => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
      if (via === 'paste') {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      } else {
        document.execCommand('insertText', false, text);
      }
      await new Promise((done) => setTimeout(done, 1500));
      return tasks;
    },
    { text, via: fixture.via },
  );
  await page.close();
  return { longest: Math.max(0, ...durations), count: durations.length };
}

async function run(withExtension: boolean, text: string): Promise<Array<{ median: number; worst: number }>> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'gardefou-bench-paste-'));
  const args = extensionChromiumArgs({ extensionDir: EXTENSION_DIR, port: PORT });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: withExtension ? args : args.filter((arg) => !arg.includes('extension')),
  });
  try {
    const results = [];
    for (const fixture of FIXTURES) {
      const longest: number[] = [];
      for (let run = 0; run < RUNS; run++) longest.push((await measure(context, fixture, text)).longest);
      longest.sort((a, b) => a - b);
      results.push({ median: longest[Math.floor(longest.length / 2)], worst: longest[longest.length - 1] });
    }
    return results;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (or set EXT_DIR).`);
  process.exit(2);
}
const server = await ensureFixtureServer(PORT, { stdio: 'ignore' });
try {
  const text = pastedDocument();
  const without = await run(false, text);
  const withGardefou = await run(true, text);
  console.log(`paste of ${text.length.toLocaleString('en')} characters, ${RUNS} runs: longest main-thread task, median and worst (0 = none over 50 ms)`);
  FIXTURES.forEach((fixture, index) => {
    const a = without[index];
    const b = withGardefou[index];
    console.log(`${fixture.name}: without p50=${a.median.toFixed(0)}ms max=${a.worst.toFixed(0)}ms with p50=${b.median.toFixed(0)}ms max=${b.worst.toFixed(0)}ms`);
  });
} finally {
  await server.stop();
}
