// `npm test`'s Firefox stage: the main scenario in a real firefox-esr (test/firefox/*.test.ts), apart from the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    // One Firefox for the whole file; its launch, the add-on install and the charter load take a few seconds.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    fileParallelism: false,
  },
});
