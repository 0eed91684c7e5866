// "Loading the charter" rather than "no charter" while the first charter is on its way; "no charter" once it is clear.
import { describe, expect, it } from 'vitest';
import { charterIsLoading } from '../../../lib/extension-pages/common/use-charter-loading';

describe('charterIsLoading', () => {
  it('is loading until the store was read, and while an empty store may still be filled', () => {
    expect(charterIsLoading({ loaded: false, present: false, failed: false }, false)).toBe(true);
    expect(charterIsLoading({ loaded: true, present: false, failed: false }, false)).toBe(true);
  });

  it('stops loading once a charter is there, a load failed, or the grace period is over', () => {
    expect(charterIsLoading({ loaded: true, present: true, failed: false }, false)).toBe(false);
    expect(charterIsLoading({ loaded: true, present: false, failed: true }, false)).toBe(false);
    expect(charterIsLoading({ loaded: true, present: false, failed: false }, true)).toBe(false);
  });
});
