// A stubbed fetch for the charter URL tests: answers per URL, records every request's conditional headers.
import type { RefreshDeps } from '../../../lib/background/charter-sources/refresh-charter';
import { readManagedStorage } from '../../../lib/background/policy/managed-storage';

export type StubAnswer = Response | 'network-error' | 'hang' | ((request: RecordedRequest) => Response);

export interface RecordedRequest {
  url: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
}

export interface CharterServerStub {
  answers: Map<string, StubAnswer>;
  requests: RecordedRequest[];
  deps(overrides?: Partial<RefreshDeps>): RefreshDeps;
}

export function charterServerStub(now = () => new Date('2026-12-01T09:00:00.000Z')): CharterServerStub {
  const answers = new Map<string, StubAnswer>();
  const requests: RecordedRequest[] = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    const request = { url, ifNoneMatch: headers.get('if-none-match'), ifModifiedSince: headers.get('if-modified-since') };
    requests.push(request);
    const answer = answers.get(url);
    if (answer === undefined) return new Response('not found', { status: 404 });
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      // Never answers: only the caller's AbortController ends it, as a real stalled server would.
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
      );
    }
    return typeof answer === 'function' ? answer(request) : answer.clone();
  };
  return {
    answers,
    requests,
    deps: (overrides = {}) => ({
      fetch: fetchStub as typeof fetch,
      timeoutMs: 200,
      maxBytes: 2 * 1024 * 1024,
      originGranted: async () => false,
      now,
      readManagedPolicy: readManagedStorage,
      ...overrides,
    }),
  };
}

export function jsonResponse(body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
}
