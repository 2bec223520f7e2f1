import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type PageAnswers, pageAnswersElement } from './page-data-answers.js';

/** What scripts/write-route-preloads.mjs wrote at build time: a page's files beyond the entry. */
type RoutePreload = {
  pattern: string;
  scripts: string[];
  styles: string[];
  /** Files the page loads at once on some screens only (the calendar's month grid on a wide one). */
  screens?: { media: string; scripts: string[]; styles: string[] }[];
};

type Rendered = { text: string; html: Buffer; br: Buffer; gzip: Buffer; etag: string };

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
export function preloadLinks(preload: Pick<RoutePreload, 'scripts' | 'styles' | 'screens'>): string {
  const links = (files: Pick<RoutePreload, 'scripts' | 'styles'>, media: string) => [
    ...files.styles.map(
      (href) => `<link rel="preload" as="style" crossorigin href="${attribute(href)}"${media}>`,
    ),
    ...files.scripts.map(
      (href) => `<link rel="modulepreload" crossorigin href="${attribute(href)}"${media}>`,
    ),
  ];
  // A link whose `media` does not match the screen is not fetched (Chromium, Firefox, Safari).
  return [
    ...links(preload, ''),
    ...(preload.screens ?? []).flatMap((screen) => links(screen, ` media="${attribute(screen.media)}"`)),
  ].join('\n    ');
}

type Language = 'fr' | 'en';

/**
 * The interface language a visitor's first page will load, as the web app chooses it
 * (src/web/app/i18n/index.ts): the choice made in the app (which it copies into the
 * `cadence.locale` cookie), else the browser's first French or English language, else English.
 */
export function chooseLanguage(
  cookieHeader: string | undefined,
  acceptLanguage: string | undefined,
): Language {
  const chosen = /(?:^|;\s*)cadence\.locale=(fr|en)(?:;|$)/.exec(cookieHeader ?? '')?.[1];
  if (chosen === 'fr' || chosen === 'en') return chosen;
  // The browser lists its languages in its order of preference (navigator.languages).
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const tag = entry.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Each language's strings chunk, as the build names them in index.html (`<meta name="cadence-catalogues">`). */
function readCatalogues(page: string): Partial<Record<Language, string>> {
  const content = /<meta name="cadence-catalogues" content="([^"]*)"/.exec(page)?.[1] ?? '';
  const files: Partial<Record<Language, string>> = {};
  for (const pair of content.split(' ')) {
    const [language, file] = pair.split('=');
    if ((language === 'fr' || language === 'en') && file?.startsWith('/assets/')) files[language] = file;
  }
  return files;
}

/** What scripts/write-first-views.tsx wrote: the loader's address and each page's first view, by route pattern. */
type FirstViews = { loader: string; views: Record<string, Partial<Record<Language, string>>> };

