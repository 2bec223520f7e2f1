import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bootStageFinder,
  bootStagesFromEntrySource,
  chunkGroups,
  isBarrel,
  libraryFinder,
  type ModuleGraph,
  pageGroupOf,
  type Reach,
  reachFinder,
  routeModulesFromRouterSource,
} from './vite-chunk-groups.js';

const web = '/app/src/web';
const heavy = [/node_modules[\\/]@fullcalendar[\\/]/];
const routerPath = `${web}/app/router.tsx`;
const routes = routeModulesFromRouterSource(
  [
    "lazyRouteComponent(() => import('../features/auth/sign-in-page.js'), 'SignInPage')",
    "lazyRouteComponent(() => import('../features/account/account-page.js'), 'AccountPage')",
    "lazyRouteComponent(() => import('../features/shell/workspace-layout.js'), 'WorkspaceLayout')",
    "lazyRouteComponent(() => import('../features/routine/routine-page.js'), 'RoutinePage')",
    "pageData(() => import('../features/routine/routine-page-data.js'), 'routinePageQueries')",
    "lazyRouteComponent(() => import('../features/content/posts-page.js'), 'PostsPage')",
    "lazyRouteComponent(() => import('../features/content/calendar-page.js'), 'CalendarPage')",
  ].join('\n'),
  routerPath,
  ['features/content/content-calendar-grid.tsx'],
);

type Fake = { imports?: string[]; lazy?: string[]; code?: string; exports?: string[]; entry?: boolean };

/** A module graph from `id → what it imports`, read the way Rolldown's chunking context answers. */
function graphOf(modules: Record<string, Fake>): ModuleGraph {
  const importers = new Map<string, string[]>();
  const dynamicImporters = new Map<string, string[]>();
  for (const [id, module] of Object.entries(modules)) {
    for (const imported of module.imports ?? [])
      importers.set(imported, [...(importers.get(imported) ?? []), id]);
    for (const imported of module.lazy ?? [])
      dynamicImporters.set(imported, [...(dynamicImporters.get(imported) ?? []), id]);
  }
  return {
    getModuleInfo: (id) => {
      const module = modules[id];
      if (!module) return null;
      return {
        importers: importers.get(id) ?? [],
        dynamicImporters: dynamicImporters.get(id) ?? [],
        importedIds: module.imports ?? [],
        dynamicallyImportedIds: module.lazy ?? [],
        isEntry: module.entry ?? false,
        code: module.code ?? 'export const x = 1;',
        exports: module.exports ?? ['x'],
      };
    },
  };
}

const f = (file: string) => path.join(web, 'features', file);
const mantine = '/app/node_modules/@mantine/core/esm/index.mjs';
const checkbox = '/app/node_modules/@mantine/core/esm/components/Checkbox/Checkbox.mjs';
const button = '/app/node_modules/@mantine/core/esm/components/Button/Button.mjs';
const calendar = '/app/node_modules/@fullcalendar/core/index.js';

