// The manager PIN is kept only as a salted PBKDF2 hash (WebCrypto): enough to check a PIN, never enough to show it.
// Works the same in the service worker, the extension pages, the content script and Node (unit tests).

export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Random per PIN, base64. */
  salt: string;
  /** 256-bit derived key, base64. */
  hash: string;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; a check takes a fraction of a second, a guessing attack much longer. */
export const PIN_ITERATIONS = 600_000;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 64;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export function isAcceptablePin(pin: string): boolean {
  const length = [...pin].length;
  return pin.trim() === pin && length >= PIN_MIN_LENGTH && length <= PIN_MAX_LENGTH;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)) };
}

/** Compares every byte whatever the first difference, so the time taken says nothing about how close a guess was. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index] ^ b[index];
  return difference === 0;
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (typeof pin !== 'string' || pin === '' || record.algorithm !== 'PBKDF2-SHA-256') return false;
  try {
    return sameBytes(await derive(pin, fromBase64(record.salt), record.iterations), fromBase64(record.hash));
  } catch {
    return false;
  }
}
