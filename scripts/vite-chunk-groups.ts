import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import {
  bootStageFinder,
  libraryFinder,
  type ModuleGraph,
  type Reach,
  type RouteModules,
  reachFinder,
} from './module-reach.js';

export {
  bootStageFinder,
  isBarrel,
  libraryFinder,
  type ModuleGraph,
  type Reach,
  type RouteModules,
  reachFinder,
} from './module-reach.js';

/**
 * How the web app's code is cut into files (Rolldown's `output.codeSplitting`).
 *
 * Left alone, Rolldown makes one chunk per set of entries sharing a module, and every lazy page,
 * page-data loader and lazy modal is an entry: the routine page loaded 110 scripts, 58 of them
 * under 2 KB (an icon, a hook). On a phone's network each request costs a round trip, and HTTP/1.1
 * gives six at a time. So the code is grouped by who loads it (highest priority first; a group
 * takes the static imports of what it captures along, so the more widely loaded groups go first):
 *
 * 1. The boot: what the entry loads statically (the stylesheet, a few lines), then one file per
 *    stage of the boot it imports (src/web/main.tsx: `react`, `mantine`, `libraries`, `app`, the
 *    frame's code), each holding what the app loads at start from that stage and not from an
 *    earlier one: evaluated one task each, instead of one file evaluated in one long task.
 * 2. Heavy libraries drawn by few pages (FullCalendar) keep a file of their own, loaded only by
 *    those pages.
 * 3. `public-shared`: code the signed-out pages share with the workspace pages (form fields).
 * 4. `workspace`: code the workspace's frame uses, or that pages of two features or more use;
 *    but a library that only some of those pages draw with (the Temporal polyfill, the date
 *    pickers, the number field) keeps a file of its own, with the shared code of ours that imports it (4b): a page
 *    that does not draw a date picker does not download one.
 * 5. `public`: code the signed-out pages use (sign-in, sign-up, password, invitation), alone or
 *    with one signed-in feature (the auth client, which the account page uses too): the sign-in
 *    page loads 3 and 5, never the signed-in app's code.
 * 6. `page-<feature>`: code only one feature's pages use (a feature's pages are visited together:
 *    posts, ideas and the editor; routine and today). A page that draws FullCalendar or a date
 *    picker has its own (`page-content-post-editor-page`), so its feature's other pages do not
 *    download what only it draws.
 *
 * A module reached only through a lazy modal or editor (not a page) is left to Rolldown's own
 * splitting, so that it still loads on demand.
 */

type CodeSplittingGroup = NonNullable<
  Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']
>[number];

/** The frame of every workspace page: what it uses is loaded by every workspace page anyway. */
const workspaceFrame = 'shell';

/** A boot stage's group: `boot:` and its module's name (`src/web/boot/react.ts` → `boot:react`). */
const bootPrefix = 'boot:';
const stageName = (id: string) => `${bootPrefix}${path.basename(id).replace(/\.[^.]+$/, '')}`;

/** The group (3–6 above) of a module the pages reach, or null: Rolldown decides. */
export function pageGroupOf(reach: Reach): string | null {
  // What the entry loads is group 1's; what only lazy modules load stays on demand.
  if (reach.fromEntry || !reach.direct) return null;
  const families = new Set([...reach.features].map((feature) => feature.split('/')[0]));
  const workspaceWide = families.size > 1 || reach.anywhere || families.has(workspaceFrame);
  // Shared with the signed-out pages: with every workspace page, or one feature's (the account
  // page and sign-in share the auth client, which the workspace pages do not load).
  if (reach.signedOut) return workspaceWide ? 'public-shared' : 'public';
  if (workspaceWide) return 'workspace';
  const [only] = reach.features;
  return reach.features.size === 1 && only ? `page-${only.replace('/', '-')}` : `page-${[...families][0]}`;
}

/** The signed-out pages' features. */
const signedOutFeatures = new Set(['auth', 'invitations']);

/**
 * Every module the router loads lazily (`import('../features/x/page.js')`), by absolute path
 * (the module ids Rolldown gives carry `.tsx` or `.ts`), and the lazy drawings a page fetches at
 * once on some screens (`screenPreloads`, scripts/route-preloads.mjs; `features/x/y.tsx`, from
 * src/web): grouped as pages of their feature, so that their files are named by them alone.
 */
