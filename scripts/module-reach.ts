import path from 'node:path';
import type { Rolldown } from 'vite';

// Who loads a module, read from Rolldown's module graph while it chunks (scripts/vite-chunk-groups.ts).

/** A page's or loader's module, as the router `import()`s it; its feature is its features/ folder. */
export type RouteModules = ReadonlyMap<string, { feature: string; signedIn: boolean }>;

type GraphModule = Pick<
  Rolldown.ModuleInfo,
  'importers' | 'dynamicImporters' | 'importedIds' | 'isEntry' | 'code' | 'exports'
> &
  Partial<Pick<Rolldown.ModuleInfo, 'dynamicallyImportedIds'>>;
export type ModuleGraph = { getModuleInfo(id: string): GraphModule | null };

/** Who loads a module (see `reachFinder`). */
export type Reach = {
  /** The entry loads it: group 1's, whoever else does. */
  fromEntry: boolean;
  /**
   * The signed-in pages that load it statically, by feature (`content`), or by feature and page
   * for a page drawing a heavy library (`content/calendar-page`).
   */
  features: Set<string>;
  /** A page loads it statically (else it stays on demand). */
  direct: boolean;
  /** A lazy module the entry loads (the toasts' host) reaches it: any page may load it. */
  anywhere: boolean;
  signedOut: boolean;
  signedIn: boolean;
};