const graph = graphOf({
  [`${web}/main.tsx`]: { entry: true, imports: [`${web}/app/app.tsx`] },
  [`${web}/app/app.tsx`]: { imports: [mantine], code: "import { MantineProvider } from '@mantine/core';" },
  [mantine]: {
    imports: [checkbox, button],
    code: "import { Checkbox } from './components/Checkbox/Checkbox.mjs';\nexport { Button } from './components/Button/Button.mjs';\nexport { Checkbox };",
  },
  [checkbox]: { exports: ['Checkbox'] },
  [button]: { exports: ['Button'] },
  [f('auth/sign-in-page.tsx')]: {
    imports: [mantine, `${web}/app/auth-client.ts`],
    code: "import { Button } from '@mantine/core';",
  },
  [f('account/account-page.tsx')]: {
    imports: [mantine, `${web}/app/auth-client.ts`],
    code: "import { Checkbox } from '@mantine/core';",
  },
  [`${web}/app/auth-client.ts`]: {},
  [f('shell/workspace-layout.tsx')]: { imports: [f('shell/sign-out-button.tsx'), `${web}/ui/notify.ts`] },
  [f('shell/sign-out-button.tsx')]: { lazy: [`${web}/app/auth-client.ts`] },
  [`${web}/ui/notify.ts`]: {},
  [f('routine/routine-page.tsx')]: {
    imports: [f('routine/occurrence-card.tsx'), `${web}/ui/notify.ts`, f('routine/calendar-dates.ts')],
    lazy: [f('routine/routine-calendar-editor.tsx')],
  },
  [f('routine/routine-page-data.ts')]: { imports: [f('routine/routine-queries.ts')] },
  [f('routine/occurrence-card.tsx')]: { imports: [f('routine/routine-queries.ts')] },
  [f('routine/routine-queries.ts')]: {},
  [f('routine/routine-calendar-editor.tsx')]: { imports: [calendar, f('routine/editor-parts.tsx')] },
  [f('routine/editor-parts.tsx')]: {},
  [calendar]: {},
  [f('content/posts-page.tsx')]: { imports: [f('content/content-queries.ts'), `${web}/ui/notify.ts`] },
  [f('content/calendar-page.tsx')]: {
    imports: [f('content/content-queries.ts'), f('content/content-calendar.tsx')],
  },
  [f('content/content-calendar.tsx')]: { lazy: [f('content/content-calendar-grid.tsx')] },
  [f('content/content-calendar-grid.tsx')]: { imports: [calendar, f('routine/calendar-dates.ts')] },
  [f('routine/calendar-dates.ts')]: {},
  [f('content/content-queries.ts')]: {},
});

describe('the file each module goes to', () => {
  const groupOf = (id: string) => pageGroupOf(reachFinder(graph, routes, heavy)(id));

  it('reads the router: each page module by feature, signed out or in', () => {
    expect(routes.get(f('auth/sign-in-page.tsx'))).toEqual({ feature: 'auth', signedIn: false });
    expect(routes.get(f('routine/routine-page-data.ts'))).toEqual({ feature: 'routine', signedIn: true });
  });

  it("puts a feature's pages and loaders, and what only they use, in one file", () => {
    expect(groupOf(f('routine/routine-page.tsx'))).toBe('page-routine');
    expect(groupOf(f('routine/routine-page-data.ts'))).toBe('page-routine');
    expect(groupOf(f('routine/routine-queries.ts'))).toBe('page-routine');
  });

  it('puts what two features or the workspace frame use in the workspace file', () => {
    expect(groupOf(`${web}/ui/notify.ts`)).toBe('workspace');
  });

  it('keeps a page that draws a heavy library apart from its feature, sharing what the feature shares', () => {
    expect(groupOf(f('content/calendar-page.tsx'))).toBe('page-content-calendar-page');
    expect(groupOf(f('content/posts-page.tsx'))).toBe('page-content');
    expect(groupOf(f('content/content-queries.ts'))).toBe('page-content');
  });

  it('groups a lazy drawing fetched at once on some screens as a page: its file and its page apart', () => {
    expect(routes.get(f('content/content-calendar-grid.tsx'))).toEqual({
      feature: 'content',
      signedIn: true,
    });
    // The calendar's page loads FullCalendar's grid lazily, and still keeps a file of its own.
    expect(groupOf(f('content/calendar-page.tsx'))).toBe('page-content-calendar-page');
    expect(groupOf(f('content/content-calendar.tsx'))).toBe('page-content-calendar-page');
    expect(groupOf(f('content/content-calendar-grid.tsx'))).toBe('page-content-content-calendar-grid');
    // Shared by the routine and the grid: in the workspace file, not in the routine's.
    expect(groupOf(f('routine/calendar-dates.ts'))).toBe('workspace');
  });

  it('follows a barrel only to the importers that name what it passes on', () => {
    // Checkbox: the account page's only, though the entry imports @mantine/core too.
    expect(reachFinder(graph, routes, heavy)(checkbox)).toMatchObject({
      fromEntry: false,
      features: new Set(['account']),
    });
    expect(groupOf(checkbox)).toBe('page-account');
    // Button: the sign-in page's only.
    expect(groupOf(button)).toBe('public');
  });

  it("leaves the entry's code and what only lazy modules use to the bundler", () => {
    expect(groupOf(`${web}/app/app.tsx`)).toBeNull();
    expect(groupOf(f('routine/editor-parts.tsx'))).toBeNull();
    expect(groupOf(f('routine/routine-calendar-editor.tsx'))).toBeNull();
  });

  it('puts code the sign-in page shares with one signed-in feature in the signed-out file', () => {
    // The auth client: sign-in and account use it; the sign-out button fetches it on demand.
    const reach: Reach = reachFinder(graph, routes, heavy)(`${web}/app/auth-client.ts`);
    expect(reach).toMatchObject({ signedOut: true, signedIn: true, anywhere: false });
    expect(groupOf(`${web}/app/auth-client.ts`)).toBe('public');
  });
});

