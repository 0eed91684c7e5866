import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charterJsonSchema } from '../../../lib/core/charter/json-schema';

describe('charters/charter.schema.json', () => {
  it('is current with the zod schema (regenerate with `npx tsx scripts/write-charter-schema.ts`)', () => {
    expect(JSON.parse(readFileSync('charters/charter.schema.json', 'utf8'))).toEqual(charterJsonSchema());
  });
});
