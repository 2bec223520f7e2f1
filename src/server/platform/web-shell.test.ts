import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseLanguage, createWebShell, withAnswers, withFirstView } from './web-shell.js';

describe('chooseLanguage', () => {
  it('follows the choice made in the app, then the browser, then English', () => {
    expect(chooseLanguage('theme=dark; cadence.locale=en', 'fr-FR,fr;q=0.9')).toBe('en');
    expect(chooseLanguage('cadence.locale=fr', 'en-GB')).toBe('fr');
    expect(chooseLanguage(undefined, 'de-DE,fr-CA;q=0.8,en;q=0.5')).toBe('fr');
    expect(chooseLanguage('', 'en-US,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(chooseLanguage(undefined, 'de-DE')).toBe('en');
    expect(chooseLanguage(undefined, undefined)).toBe('en');
  });

  it('ignores a cookie value that is not one of the two languages', () => {
    expect(chooseLanguage('cadence.locale=de', 'fr')).toBe('fr');
    expect(chooseLanguage('cadence.locale=fr"><script>', 'en')).toBe('en');
    expect(chooseLanguage('xcadence.locale=fr', 'en')).toBe('en');
  });
});

describe('the page for an address', () => {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'cadence-shell-'));
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));
  writeFileSync(
    path.join(webRoot, 'index.html'),
    '<html><head><meta name="cadence-catalogues" content="fr=/assets/fr-a1.js en=/assets/en-b2.js"></head></html>',
  );
  writeFileSync(
    path.join(webRoot, 'route-preloads.json'),
    JSON.stringify([
      { pattern: '/sign-in', scripts: ['/assets/sign-in-c3.js'], styles: [] },
      {
        pattern: '/w/$workspaceId/calendar',
        scripts: ['/assets/page-d4.js'],
        styles: [],
        screens: [
          {
            media: 'not all and (max-width: 40em)',
            scripts: ['/assets/grid-e5.js'],
            styles: ['/assets/grid-f6.css'],
          },
        ],
      },
    ]),
  );
  const shell = createWebShell(webRoot);

  function send(url: string, headers: Record<string, string>) {
    const sent: { headers: Record<string, string>; body?: unknown } = { headers: {} };
    const reply = {
      header(name: string, value: string) {
        sent.headers[name] = value;
        return reply;
      },
      status: () => reply,
      send(body: unknown) {
        sent.body = body;
        return reply;
      },
    };
    shell.send({ url, headers } as unknown as FastifyRequest, reply as unknown as FastifyReply);
    return { headers: sent.headers, html: String(sent.body) };
  }

  it("preloads the visitor's language strings beside the page's chunks, and says what it varies on", () => {
    const french = send('/sign-in', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(french.html).toContain('<link rel="modulepreload" crossorigin href="/assets/fr-a1.js">');
    expect(french.html).toContain('<link rel="modulepreload" crossorigin href="/assets/sign-in-c3.js">');
    expect(french.html).not.toContain('href="/assets/en-b2.js"');
    expect(french.headers.vary).toBe('accept-encoding, accept-language, cookie');

    const english = send('/w/some-id/unknown-page', { cookie: 'cadence.locale=en', 'accept-language': 'fr' });
    expect(english.html).toContain('<link rel="modulepreload" crossorigin href="/assets/en-b2.js">');
    expect(english.html).not.toContain('href="/assets/fr-a1.js"');
    expect(english.headers.etag).not.toBe(french.headers.etag);
  });

  it('names the files a page loads on some screens only with their media query', () => {
    const { html } = send('/w/some-id/calendar', { 'accept-language': 'en' });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/page-d4.js">');
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/grid-e5.js" media="not all and (max-width: 40em)">',
    );
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/grid-f6.css" media="not all and (max-width: 40em)">',
    );
  });
});

