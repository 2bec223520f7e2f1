import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, UnexpectedStatusError } from './http-client.js';

// Served in two writes that split "é" (0xC3 0xA9) between them.
const body = Buffer.from(JSON.stringify({ excerpt: 'Café 🎉', list: [1, 2, 3] }));
const splitAt = body.indexOf(0xa9);
let server: http.Server;
let baseUrl: string;
const seenCookies: (string | undefined)[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    seenCookies.push(request.headers.cookie);
    if (request.url === '/missing') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"title":"Not found"}');
      return;
    }
    if (request.url === '/broken') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"cut":');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write(body.subarray(0, splitAt));
    setTimeout(() => response.end(body.subarray(splitAt)), 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the benchmarks’ HTTP client', () => {
  it('reads the whole body, decodes characters split across chunks, parses it, sends the headers', async () => {
    const client = createHttpClient(baseUrl, { cookie: 'session=abc' });
    try {
      expect(await client.getJson('/grid')).toEqual({ excerpt: 'Café 🎉', list: [1, 2, 3] });
      // The same kept-alive connection serves the next request.
      expect(await client.getJson('/grid')).toEqual({ excerpt: 'Café 🎉', list: [1, 2, 3] });
      expect(seenCookies.slice(-2)).toEqual(['session=abc', 'session=abc']);
    } finally {
      client.close();
    }
  });

  it('fails on an answer other than 200, and on a body that is not JSON', async () => {
    const client = createHttpClient(baseUrl, {});
    try {
      const refused = client.getJson('/missing');
      await expect(refused).rejects.toBeInstanceOf(UnexpectedStatusError);
      await expect(refused).rejects.toThrow('GET /missing answered 404: {"title":"Not found"}');
      await expect(client.getJson('/broken')).rejects.toThrow(SyntaxError);
    } finally {
      client.close();
    }
  });
});
