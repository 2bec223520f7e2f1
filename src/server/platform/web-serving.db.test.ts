import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing/test-app.js';

// A miniature build: what `npm run build:web` leaves in dist/web, compressed copies included.
const webRoot = mkdtempSync(path.join(tmpdir(), 'cadence-web-'));
const page =
  '<!doctype html><html><head><title>Cadence</title><script src="/assets/index-abc123.js"></script></head></html>';
// What scripts/write-route-preloads.mjs writes: one page's chunks beyond the entry.
const routePreloads = [
  {
    pattern: '/w/$workspaceId/routine',
    scripts: ['/assets/routine-page-def456.js', '/assets/timegrid-789.js'],
    styles: ['/assets/routine-page-def456.css'],
  },
];
const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

let context: TestContext;
beforeAll(async () => {
  mkdirSync(path.join(webRoot, 'assets'));
  writeFileSync(path.join(webRoot, 'index.html'), page);
  writeFileSync(path.join(webRoot, 'index.html.gz'), gzipSync(page));
  writeFileSync(path.join(webRoot, 'route-preloads.json'), JSON.stringify(routePreloads));
  writeFileSync(path.join(webRoot, 'sw.js'), "self.addEventListener('fetch', () => undefined);");
  writeFileSync(path.join(webRoot, 'assets/index-abc123.js'), script);
  writeFileSync(path.join(webRoot, 'assets/index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(path.join(webRoot, 'assets/index-abc123.js.gz'), gzipSync(script));
  context = await createTestContext({ webRoot });
});
afterAll(async () => {
  await context.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('sends the compressed copy a browser accepts, and the plain file to others', async () => {
    const brotli = await context.app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(Number(brotli.headers['content-length'])).toBeLessThan(script.length / 10);

    const plain = await context.app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('caches hashed assets for a year but makes browsers revalidate the page that names them', async () => {
    const asset = await context.app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const index = await context.app.inject({ url: '/index.html' });
    expect(index.headers['cache-control']).toBe('no-cache');
    // A service worker kept an hour would go on serving the previous build's shell.
    const worker = await context.app.inject({ url: '/sw.js' });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers['cache-control']).toBe('no-cache');
  });

  it('answers any app path with the page (compressed, revalidated), and unknown API paths with a problem', async () => {
    const appPath = await context.app.inject({
      url: '/w/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d/time',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(appPath.statusCode).toBe(200);
    expect(appPath.headers['content-encoding']).toBe('gzip');
    expect(appPath.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(appPath.rawPayload).toString()).toBe(page);

    const api = await context.app.inject({ url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('names the chunks of the page at the address, so they download beside the entry', async () => {
    const routine = await context.app.inject({
      url: '/w/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d/routine?view=week',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(routine.statusCode).toBe(200);
    expect(routine.headers['content-encoding']).toBe('br');
    expect(routine.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = brotliDecompressSync(routine.rawPayload).toString();
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/routine-page-def456.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/timegrid-789.js">');
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/routine-page-def456.css">',
    );
    expect(html.indexOf('timegrid-789')).toBeLessThan(html.indexOf('</head>'));
    // The security headers every answer carries.
    expect(routine.headers['content-security-policy']).toContain("script-src 'self'");

    // Another page, or a path the pattern does not cover, gets the page as built.
    for (const url of ['/w/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d/routine/extra', '/sign-in']) {
      const other = await context.app.inject({ url });
      expect(other.body, url).toBe(page);
    }
  });

  it('answers a page the browser already holds with 304', async () => {
    const url = '/w/0b9e4d7a-2f0c-4d1e-9a55-0d6f0a1b2c3d/routine';
    const first = await context.app.inject({ url });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await context.app.inject({ url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