export function routeModulesFromRouterSource(
  source: string,
  routerPath: string,
  lazyDrawings: readonly string[] = [],
): RouteModules {
  const routes = new Map<string, { feature: string; signedIn: boolean }>();
  const specifiers = [
    ...[...source.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? ''),
    ...lazyDrawings.map((module) => `../${module.replace(/\.tsx?$/, '.js')}`),
  ];
  for (const specifier of specifiers) {
    const feature = specifier.match(/features\/([^/]+)\//)?.[1];
    if (!feature) continue;
    const base = path.resolve(path.dirname(routerPath), specifier).replace(/\.js$/, '');
    const route = { feature, signedIn: !signedOutFeatures.has(feature) };
    routes.set(`${base}.tsx`, route);
    routes.set(`${base}.ts`, route);
  }
  return routes;
}

/**
 * The boot's stages, in the order the entry imports them (`import('./boot/react.js')` → `react`):
 * the names of their files.
 */
export function bootStagesFromEntrySource(source: string): string[] {
  return [...source.matchAll(/import\(\s*'\.\/boot\/([\w-]+)\.js'\s*\)/g)].map((match) => match[1] ?? '');
}

/** Libraries only a few pages draw, each kept in a file of its own (group 2). */
const heavyLibraries: Record<string, RegExp> = {
  fullcalendar: /node_modules[\\/]@fullcalendar[\\/]/,
};

/**
 * Libraries several features use, but not the frame nor most pages' first drawing (group 4b): each
 * in a file with the shared code of ours that imports it (~55, ~50 and ~25 KB minified).
 */
const sharedLibraries: Record<string, RegExp> = {
  temporal: /node_modules[\\/]temporal-polyfill[\\/]/,
  dates: /node_modules[\\/](?:@mantine[\\/]dates|dayjs)[\\/]/,
  // Mantine's number field and the formatting library it brings (only forms with amounts use it).
  numbers:
    /node_modules[\\/](?:react-number-format[\\/]|@mantine[\\/]core[\\/]esm[\\/]components[\\/]Number(?:Input|Formatter)[\\/])/,
};

/**
 * A page that draws one of these has a file of its own, apart from its feature's other pages (the
 * content calendar from posts and ideas, the post editor's date pickers from the posts list).
 */
const pageSplittingLibraries = [heavyLibraries.fullcalendar, sharedLibraries.dates] as RegExp[];

/** The shared library a module is part of, if any. */
const sharedLibraryNamed = (id: string) =>
  Object.entries(sharedLibraries).find(([, test]) => test.test(id))?.[0] ?? null;

/**
 * `boot`: the web app's entry module (src/web/main.tsx) and the names of the stages it imports
 * (`bootStagesFromEntrySource`), each a file of its own.
 */
export function chunkGroups(
  routes: RouteModules,
  { entry, stages: bootStages }: { entry?: string; stages: readonly string[] } = { stages: [] },
): CodeSplittingGroup[] {
  // Each group asks about every module: remember the answers for the chunking pass.
  const groups = new Map<string, string | null>();
  let lastGraph: ModuleGraph | undefined;
  let reachOf: (id: string) => Reach = () => {
    throw new Error('no module graph yet');
  };
  let libraryOf: (id: string) => string | null = () => null;
  let stageNameOf: (id: string) => string | null = () => null;
  const groupOf = (id: string, graph: ModuleGraph) => {
    if (graph !== lastGraph) {
      groups.clear();
      const boot = entry ? bootStageFinder(graph, entry) : null;
      reachOf = reachFinder(graph, routes, pageSplittingLibraries, boot?.stages);
      libraryOf = libraryFinder(graph, sharedLibraries);
      stageNameOf = (id) => {
        const stage = boot?.stageOf(id) ?? null;
        return stage === null ? null : stageName(boot?.stages[stage] ?? '');
      };
      lastGraph = graph;
    }
    let group = groups.get(id);
    if (group === undefined) {
      const reach = reachOf(id);
      group = reach.fromEntry ? stageNameOf(id) : pageGroupOf(reach);
      // Shared code of ours that imports a shared library goes with it (a workspace file that
      // imported it would have every page download it).
      if (group === 'workspace') group = sharedLibraryNamed(id) ?? libraryOf(id) ?? group;
      groups.set(id, group);
    }
    return group;
  };
  const pageGroup = (group: string, priority: number, name = group): CodeSplittingGroup => ({
    name: (id, context) => (groupOf(id, context) === group ? name : null),
    debugName: name,
    priority,
  });
  return [
    { name: 'index', tags: ['$initial'], priority: 110 },
    // One group per stage, the earlier first: a group takes along the static imports of what it
    // captures, and a stage's must stay in the earlier stages' files that reached them first.
    ...bootStages.map((stage, index) => pageGroup(`${bootPrefix}${stage}`, 105 - index, stage)),
    ...Object.entries(heavyLibraries).map(([name, test]) => ({ name, test, priority: 90 })),
    pageGroup('public-shared', 80),
    pageGroup('workspace', 70),
    ...Object.keys(sharedLibraries).map((name, index) => pageGroup(name, 65 - index)),
    pageGroup('public', 60),
    {
      name: (id, context) => {
        const group = groupOf(id, context);
        return group?.startsWith('page-') ? group : null;
      },
      debugName: 'page-<feature>',
      priority: 50,
    },
  ];
}

/**
 * Writes `.vite/module-chunks.json` beside Vite's manifest: the file each page module the router
 * loads went into (`features/auth/sign-in-page.tsx` → `assets/public-….js`). Vite's manifest
 * names only chunks a module is the face of, and a page grouped with others is not; the route
 * preloads (scripts/route-preloads.mjs) read this to find a page's files.
 */
export function moduleChunks(routes: RouteModules, root: string): Plugin {
  return {
    name: 'cadence-module-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: Record<string, string> = {};
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of chunk.moduleIds)
            if (routes.has(id)) files[path.relative(root, id).split(path.sep).join('/')] = chunk.fileName;
      this.emitFile({
        type: 'asset',
        fileName: '.vite/module-chunks.json',
        source: JSON.stringify(files, null, 2),
      });
    },
  };
}
