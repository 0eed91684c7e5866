// The manifest key pins the Chrome extension id that an enterprise policy names (3rdparty.extensions.<id>).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Chrome's rule: the first 128 bits of SHA-256 of the public key (DER), each hex digit mapped 0-f → a-p. */
function extensionIdOf(publicKeyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe('wxt.config.ts manifest key', () => {
  const config = readFileSync('wxt.config.ts', 'utf8');
  const key = /CHROME_PUBLIC_KEY =\s*'([A-Za-z0-9+/=]+)'/.exec(config)?.[1] ?? '';

  it('is a public key only, and gives the id the comment documents', () => {
    expect(key.startsWith('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A')).toBe(true);
    expect(config).not.toMatch(/PRIVATE KEY/);
    expect(extensionIdOf(key)).toBe('ldgedkbjdhpfkhabjcfpghcdkoafcdal');
    expect(config).toContain('ldgedkbjdhpfkhabjcfpghcdkoafcdal');
  });

  it('declares the managed-storage schema Chrome requires: an object without additionalProperties', () => {
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as { type: string; properties: Record<string, { type: string }>; additionalProperties?: unknown };
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.fromEntries(Object.entries(schema.properties).map(([name, value]) => [name, value.type]))).toEqual({
      charterUrl: 'string',
      charterJson: 'string',
      lockedMode: 'string',
      lockSettings: 'boolean',
    });
  });
});
