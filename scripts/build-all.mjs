// `npm run test:e2e` first step: the extension (wxt build -> .output/chrome-mv3) and the fixture pages (test/fixtures/dist).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const steps = [
  ['extension', join('node_modules', '.bin', 'wxt'), ['build']],
  ['fixtures', process.execPath, ['test/fixtures/build.mjs']],
];
for (const [name, command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-all: the ${name} build failed${result.error ? ` (${result.error.message})` : ''}`);
    process.exit(1);
  }
}