function readFirstViews(webRoot: string): FirstViews {
  const file = path.join(webRoot, 'first-views.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as FirstViews)
    : { loader: '', views: {} };
}

const entryScript = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
// The scripts' and stylesheets' preloads, not the session's (`/api/session`: data, wanted at once).
const codePreload = /\s*<link rel="(?:modulepreload|preload)"(?![^>]*href="\/api\/)[^>]*>/g;

/**
 * The page with a first view drawn in #root (between `<!--first-view-->` and `<!--/first-view-->`)
 * and its scripts asked for after that view is painted: the entry and its preloads move from
 * <head> into an inert <template>, which `loader` (src/web/boot/start-app.js) puts back after the
 * first frame. In <head> they were fetched beside the stylesheet and the first paint came after
 * them; Lighthouse's phone counted all of them before the first view.
 */
export function withFirstView(page: string, view: string, language: Language, loader: string): string {
  const entry = entryScript.exec(page);
  const marks = /<!--first-view-->[\s\S]*<!--\/first-view-->/;
  if (!entry || !loader || !marks.test(page)) return page;
  const links: string[] = [];
  const text = page
    .replace(entry[0], '')
    .replace(codePreload, (link) => {
      links.push(link.trim());
      return '';
    })
    .replace(/<html lang="[^"]*">/, `<html lang="${language}" data-mantine-color-scheme="light">`)
    .replace(marks, () => view);
  const start =
    `<template id="app-start" data-entry="${attribute(entry[1] ?? '')}">${links.join('')}</template>\n` +
    `    <script async src="${attribute(loader)}"></script>`;
  return text.replace('</body>', `  ${start}\n  </body>`);
}

/**
 * The single-page app's index.html for any app address, with the address's page named in it
 * (modulepreload of its chunks, preload of its stylesheets), and the visitor's language strings
 * (a modulepreload chosen by `chooseLanguage`: they arrive with the entry, at its priority, instead
 * of after an async script has asked for them). Without route-preloads.json (an old build) every
 * address gets the plain page. Each variant is compressed once, on first use.
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
  const catalogues = readCatalogues(page);
  const firstViews = readFirstViews(webRoot);
  const rendered = new Map<string, Rendered>();
  const languageOf = (request: FastifyRequest) =>
    chooseLanguage(request.headers.cookie, request.headers['accept-language']);

  function render(route: RoutePreload | undefined, language: Language): Rendered {
    const catalogue = catalogues[language];
    const key = `${route?.pattern ?? ''}|${language}|${catalogue ?? ''}`;
    const known = rendered.get(key);
    if (known) return known;
    const preload = {
      scripts: [...(catalogue ? [catalogue] : []), ...(route?.scripts ?? [])],
      styles: route?.styles ?? [],
      screens: route?.screens,
    };
    const links = preloadLinks(preload);
    const withLinks = links ? page.replace('</head>', `  ${links}\n  </head>`) : page;
    const firstView =
      route && Object.hasOwn(firstViews.views, route.pattern) ? firstViews.views[route.pattern] : undefined;
    const text = firstView?.[language]
      ? withFirstView(withLinks, firstView[language], language, firstViews.loader)
      : withLinks;
    const html = Buffer.from(text);
    const result = {
      text,
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

    /** The language the page will load: its answers are written in it (see `chooseLanguage`). */
    languageOf,

    /**
     * Sends the page for the request's address. `answers` (the signed-in visitor's first data,
     * see page-data-preloads.ts and page-data-answers.ts) are written into it: the app reads them
     * instead of asking the network. Such a page is the person's own: never answered 304, never
     * kept by a shared cache, compressed for this answer only (at a quality that costs ~1 ms).
     */
    send(request: FastifyRequest, reply: FastifyReply, answers: PageAnswers = new Map()) {
      const pathname = request.url.split('?')[0] ?? '/';
      const variant = render(
        routes.find((route) => route.test.test(pathname)),
        languageOf(request),
      );
      reply
        .header('content-type', 'text/html; charset=utf-8')
        // It names the current build's assets: always ask whether it changed.
        .header('cache-control', answers.size > 0 ? 'private, no-cache' : 'no-cache')
        // The language's strings it preloads follow the cookie, else the browser's languages.
        .header('vary', 'accept-encoding, accept-language, cookie');
      const accepted = String(request.headers['accept-encoding'] ?? '');
      if (answers.size > 0) {
        const html = Buffer.from(withAnswers(variant.text, answers));
        if (/\bbr\b/.test(accepted))
          return reply
            .header('content-encoding', 'br')
            .send(brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
        if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(html));
        return reply.send(html);
      }
      reply.header('etag', variant.etag);
      if (request.headers['if-none-match'] === variant.etag) return reply.status(304).send();
      if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(variant.br);
      if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(variant.gzip);
      return reply.send(variant.html);
    },
  };
}

export type WebShell = ReturnType<typeof createWebShell>;

/** index.html's preload of the session for every visitor, left out when the page carries it. */
const sessionPreload = /\s*(<!--[^>]*-->\s*)?<link rel="preload" href="\/api\/session"[^>]*>/;

/** The page with its answers written in, at the end of its body. */
export function withAnswers(page: string, answers: PageAnswers): string {
  const text = answers.has('/api/session') ? page.replace(sessionPreload, '') : page;
  const element = pageAnswersElement(answers);
  return text.includes('</body>') ? text.replace('</body>', `  ${element}\n  </body>`) : `${text}${element}`;
}
