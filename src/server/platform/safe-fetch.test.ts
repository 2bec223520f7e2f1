import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedIpv4, isAddressAllowed, parseNetworkAllowList } from './network-address.js';
import { BlockedAddressError, createSafeFetch, FetchTimeoutError } from './safe-fetch.js';

const nothingAllowed = parseNetworkAllowList('');

describe('isAddressAllowed', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    '2002:c0a8:0101::1',
    '::127.0.0.1',
  ])('refuses %s', (address) => {
    expect(isAddressAllowed(address, nothingAllowed)).toBe(false);
  });

  it.each([
    '93.184.216.34',
    '1.1.1.1',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
  ])('allows the public address %s', (address) => {
    expect(isAddressAllowed(address, nothingAllowed)).toBe(true);
  });

  it('refuses what is not an address', () => {
    expect(isAddressAllowed('localhost', nothingAllowed)).toBe(false);
  });

  it('lets a self-hoster allow their own ranges, and only those', () => {
    const own = parseNetworkAllowList('192.168.1.0/24, fd00::/8');
    expect(isAddressAllowed('192.168.1.7', own)).toBe(true);
    expect(isAddressAllowed('::ffff:192.168.1.7', own)).toBe(true);
    expect(isAddressAllowed('fd00::5', own)).toBe(true);
    expect(isAddressAllowed('192.168.2.7', own)).toBe(false);
    expect(isAddressAllowed('127.0.0.1', own)).toBe(false);
    expect(isAddressAllowed('10.0.0.1', parseNetworkAllowList('all'))).toBe(true);
  });

  it('says which entry of the setting is wrong', () => {
    expect(() => parseNetworkAllowList('10.0.0.0/8,intranet')).toThrow(/"intranet"/);
    expect(() => parseNetworkAllowList('10.0.0.0/40')).toThrow(/10.0.0.0\/40/);
  });

  it('reads the IPv4 address inside IPv6 forms', () => {
    expect(embeddedIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('64:ff9b::a00:1')).toBe('10.0.0.1');
    expect(embeddedIpv4('2002:a9fe:a9fe::')).toBe('169.254.169.254');
    expect(embeddedIpv4('2606:4700::1')).toBeNull();
  });
});

describe('createSafeFetch', () => {
  let server: Server;
  let port: number;
  const seen: { path: string; authorization?: string; method?: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({
        path: request.url ?? '',
        authorization: request.headers.authorization,
        method: request.method,
      });
      if (request.url === '/hello') return response.end('hello');
      if (request.url === '/to-other-loopback')
        return response.writeHead(302, { location: `http://127.0.0.2:${port}/hello` }).end();
      if (request.url === '/to-named-host')
        return response.writeHead(302, { location: `http://other.example:${port}/hello` }).end();
      if (request.url === '/see-other') return response.writeHead(303, { location: '/hello' }).end();
      if (request.url === '/slow') return; // never answers
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses loopback by default, whether written as an address or a name', async () => {
    const safeFetch = createSafeFetch();
    await expect(safeFetch(`http://127.0.0.1:${port}/hello`)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(safeFetch(`http://[::1]:${port}/hello`)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(safeFetch(`http://[::ffff:127.0.0.1]:${port}/hello`)).rejects.toBeInstanceOf(
      BlockedAddressError,
    );
    await expect(safeFetch(`http://localhost:${port}/hello`)).rejects.toBeInstanceOf(BlockedAddressError);
  });

  it('checks the address DNS answers, not the name', async () => {
    const rebinding = createSafeFetch({
      lookup: ((_host: string, _options: unknown, callback: (...args: unknown[]) => void) =>
        callback(null, [{ address: '::ffff:127.0.0.1', family: 6 }])) as never,
    });
    await expect(rebinding(`http://innocent.example:${port}/hello`)).rejects.toBeInstanceOf(
      BlockedAddressError,
    );
  });

  it('reaches an allowed private network, and refuses a redirect out of it', async () => {
    const safeFetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.1/32') });
    const response = await safeFetch(`http://127.0.0.1:${port}/hello`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('hello');
    await expect(safeFetch(`http://127.0.0.1:${port}/to-other-loopback`)).rejects.toBeInstanceOf(
      BlockedAddressError,
    );
  });

  it('re-checks a redirect to a name that resolves to a refused address', async () => {
    const safeFetch = createSafeFetch({
      allowList: parseNetworkAllowList('127.0.0.1/32'),
      lookup: ((_host: string, _options: unknown, callback: (...args: unknown[]) => void) =>
        callback(null, [{ address: '10.0.0.8', family: 4 }])) as never,
    });
    await expect(safeFetch(`http://127.0.0.1:${port}/to-named-host`)).rejects.toBeInstanceOf(
      BlockedAddressError,
    );
  });

  it('follows a 303 as a GET and keeps the token on the same origin only', async () => {
    const safeFetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8') });
    seen.length = 0;
    const response = await safeFetch(`http://127.0.0.1:${port}/see-other`, {
      method: 'POST',
      body: 'x',
      headers: { authorization: 'Bearer secret' },
    });
    expect(await response.text()).toBe('hello');
    expect(seen).toEqual([
      { path: '/see-other', authorization: 'Bearer secret', method: 'POST' },
      { path: '/hello', authorization: 'Bearer secret', method: 'GET' },
    ]);
    seen.length = 0;
    const toNamedHost = createSafeFetch({
      allowList: parseNetworkAllowList('127.0.0.0/8'),
      lookup: ((_host: string, _options: unknown, callback: (...args: unknown[]) => void) =>
        callback(null, [{ address: '127.0.0.1', family: 4 }])) as never,
    });
    await toNamedHost(`http://127.0.0.1:${port}/to-named-host`, {
      headers: { authorization: 'Bearer secret' },
    });
    expect(seen[1]).toEqual({ path: '/hello', authorization: undefined, method: 'GET' });
  });

  it('gives up after its deadline', async () => {
    const safeFetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.1') });
    const started = Date.now();
    await expect(safeFetch(`http://127.0.0.1:${port}/slow`, { timeoutMs: 200 })).rejects.toBeInstanceOf(
      FetchTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(createSafeFetch()('file:///etc/passwd')).rejects.toThrow(/Only http and https/);
  });
});
