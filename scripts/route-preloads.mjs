// What each page of the web app loads on top of the entry, read from the router's source and
// Vite's manifest, so that the server can name it in the index.html it sends for that address:
// the page's chunks then download beside the entry instead of after it has run (one round trip
// and the entry's start-up less before the first paint). Used by write-route-preloads.mjs.
import path from 'node:path';
import ts from 'typescript';
import { bootChunkKeys, staticClosure } from './boot-chunks.mjs';

/**
 * The routes declared in router.tsx (`const x = createRoute({ getParentRoute, path, ... })`, and
 * the root route) that an address can match: their full path pattern (`/w/$workspaceId/routine`)
 * and every module they `import()` (component, page data), their ancestors' included.
 * @param {string} source the router's TypeScript source
 * @returns {{ pattern: string; imports: string[] }[]}
 */
export function routesFromRouterSource(source) {
  const file = ts.createSourceFile('router.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  /** @type {Map<string, { parent: string | null; path: string; imports: string[] }>} */
  const declared = new Map();

  const dynamicImports = (node) => {
    const found = [];
    const visit = (child) => {
      if (
        ts.isCallExpression(child) &&
        child.expression.kind === ts.SyntaxKind.ImportKeyword &&
        child.arguments[0] &&
        ts.isStringLiteral(child.arguments[0])
      )
        found.push(child.arguments[0].text);
      ts.forEachChild(child, visit);
    };
    visit(node);
    return found;
  };
  const property = (object, name) =>
    object.properties.find((item) => ts.isPropertyAssignment(item) && item.name.getText() === name)
      ?.initializer;

  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isCallExpression(node.initializer)) {
      const call = node.initializer;
      const options = call.arguments[0];
      const callee = call.expression.getText();
      const isRoute = callee === 'createRoute';
      const isRoot = callee.startsWith('createRootRoute');
      if ((isRoute || isRoot) && options && ts.isObjectLiteralExpression(options)) {
        const parentGetter = property(options, 'getParentRoute');
        const parent =
          parentGetter && ts.isArrowFunction(parentGetter) && ts.isIdentifier(parentGetter.body)
            ? parentGetter.body.text
            : null;
        const pathValue = property(options, 'path');
        declared.set(node.name.getText(), {
          parent,
          path: pathValue && ts.isStringLiteral(pathValue) ? pathValue.text : '',
          imports: dynamicImports(options),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const resolve = (name, seen = new Set()) => {
    const route = declared.get(name);
    if (!route || seen.has(name)) return { segments: [], imports: [] };
    seen.add(name);
    const parent = route.parent ? resolve(route.parent, seen) : { segments: [], imports: [] };
    const own = route.path.split('/').filter((segment) => segment !== '');
    return { segments: [...parent.segments, ...own], imports: [...parent.imports, ...route.imports] };
  };
  // A layout (a route others name as parent) is never what an address matches: its index child
  // is. "/" only dispatches (sign-in, sign-up or the last workspace, by redirect): nothing to load.
  const parents = new Set([...declared.values()].map((route) => route.parent));
  return [...declared.keys()]
    .filter((name) => !parents.has(name))
    .map((name) => {
      const { segments, imports } = resolve(name);
      return { pattern: `/${segments.join('/')}`, imports: [...new Set(imports)] };
    })
    .filter((route) => route.pattern !== '/');
}

/**
 * Lazy modules a page loads at once on some screens only, with the media query of those screens:
 * the content calendar opens on FullCalendar's month on a wide screen, on its own list on a phone
 * (`phoneMedia`, src/web/ui/use-media-match.ts: this is its complement). The page's HTML names
 * their files with that `media`, so a phone does not download them.
 */
export const screenPreloads = {
  'features/content/content-calendar-grid.tsx': 'not all and (max-width: 40em)',
};

/**
 * For each route, the files its imports load that the entry does not already load (the entry's
 * chunks are in index.html): scripts to modulepreload and stylesheets to preload, in load order.
 * A page grouped into a shared chunk (vite-chunk-groups.ts) is no manifest key of its own:
 * `moduleChunks` (.vite/module-chunks.json) names the file it went into.
 * @param {Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>} manifest
 * @param {{ pattern: string; imports: string[] }[]} routes
 * @param {string} routerKey the router's key in the manifest's terms (`app/router.tsx`)
 * @param {Record<string, string>} [moduleChunks] module (`features/x/page.tsx`) → the file it is in
 * @param {Record<string, string>} [screenModules] a lazy module (manifest key) a page `import()`s
 *   at once on some screens only → their media query (`screenPreloads`)
 * @param {string[]} [bootStages] the boot stages' files, loaded at start as the entry is (boot-chunks.mjs)
 */
export function routePreloads(
  manifest,
  routes,
  routerKey,
  moduleChunks = {},
  screenModules = {},
  bootStages = [],
) {
  const closure = (key, into) => staticClosure(manifest, key, into);
  const entryKeys = bootChunkKeys(manifest, bootStages);

  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  // `../features/x/page.js` from app/router.tsx is `features/x/page.tsx` (or .ts) in the manifest.
  const manifestKey = (specifier) => {
    const base = path.posix.join(path.posix.dirname(routerKey), specifier).replace(/\.js$/, '');
    const candidates = [`${base}.tsx`, `${base}.ts`, base];
    const own = candidates.find((candidate) => manifest[candidate]);
    if (own) return own;
    const file = candidates.map((candidate) => moduleChunks[candidate]).find(Boolean);
    return file ? keyOfFile.get(file) : undefined;
  };

  const files = (chunks) => ({
    scripts: chunks.map((chunk) => `/${chunk.file}`),
    styles: [...new Set(chunks.flatMap((chunk) => (chunk.css ?? []).map((css) => `/${css}`)))],
  });
  return routes
    .map(({ pattern, imports }) => {
      const keys = new Set();
      for (const specifier of imports) {
        const key = manifestKey(specifier);
        if (key) closure(key, keys);
      }
      const chunks = [...keys].filter((key) => !entryKeys.has(key)).map((key) => manifest[key]);
      // A lazy module the page itself draws at once on some screens: its files, for those only.
      const pageKeys = imports.map(manifestKey).filter(Boolean);
      const screens = Object.entries(screenModules).flatMap(([module, media]) => {
        const key = manifestKey(`../${module.replace(/\.tsx?$/, '.js')}`);
        if (!key || !pageKeys.some((page) => manifest[page].dynamicImports?.includes(key))) return [];
        const own = [...closure(key, new Set())].filter((found) => !keys.has(found) && !entryKeys.has(found));
        return [{ media, ...files(own.map((found) => manifest[found])) }];
      });
      return { pattern, ...files(chunks), ...(screens.length > 0 ? { screens } : {}) };
    })
    .filter((route) => route.scripts.length > 0 || route.styles.length > 0);
}