describe('a barrel', () => {
  it('is a module of imports and re-exports only', () => {
    expect(
      isBarrel("/** licence */\nexport { default as IconX } from './icons/IconX.mjs';\nexport * from './b';"),
    ).toBe(true);
    expect(isBarrel("'use client';\nimport { a } from './a.mjs';\nexport { a };")).toBe(true);
    expect(isBarrel("import { a } from './a.mjs';\nexport const b = a + 1;")).toBe(false);
  });
});

describe('a library some pages draw with', () => {
  const core = '/app/src/core/time';
  const temporal = '/app/node_modules/temporal-polyfill/index.js';
  const dates = '/app/node_modules/@mantine/dates/esm/index.mjs';
  const dateField = `${web}/ui/date-field.tsx`;
  const libraryGraph = graphOf({
    [`${core}/index.ts`]: {
      imports: [`${core}/epoch-day.ts`, `${core}/local-values.ts`],
      code: "export { addDaysToDate } from './epoch-day.js';\nexport { parseLocalDate } from './local-values.js';",
    },
    [`${core}/epoch-day.ts`]: { exports: ['addDaysToDate'] },
    [`${core}/local-values.ts`]: { imports: [temporal], exports: ['parseLocalDate'] },
    [temporal]: {},
    [dates]: {},
    [dateField]: {
      imports: [dates],
      code: "import { DateInput } from '@mantine/dates';\nexport const DateField = DateInput;",
      exports: ['DateField'],
    },
    [f('routine/routine-page.tsx')]: {
      imports: [f('routine/week.ts'), dateField],
      code: "import { week } from './week.js';\nimport { DateField } from '../../ui/date-field.js';\nexport const Page = DateField;",
    },
    [f('routine/week.ts')]: {
      imports: [`${core}/index.ts`],
      code: "import { addDaysToDate } from '../time/index.js';\nexport const week = addDaysToDate;",
    },
    [f('content/posts-page.tsx')]: {
      imports: [f('content/due.ts'), dateField],
      code: "import { due } from './due.js';\nimport { DateField } from '../../ui/date-field.js';\nexport const Page = DateField;",
    },
    [f('content/due.ts')]: {
      imports: [`${core}/index.ts`],
      code: "import { parseLocalDate } from '../time/index.js';\nexport const due = parseLocalDate;",
    },
  });
  const libraries = { temporal: /temporal-polyfill/, dates: /@mantine[\\/]dates/ };

  it('is found through our code, and through a barrel of ours only by the names taken from it', () => {
    const libraryOf = libraryFinder(libraryGraph, libraries);
    expect(libraryOf(f('routine/week.ts'))).toBeNull(); // addDaysToDate: epoch-day, no Temporal
    expect(libraryOf(f('content/due.ts'))).toBe('temporal'); // parseLocalDate: local-values
    expect(libraryOf(dateField)).toBe('dates');
  });

  it('keeps its file with the shared code of ours that imports it, out of the workspace file', () => {
    const groups = chunkGroups(routes);
    const fileOf = (id: string) =>
      groups
        .toSorted((a, b) => (b.priority ?? 0) - (a.priority ?? 0))
        .map((group) => (typeof group.name === 'function' ? group.name(id, libraryGraph as never) : null))
        .find((name) => name) ?? null;
    // Used by two features' pages: the workspace file's, were it not for the library it imports.
    expect(fileOf(dateField)).toBe('dates');
    expect(fileOf(dates)).toBe('dates');
    // Only the routine page takes addDaysToDate through the barrel; a page drawing a date picker
    // has a file of its own.
    expect(fileOf(`${core}/epoch-day.ts`)).toBe('page-routine-routine-page');
  });
});

