// A charter server for the distribution tests: plain HTTP on a free port of 127.0.0.1, with the CORS headers a manager's
// server needs when Gardefou has no host permission (a conditional request is preflighted), ETag / 304, and a log.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CharterAnswer {
  status: number;
  body: string;
  contentType?: string;
  etag?: string;
}

export interface ServedRequest {
  method: string;
  ifNoneMatch: string | null;
}

export interface CharterServer {
  url: string;
  answer: CharterAnswer;
  requests: ServedRequest[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since, Accept',
  'access-control-expose-headers': 'ETag, Last-Modified',
};

export async function startCharterServer(initial: CharterAnswer): Promise<CharterServer> {
  const state: CharterServer = { url: '', answer: initial, requests: [], close: async () => undefined };
  const server: Server = createServer((request, response) => {
    const ifNoneMatch = (request.headers['if-none-match'] as string | undefined) ?? null;
    state.requests.push({ method: request.method ?? '', ifNoneMatch });
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    const { status, body, contentType = 'application/json', etag } = state.answer;
    if (status === 200 && etag && ifNoneMatch === etag) {
      response.writeHead(304, { ...CORS, etag }).end();
      return;
    }
    response.writeHead(status, { ...CORS, 'content-type': contentType, 'cache-control': 'no-cache', ...(etag ? { etag } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/charte-brandtruc.json`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
