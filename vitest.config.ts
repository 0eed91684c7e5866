import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: WXT's aliases and auto-imports, plus an in-memory fake `browser`.
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Node by default; a file opts into a DOM with a `// @vitest-environment happy-dom` first-line comment.
    environment: 'node',
    passWithNoTests: true,
  },
});