describe('the boot in stages', () => {
  // index.html's module imports main.tsx, which imports its stages dynamically, one task each.
  const stage = (name: string) => `${web}/boot/${name}.ts`;
  const react = '/app/node_modules/react/index.js';
  const staged = graphOf({
    [`${web}/index.html`]: { entry: true, imports: [`${web}/main.tsx`] },
    [`${web}/main.tsx`]: { lazy: [stage('react'), stage('mantine'), stage('app')] },
    [stage('react')]: { imports: [react] },
    [react]: {},
    [stage('mantine')]: { imports: [mantine], code: "export { MantineProvider } from '@mantine/core';" },
    [mantine]: {
      imports: [checkbox, button, react],
      code: "export { Checkbox } from './components/Checkbox/Checkbox.mjs';\nexport { Button } from './components/Button/Button.mjs';",
    },
    [checkbox]: { exports: ['Checkbox'] },
    [button]: { exports: ['Button'] },
    [stage('app')]: { imports: [`${web}/app/app.tsx`, react] },
    [`${web}/app/app.tsx`]: {
      imports: [mantine],
      code: "import { Button } from '@mantine/core';\nexport const App = () => Button;",
    },
    [f('auth/sign-in-page.tsx')]: {
      imports: [mantine],
      code: "import { Checkbox } from '@mantine/core';\nexport const SignInPage = () => Checkbox;",
    },
  });

  it("reads the stages' names from the entry, in its order", () => {
    expect(
      bootStagesFromEntrySource(
        "const stages = [\n  () => import('./boot/react.js'),\n  () => import('./boot/mantine.js'),\n];\nawait import('./boot/app.js');",
      ),
    ).toEqual(['react', 'mantine', 'app']);
  });

  it('counts what a stage loads as loaded at start', () => {
    const reachOf = reachFinder(staged, routes, heavy, bootStageFinder(staged, `${web}/main.tsx`).stages);
    expect(reachOf(stage('app')).fromEntry).toBe(true);
    expect(reachOf(`${web}/app/app.tsx`).fromEntry).toBe(true);
    expect(reachOf(button).fromEntry).toBe(true);
    // Only a page draws the checkbox: it stays with the pages, though the stage imports the barrel.
    expect(reachOf(checkbox).fromEntry).toBe(false);
  });

  it('gives a module to the first stage that reaches it: a stage never loads a later one', () => {
    const { stages, stageOf } = bootStageFinder(staged, `${web}/main.tsx`);
    expect(stages).toEqual([stage('react'), stage('mantine'), stage('app')]);
    expect(stageOf(react)).toBe(0);
    expect(stageOf(button)).toBe(1);
    expect(stageOf(`${web}/app/app.tsx`)).toBe(2);
    expect(stageOf(f('auth/sign-in-page.tsx'))).toBeNull();
  });

  it('has one group per stage, the earlier stage first', () => {
    const groups = chunkGroups(routes, { entry: `${web}/main.tsx`, stages: ['react', 'mantine', 'app'] });
    const named = (name: string) => groups.find((group) => group.debugName === name);
    expect(named('react')?.priority).toBeGreaterThan(named('mantine')?.priority ?? 0);
    expect(named('mantine')?.priority).toBeGreaterThan(named('app')?.priority ?? 0);
    const nameOf = (id: string) => {
      const group = named('mantine')?.name;
      return typeof group === 'function' ? group(id, staged as never) : group;
    };
    expect(nameOf(button)).toBe('mantine');
    expect(nameOf(react)).toBeNull();
    expect(nameOf(checkbox)).toBeNull();
  });
});
