#!/usr/bin/env node
// Runs the bundled CLI (dist/cli/gardefou.mjs, built by scripts/build-cli.mjs at install and with the extension), which
// starts in a fraction of the time TypeScript through tsx takes. When a source file is newer than the bundle (or there is
// no bundle yet), it is rebuilt first, so `npx gardefou` always runs this checkout's engine; without esbuild it falls
// back to the TypeScript sources through tsx, and says so.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/cli/gardefou.mjs');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function isCurrent() {
  const built = mtime(bundle);
  if (built === null) return false;
  try {
    const { inputs } = JSON.parse(readFileSync(join(root, 'dist/cli/inputs.json'), 'utf8'));
    // A deleted source counts as a change too.
    return inputs.every((p) => {
      const m = mtime(join(root, p));
      return m !== null && m <= built;
    });
  } catch {
    return false;
  }
}

let main;
if (!isCurrent()) {
  try {
    const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-cli.mjs')).href);
    await buildCli({ quiet: true });
  } catch (e) {
    process.stderr.write(`gardefou: the bundled CLI could not be built (${e.message.split('\n')[0]}); running the TypeScript sources through tsx, which starts slower. Run \`node scripts/build-cli.mjs\` to see why.\n`);
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../cli/main.ts'));
  }
}
if (!main) ({ main } = await import(pathToFileURL(bundle).href));
process.exitCode = await main(process.argv.slice(2));
