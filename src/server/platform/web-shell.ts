import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** What scripts/write-route-preloads.mjs wrote at build time: a page's files beyond the entry. */
type RoutePreload = { pattern: string; scripts: string[]; styles: string[] };

type Rendered = { html: Buffer; br: Buffer; gzip: Buffer; etag: string };

/** `/w/$workspaceId/routine` -> a test of a pathname (a `$name` segment is any one segment). */
function compilePattern(pattern: string): RegExp {
  const segments = pattern
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment.startsWith('$') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^/${segments.join('/')}/?$`);
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The links that let a page's chunks download beside the entry, before it has run. At the
 * default priority: at `fetchpriority="low"` Chrome held them back and the page's own import()
 * waited on them (routine: chunks done at 6.0 s instead of 2.1 s unthrottled, LCP later).
 */
export function preloadLinks(preload: Pick<RoutePreload, 'scripts' | 'styles'>): string {
  return [
    ...preload.styles.map((href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}">`),
    ...preload.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}">`),
  ].join('\n    ');
}

/**
 * The single-page app's index.html for any app address, with the address's page named in it
 * (modulepreload of its chunks, preload of its stylesheets). Without route-preloads.json (an old
 * build) every address gets the plain page. Each variant is compressed once, on first use.
 */
export function createWebShell(webRoot: string) {
  const page = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const preloadsFile = path.join(webRoot, 'route-preloads.json');
  const routes = existsSync(preloadsFile)
    ? (JSON.parse(readFileSync(preloadsFile, 'utf8')) as RoutePreload[]).map((route) => ({
        ...route,
        test: compilePattern(route.pattern),
      }))
    : [];
  const rendered = new Map<string, Rendered>();

  function render(route: RoutePreload | undefined): Rendered {
    const key = route?.pattern ?? '';
    const known = rendered.get(key);
    if (known) return known;
    const text = route ? page.replace('</head>', `  ${preloadLinks(route)}\n  </head>`) : page;
    const html = Buffer.from(text);
    const result = {
      html,
      br: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(html, { level: 9 }),
      etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`,
    };
    rendered.set(key, result);
    return result;
  }

  return {
    /** The page for `pathname`, as index.html plus its preloads (undefined when none apply). */
    routeFor: (pathname: string) => routes.find((route) => route.test.test(pathname)),

    send(request: FastifyRequest, reply: FastifyReply) {
      const pathname = request.url.split('?')[0] ?? '/';
      const variant = render(routes.find((route) => route.test.test(pathname)));
      reply
        .header('content-type', 'text/html; charset=utf-8')
        // It names the current build's assets: always ask whether it changed.
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding')
        .header('etag', variant.etag);
      if (request.headers['if-none-match'] === variant.etag) return reply.status(304).send();
      const accepted = String(request.headers['accept-encoding'] ?? '');
      if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(variant.br);
      if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(variant.gzip);
      return reply.send(variant.html);
    },
  };
}

export type WebShell = ReturnType<typeof createWebShell>;