describe('a page that carries its first data', () => {
  const page = [
    '<html><head>',
    '<!-- Who is signed in. -->',
    '<link rel="preload" href="/api/session" as="fetch" crossorigin="anonymous" />',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n');
  const read = (html: string) =>
    JSON.parse(
      /<script type="application\/json" id="cadence-page-answers">(.*)<\/script>/.exec(html)?.[1] ?? 'null',
    ) as unknown;

  it('writes the answers in its body, readable as they were, and drops the preload of a carried session', () => {
    const answers = new Map<string, unknown>([
      ['/api/session', { me: { id: 'u1' } }],
      ['/api/workspaces/w1/ideas', [{ text: 'Bientôt ? « oui »' }]],
    ]);
    const html = withAnswers(page, answers);
    expect(read(html)).toEqual(Object.fromEntries(answers));
    expect(html).not.toContain('/api/session" as="fetch"');
    expect(html).not.toContain('Who is signed in');
    expect(html.indexOf('cadence-page-answers')).toBeGreaterThan(html.indexOf('<div id="root">'));
    // Without the session, the page still asks for it itself.
    expect(withAnswers(page, new Map([['/api/workspaces', []]]))).toContain('href="/api/session"');
  });

  it("never lets a person's text end the element or open markup", () => {
    const text = '</script><script>alert(1)</script><!-- <b>';
    const html = withAnswers(page, new Map([['/api/workspaces/w1/posts', [{ text }]]]));
    const element = /<script type="application\/json" id="cadence-page-answers">([\s\S]*?)<\/script>/.exec(
      html,
    )?.[1];
    expect(element).not.toContain('<');
    expect(read(html)).toEqual({ '/api/workspaces/w1/posts': [{ text }] });
  });
});

describe('a page sent with its first view', () => {
  const page = [
    '<!doctype html>',
    '<html lang="fr">',
    '<head>',
    '<link rel="preload" href="/api/session" as="fetch" crossorigin="anonymous" />',
    '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
    '<link rel="stylesheet" crossorigin href="/assets/index-b2.css">',
    '<link rel="modulepreload" crossorigin href="/assets/react-c3.js">',
    '<link rel="preload" as="style" crossorigin href="/assets/grid-d4.css" media="(min-width: 40em)">',
    '</head>',
    '<body><div id="root"><!--first-view--><div class="boot-brand">Cadence</div><!--/first-view--></div></body>',
    '</html>',
  ].join('\n');
  const view = '<header>Cadence</header><h1>Budget</h1>';
  const html = withFirstView(page, view, 'en', '/assets/start-app-e5.js');
  const head = html.slice(0, html.indexOf('</head>'));
  const start = /<template id="app-start" data-entry="([^"]*)">(.*?)<\/template>/.exec(html);

  it('draws the view in #root, in the language it is written in', () => {
    expect(html).toContain(`<div id="root">${view}</div>`);
    expect(html).not.toContain('boot-brand');
    expect(html).toContain('<html lang="en" data-mantine-color-scheme="light">');
  });

  it('keeps the stylesheet and the data in <head>, and moves the scripts after the first paint', () => {
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index-b2.css">');
    expect(head).toContain('href="/api/session"');
    expect(head).not.toContain('/assets/index-a1.js');
    expect(head).not.toContain('react-c3.js');
    expect(head).not.toContain('grid-d4.css');
    expect(start?.[1]).toBe('/assets/index-a1.js');
    expect(start?.[2]).toBe(
      '<link rel="modulepreload" crossorigin href="/assets/react-c3.js">' +
        '<link rel="preload" as="style" crossorigin href="/assets/grid-d4.css" media="(min-width: 40em)">',
    );
    expect(html).toMatch(
      /<\/template>\s*<script async src="\/assets\/start-app-e5.js"><\/script>\s*<\/body>/,
    );
  });

  it('leaves a page it cannot place a view in as it is', () => {
    expect(withFirstView(page.replace('<!--first-view-->', ''), view, 'en', '/assets/s.js')).toBe(
      page.replace('<!--first-view-->', ''),
    );
    expect(withFirstView(page, view, 'en', '')).toBe(page);
  });

  it('is sent for a listed workspace page only, and not for its sub-pages', () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'cadence-first-view-'));
    try {
      writeFileSync(path.join(webRoot, 'index.html'), page);
      writeFileSync(
        path.join(webRoot, 'route-preloads.json'),
        JSON.stringify(
          ['/w/$workspaceId/posts', '/w/$workspaceId/posts/$postId', '/w/$workspaceId/budget'].map(
            (pattern) => ({ pattern, scripts: [], styles: [] }),
          ),
        ),
      );
      writeFileSync(
        path.join(webRoot, 'first-views.json'),
        JSON.stringify({
          loader: '/assets/start-app-e5.js',
          views: { '/w/$workspaceId/posts': { fr: '<h1>Posts FR</h1>', en: '<h1>Posts</h1>' } },
        }),
      );
      const shell = createWebShell(webRoot);
      const bodies: string[] = [];
      const reply = {
        header: () => reply,
        status: () => reply,
        send(body: unknown) {
          bodies.push(String(body));
          return reply;
        },
      };
      for (const url of ['/w/w1/posts', '/w/w1/posts/', '/w/w1/posts/p1', '/w/w1/budget'])
        shell.send(
          { url, headers: { 'accept-language': 'fr' } } as unknown as FastifyRequest,
          reply as unknown as FastifyReply,
        );
      expect(bodies[0]).toContain('<div id="root"><h1>Posts FR</h1></div>');
      expect(bodies[1]).toContain('<h1>Posts FR</h1>');
      expect(bodies[2]).toContain('boot-brand');
      expect(bodies[3]).toContain('boot-brand');
      expect(bodies[3]).toContain('<script type="module" crossorigin src="/assets/index-a1.js"></script>');
    } finally {
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
