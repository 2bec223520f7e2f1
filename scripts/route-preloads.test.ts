import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routePreloads, routesFromRouterSource } from './route-preloads.mjs';

const routerSource = readFileSync(path.resolve(import.meta.dirname, '../src/web/app/router.tsx'), 'utf8');

describe('the pages read from the router', () => {
  const routes = routesFromRouterSource(routerSource);
  const byPattern = new Map(routes.map((route) => [route.pattern, route.imports]));

  it('gives each page its full path and what it loads, its layouts included', () => {
    expect(byPattern.get('/sign-in')).toEqual(['../features/auth/sign-in-page.js']);
    expect(byPattern.get('/w/$workspaceId/routine')).toEqual([
      '../features/shell/shell-page-data.js',
      '../features/shell/workspace-layout.js',
      '../features/routine/routine-page-data.js',
      '../features/routine/routine-page.js',
    ]);
    // The workspace's index page has the layout's address.
    expect(byPattern.get('/w/$workspaceId')).toContain('../features/overview/overview-page.js');
  });

  it('lists every address once, layouts and the dispatching "/" left out', () => {
    const patterns = routes.map((route) => route.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    expect(patterns).not.toContain('/');
  });

  it('misses no page the router loads lazily', () => {
    const everyImport = [...routerSource.matchAll(/import\('([^']+)'\)/g)].map((match) => match[1] ?? '');
    const covered = new Set(routes.flatMap((route) => route.imports));
    const uncovered = everyImport.filter((specifier) => !covered.has(specifier));
    // Only the "/" dispatcher's fallback page is never preloaded.
    expect(uncovered).toEqual(['../features/workspaces/no-workspace-page.js']);
  });
});

describe('the files a page needs beyond the entry', () => {
  const manifest = {
    'index.html': {
      file: 'assets/index-1.js',
      isEntry: true,
      imports: ['_react-1.js'],
      css: ['assets/index-1.css'],
    },
    '_react-1.js': { file: 'assets/react-1.js' },
    '_table-1.js': { file: 'assets/table-1.js', imports: ['_react-1.js'] },
    'features/auth/sign-in-page.tsx': {
      file: 'assets/sign-in-page-1.js',
      isDynamicEntry: true,
      imports: ['index.html', '_react-1.js', '_table-1.js'],
      css: ['assets/sign-in-page-1.css'],
    },
  };

  it('follows static imports, leaves out the entry and what it loads, keeps the styles', () => {
    const [signIn] = routePreloads(
      manifest,
      [{ pattern: '/sign-in', imports: ['../features/auth/sign-in-page.js'] }],
      'app/router.tsx',
    );
    expect(signIn).toEqual({
      pattern: '/sign-in',
      scripts: ['/assets/sign-in-page-1.js', '/assets/table-1.js'],
      styles: ['/assets/sign-in-page-1.css'],
    });
  });

  it('finds a page grouped into a shared file through the module-to-file map', () => {
    const grouped = {
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      '_public-shared-1.js': { file: 'assets/public-shared-1.js', imports: ['index.html'] },
      '_public-1.js': { file: 'assets/public-1.js', imports: ['index.html', '_public-shared-1.js'] },
    };
    const [signIn] = routePreloads(
      grouped,
      [{ pattern: '/sign-in', imports: ['../features/auth/sign-in-page.js'] }],
      'app/router.tsx',
      { 'features/auth/sign-in-page.tsx': 'assets/public-1.js' },
    );
    expect(signIn).toEqual({
      pattern: '/sign-in',
      scripts: ['/assets/public-1.js', '/assets/public-shared-1.js'],
      styles: [],
    });
  });

  it('names a lazy module drawn at once on some screens apart, with their media query', () => {
    const withGrid = {
      ...manifest,
      'features/content/calendar-page.tsx': {
        file: 'assets/calendar-page-1.js',
        isDynamicEntry: true,
        imports: ['index.html', '_table-1.js'],
        dynamicImports: ['features/content/grid.tsx', 'features/content/modal.tsx'],
      },
      'features/content/grid.tsx': {
        file: 'assets/grid-1.js',
        isDynamicEntry: true,
        imports: ['index.html', '_table-1.js', '_fullcalendar-1.js'],
        css: ['assets/grid-1.css'],
      },
      '_fullcalendar-1.js': { file: 'assets/fullcalendar-1.js' },
      'features/content/modal.tsx': { file: 'assets/modal-1.js', isDynamicEntry: true },
    };
    const [calendar] = routePreloads(
      withGrid,
      [{ pattern: '/calendar', imports: ['../features/content/calendar-page.js'] }],
      'app/router.tsx',
      {},
      { 'features/content/grid.tsx': '(min-width: 40em)', 'features/other/elsewhere.tsx': 'print' },
    );
    expect(calendar).toEqual({
      pattern: '/calendar',
      scripts: ['/assets/calendar-page-1.js', '/assets/table-1.js'],
      styles: [],
      screens: [
        {
          media: '(min-width: 40em)',
          scripts: ['/assets/grid-1.js', '/assets/fullcalendar-1.js'],
          styles: ['/assets/grid-1.css'],
        },
      ],
    });
  });

  it('drops a page whose module the build does not know', () => {
    expect(
      routePreloads(manifest, [{ pattern: '/gone', imports: ['../features/gone.js'] }], 'app/router.tsx'),
    ).toEqual([]);
  });
});