const nonCode = [
  /\/\*[\s\S]*?\*\//g, // comments
  /\/\/[^\n]*/g,
  /^\s*(['"])use \w+\1;?/gm, // directives
  /\b(?:import|export)\b[^;'"]*?["'][^"']*["']\s*;?/g, // import … from '…', export … from '…'
  /\bexport\s*\{[^}]*\}\s*;?/g, // export { … }
];

/** A module made only of imports and re-exports (`@mantine/core`, `@tabler/icons-react`). */
export function isBarrel(code: string | null): boolean {
  if (code === null) return false;
  return nonCode.reduce((rest, pattern) => rest.replace(pattern, ''), code).trim() === '';
}

/** A module's facts, read once per chunking pass (each read crosses into Rolldown and copies the code). */
type Module = {
  importers: string[];
  importedIds: string[];
  dynamicImporters: string[];
  dynamicallyImportedIds: string[];
  isEntry: boolean;
  exports: string[];
  code: string | null;
  barrel: boolean;
};

function moduleReader(graph: ModuleGraph) {
  const modules = new Map<string, Module | null>();
  return (id: string) => {
    let module = modules.get(id);
    if (module === undefined) {
      const info = graph.getModuleInfo(id);
      module = info && {
        importers: [...info.importers],
        importedIds: [...info.importedIds],
        dynamicImporters: [...info.dynamicImporters],
        dynamicallyImportedIds: [...(info.dynamicallyImportedIds ?? [])],
        isEntry: info.isEntry,
        exports: [...info.exports],
        code: info.code,
        barrel: isBarrel(info.code),
      };
      modules.set(id, module);
    }
    return module;
  };
}

const withoutExtension = (file: string) => file.replace(/\.[^./]+$/, '');
const packageOf = (id: string) => id.match(/.*node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/)?.[1];

/** How a barrel passes on a module it imports, found by path or, for a package's main, by name. */
const passingOf = (passings: Map<string, Passing>, id: string) =>
  passings.get(withoutExtension(id)) ?? passings.get(`package:${packageOf(id)?.replace(/\\/g, '/')}`);

/** How a barrel passes on what it imports from one file. */
type Passing = { star: boolean; names: Map<string, string[]> };

/**
 * What a barrel's statements take from each file, by file (without extension):
 * `export * from './a'` passes every name on, `export { default as IconCheck } from './IconCheck'`
 * and `import { Checkbox as Box } from './Checkbox'` rename, `import X from './x'` takes `default`,
 * `export * as z from './external'` and `import * as z from …` make one name of all of them.
 */
function barrelPassing(code: string | null, barrelId: string): Map<string, Passing> {
  const byFile = new Map<string, Passing>();
  const of = (source: string) => {
    // A package's name stands for its main module (`from 'react-remove-scroll'`).
    const file = source.startsWith('.')
      ? withoutExtension(path.resolve(path.dirname(barrelId), source))
      : `package:${source}`;
    let passing = byFile.get(file);
    if (!passing) {
      passing = { star: false, names: new Map() };
      byFile.set(file, passing);
    }
    return passing;
  };
  const rename = (passing: Passing, imported: string, local: string) =>
    passing.names.set(imported, [...(passing.names.get(imported) ?? []), local]);
  const from = `\\s*from\\s*["']([^"']+)["']`;
  for (const [, specifiers = '', source = ''] of code?.matchAll(
    new RegExp(`\\b(?:import|export)\\s*\\{([^}]*)\\}${from}`, 'g'),
  ) ?? [])
    for (const specifier of specifiers.split(',')) {
      const [imported, local = imported] = specifier.trim().split(/\s+as\s+/);
      if (imported && local) rename(of(source), imported, local);
    }
  for (const [, local = '', source = ''] of code?.matchAll(
    new RegExp(`\\bimport\\s+([\\w$]+)\\s*(?:,[^;]*?)?${from}`, 'g'),
  ) ?? [])
    rename(of(source), 'default', local);
  for (const [, local = '', source = ''] of code?.matchAll(
    new RegExp(`\\b(?:import|export)\\s*\\*\\s*as\\s+([\\w$]+)${from}`, 'g'),
  ) ?? [])
    rename(of(source), '*', local);
  for (const [, source = ''] of code?.matchAll(new RegExp(`\\bexport\\s*\\*${from}`, 'g')) ?? [])
    of(source).star = true;
  return byFile;
}

/** The names a barrel's importers use for what the barrel takes from `file` under `names`. */
function passedOn(passing: Passing | undefined, names: readonly string[]): string[] | null {
  if (!passing) return null; // imported in a form not read here: any name may be it
  const passed = new Set(passing.star ? names.filter((name) => name !== 'default') : []);
  for (const [imported, locals] of passing.names)
    if (imported === '*' || names.includes(imported)) for (const local of locals) passed.add(local);
  return [...passed];
}

/** The names an importer's `import { … } from` and `export { … } from` statements name. */
function importedNames(code: string | null): { names: Set<string>; namespace: boolean } {
  const names = new Set<string>();
  for (const statement of code?.matchAll(/\b(?:import|export)\s*(?:type\s*)?\{([^}]*)\}\s*from\b/g) ?? [])
    for (const specifier of (statement[1] ?? '').split(','))
      names.add(specifier.trim().split(/\s+as\s+/)[0] ?? '');
  if (/\bimport\s+[\w$]+\s*(?:,[^;]*?)?\s*from\b/.test(code ?? '')) names.add('default');
  return { names, namespace: /\bimport\s*\*\s*as\b/.test(code ?? '') };
}

/**
 * The boot's stages (the modules `entry` imports dynamically, in its order) and, for a module, the
 * first stage whose static imports reach it, or null: a stage's file holds what the earlier ones
 * did not, so that evaluating it never evaluates a later one.
 */
export function bootStageFinder(graph: ModuleGraph, entry: string) {
  const stages = [...(graph.getModuleInfo(entry)?.dynamicallyImportedIds ?? [])];
  const stageOf = new Map<string, number>();
  stages.forEach((stage, index) => {
    const pending = [stage];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (stageOf.has(id)) continue;
      stageOf.set(id, index);
      pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
  });
  return { stages, stageOf: (id: string) => stageOf.get(id) ?? null };
}

/**
 * Who loads a module: walks up its static importers to the router's pages and the entry. A barrel
 * (`import { Checkbox } from '@mantine/core'`) imports every component, so past a barrel only the
 * importers that import one of the module's exported names count: Checkbox is the account page's,
 * not every page's. A namespace import counts as naming them all (a wider reach only puts the
 * module in a more widely loaded file). What `bootStages` (from `bootStageFinder`) load statically
 * is loaded at start, as the entry's own imports are.
 */
export function reachFinder(
  graph: ModuleGraph,
  routes: RouteModules,
  heavyLibraries: readonly RegExp[] = [],
  bootStages: readonly string[] = [],
) {
  const read = moduleReader(graph);
  const isBootStage = new Set(bootStages);
  const reaches = new Map<string, Reach>();
  const names = new Map<string, ReturnType<typeof importedNames>>();
  const imports = (id: string, module: Module, wanted: readonly string[]) => {
    let known = names.get(id);
    if (!known) {
      known = importedNames(module.code);
      names.set(id, known);
    }
    const { names: named, namespace } = known;
    return namespace || wanted.some((name) => named.has(name));
  };
  const barrels = new Map<string, Map<string, Passing>>();
  const passingIn = (id: string, module: Module) => {
    let known = barrels.get(id);
    if (!known) {
      known = barrelPassing(module.code, id);
      barrels.set(id, known);
    }
    return known;
  };
  const pageKeys = new Map<string, string>();
  const pageKey = (id: string, feature: string) => {
    let key = pageKeys.get(id);
    if (key === undefined) {
      key = drawsHeavyLibrary(id, read, heavyLibraries, routes)
        ? `${feature}/${path.basename(id).replace(/\.[^.]+$/, '')}`
        : feature;
      pageKeys.set(id, key);
    }
    return key;
  };

  const reachOf = (id: string): Reach => {
    const known = reaches.get(id);
    if (known) return known;
    const reach: Reach = {
      fromEntry: false,
      features: new Set(),
      direct: false,
      anywhere: false,
      signedOut: false,
      signedIn: false,
    };
    reaches.set(id, reach); // a module lazily imported back by what it imports finds this (partial) answer
    const seen = new Set<string>();
    // `names`: set past a barrel, the names the next real importer must import.
    // `check`: names the module must import to use what a barrel passed on. `as`: the names a
    // barrel passes it on under (null: any).
    type Step = { id: string; check: readonly string[] | null; as: readonly string[] | null };
    const pending: Step[] = [{ id, check: null, as: null }];
    for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
      const seenKey = `${step.id}|${step.check?.join(',') ?? ''}|${step.as?.join(',') ?? ''}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      const module = read(step.id);
      if (!module) continue;
      if (step.check && !imports(step.id, module, step.check)) continue;
      if (module.isEntry || isBootStage.has(step.id)) {
        reach.fromEntry = true;
        return reach;
      }
      const route = routes.get(step.id);
      if (route) {
        reach.direct = true;
        if (route.signedIn) {
          reach.features.add(pageKey(step.id, route.feature));
          reach.signedIn = true;
        } else reach.signedOut = true;
      } else {
        // Loaded lazily too. By the entry (the toasts' host, fetched as the app starts): any page
        // may need it. By a page (a modal, the sign-out's auth client): it stays where the pages
        // that import it statically put it, and the modal fetches that file when opened.
        for (const importer of module.dynamicImporters) {
          const from = reachOf(importer);
          if (from.fromEntry || from.anywhere) reach.anywhere = true;
        }
        if (reach.anywhere) {
          reach.signedOut = true;
          reach.signedIn = true;
        }
      }
      // What importers see of it: a real module all its exports; a barrel what it passes on.
      const as = module.barrel ? step.as : null;
      for (const importer of module.importers) {
        const importerModule = read(importer);
        if (!importerModule) continue;
        if (importerModule.barrel) {
          const passing = passingOf(passingIn(importer, importerModule), step.id);
          const passed = passedOn(passing, as ?? module.exports);
          // Nothing of it passed on: not through this barrel (unless it read no statement at all).
          if (passed?.length === 0) continue;
          pending.push({ id: importer, check: null, as: passed });
        } else pending.push({ id: importer, check: module.barrel ? (as ?? null) : null, as: null });
      }
    }
    return reach;
  };
  return reachOf;
}

/**
 * Whether a page's static imports reach a heavy library, or a lazy drawing of the routes' that
 * does (the content calendar's FullCalendar grid, fetched at once on a wide screen): that page
 * gets a file of its own, and its feature's other pages do not download it.
 */
function drawsHeavyLibrary(
  id: string,
  read: (id: string) => Module | null,
  heavyLibraries: readonly RegExp[],
  routes: RouteModules,
): boolean {
  const seen = new Set<string>();
  const pending = [id];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    if (heavyLibraries.some((test) => test.test(current))) return true;
    // Our own code and the libraries it imports directly; a library's insides are not walked.
    if (current !== id && /node_modules/.test(current)) continue;
    const module = read(current);
    pending.push(...(module?.importedIds ?? []));
    if (!/node_modules/.test(current))
      pending.push(...(module?.dynamicallyImportedIds ?? []).filter((imported) => routes.has(imported)));
  }
  return false;
}

/**
 * The names a barrel's importer, wanting `wanted` (the barrel's names), takes from one of the
 * files it imports (by that file's names), or null for all of them.
 */
function takenFrom(
  passing: Passing | undefined,
  wanted: readonly string[] | null,
  fileExports: readonly string[],
) {
  if (!passing || wanted === null) return null; // imported in a form not read here: any name may be it
  const taken = new Set(passing.star ? fileExports.filter((name) => wanted.includes(name)) : []);
  for (const [imported, locals] of passing.names)
    if (locals.some((local) => wanted.includes(local))) {
      if (imported === '*') return null;
      taken.add(imported);
    }
  return [...taken];
}

/**
 * Which of `libraries` a module's static imports reach (the first, in their order), or null: our
 * own code is walked, a library's insides are not. Through a barrel of ours (`core/time/index.ts`)
 * only the files passing on a name the module imports are followed: `addDaysToDate` from it does
 * not reach the Temporal polyfill, `parseLocalDate` does.
 */
export function libraryFinder(graph: ModuleGraph, libraries: Readonly<Record<string, RegExp>>) {
  const read = moduleReader(graph);
  const entries = Object.entries(libraries);
  const answers = new Map<string, string | null>();
  const libraryOf = (file: string) => entries.find(([, test]) => test.test(file))?.[0] ?? null;
  return (id: string): string | null => {
    const known = answers.get(id);
    if (known !== undefined) return known;
    let found: string | null = null;
    const seen = new Set<string>();
    // `wanted`: what the importer takes from this module when it is a barrel (null: anything).
    const pending: { id: string; wanted: readonly string[] | null }[] = [{ id, wanted: null }];
    for (let step = pending.pop(); step !== undefined && found === null; step = pending.pop()) {
      const key = `${step.id}|${step.wanted?.join(',') ?? '*'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const module = read(step.id);
      if (!module) continue;
      const passings = module.barrel ? barrelPassing(module.code, step.id) : null;
      const named = module.barrel ? null : importedNames(module.code);
      for (const imported of module.importedIds) {
        let wanted: readonly string[] | null = named && !named.namespace ? [...named.names] : null;
        if (passings) {
          wanted = takenFrom(passingOf(passings, imported), step.wanted, read(imported)?.exports ?? []);
          if (wanted?.length === 0) continue;
        }
        found = libraryOf(imported);
        if (found !== null) break;
        if (!/node_modules/.test(imported)) pending.push({ id: imported, wanted });
      }
    }
    answers.set(id, found);
    return found;
  };
}
