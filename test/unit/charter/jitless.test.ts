// The extension pages' CSP forbids building code from text. zod decides when it builds an object schema whether to
// compile a fast parser with `new Function`, so `z.config({ jitless: true })` must run before the first schema is built,
// whichever module builds it. This test loads the compiler fresh, with Function watched, and compiles the demo charter.
import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';

const original = globalThis.Function;
afterEach(() => {
  globalThis.Function = original;
});

it('parsing and compiling a charter never builds a function from text', async () => {
  let built = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      built++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      built++;
      return Reflect.apply(target, self, args);
    },
  });
  vi.resetModules();
  const { compileCharter } = await import('../../../lib/core/charter/compile');
  const result = compileCharter(JSON.parse(readFileSync('charters/brandtruc.json', 'utf8')));
  expect(result.ok).toBe(true);
  expect(built).toBe(0);
});
