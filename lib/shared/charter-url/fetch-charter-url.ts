// Fetches a charter from a URL: conditional request (ETag / Last-Modified), a time limit, a size limit, JSON or a reason.
// Pure apart from the injected fetch, so every failure path is unit-tested with a stub.
import type { CharterFailure } from '../storage/charter-failure';

/** What the last successful answer from this URL carried, sent back so an unchanged charter costs a 304. */
export interface UrlValidators {
  url: string;
  etag?: string;
  lastModified?: string;
}

export interface CharterFetchOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  /** Whether the extension holds a host permission for the URL's origin (only used to word a network failure). */
  originGranted(url: string): Promise<boolean>;
}

export type CharterFetchOutcome =
  | { kind: 'changed'; text: string; validators: UrlValidators }
  | { kind: 'not-modified' }
  | { kind: 'failed'; failure: CharterFailure; detail?: string };

export const CHARTER_FETCH_TIMEOUT_MS = 15_000;
/** The same limit as a charter file picked in the options page. */
export const MAX_CHARTER_URL_BYTES = 2 * 1024 * 1024;

/** Plain HTTP only on this machine (tests, a manager trying a file out): anywhere else the charter could be swapped in transit. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** HTTPS, or HTTP to the machine itself. */
export function isSecureCharterUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** A charter URL Gardefou may fetch (see isSecureCharterUrl), or null. */
export function parseHttpUrl(value: string): URL | null {
  const url = parseAnyHttpUrl(value);
  return url && isSecureCharterUrl(url) ? url : null;
}

function parseAnyHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

class TooLargeError extends Error {}

/** Reads the body while counting bytes, so a huge answer is cut off instead of filling memory. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLargeError();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: some stream implementations settle a cancel only once the source is drained.
      void reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export async function fetchCharterUrl(
  address: string,
  validators: UrlValidators | null,
  options: CharterFetchOptions,
): Promise<CharterFetchOutcome> {
  const any = parseAnyHttpUrl(address);
  if (!any) return { kind: 'failed', failure: { kind: 'bad-url' } };
  if (!isSecureCharterUrl(any)) return { kind: 'failed', failure: { kind: 'insecure-url' } };
  const url = any;
  const conditional = validators?.url === url.href ? validators : null;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (conditional?.etag) headers['If-None-Match'] = conditional.etag;
  if (conditional?.lastModified) headers['If-Modified-Since'] = conditional.lastModified;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const timeout: CharterFailure = { kind: 'timeout', seconds: Math.round(options.timeoutMs / 1000) };
  try {
    let response: Response;
    try {
      // no-store: the browser's cache must not answer for the server; the conditional headers above are ours.
      response = await options.fetch(url.href, { headers, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    } catch (error) {
      if (isAbort(error)) return { kind: 'failed', failure: timeout };
      return {
        kind: 'failed',
        failure: { kind: 'network', originGranted: await options.originGranted(url.href).catch(() => false) },
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    // Redirects were followed by the browser: where they ended must pass the same test as the address itself.
    if (response.redirected || (response.url && response.url !== url.href)) {
      const landed = response.url ? parseAnyHttpUrl(response.url) : null;
      if (response.url && (!landed || !isSecureCharterUrl(landed))) {
        void response.body?.cancel().catch(() => undefined);
        return { kind: 'failed', failure: { kind: 'insecure-redirect', to: landed?.origin ?? response.url.split(':')[0] } };
      }
    }
    if (response.status === 304 && conditional) return { kind: 'not-modified' };
    if (!response.ok) return { kind: 'failed', failure: { kind: 'http-status', status: response.status } };
    let text: string;
    try {
      text = await readLimited(response, options.maxBytes);
    } catch (error) {
      if (error instanceof TooLargeError) return { kind: 'failed', failure: { kind: 'too-large', limitKb: Math.round(options.maxBytes / 1024) } };
      if (isAbort(error)) return { kind: 'failed', failure: timeout };
      return { kind: 'failed', failure: { kind: 'network', originGranted: true }, detail: error instanceof Error ? error.message : String(error) };
    }
    try {
      JSON.parse(text);
    } catch (error) {
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
      return { kind: 'failed', failure: { kind: 'not-json', contentType }, detail: error instanceof Error ? error.message : String(error) };
    }
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { kind: 'changed', text, validators: { url: url.href, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) } };
  } finally {
    clearTimeout(timer);
  }
}
