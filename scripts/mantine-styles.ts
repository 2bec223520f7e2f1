import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Which of Mantine's per-component stylesheets the web app needs, found from what it imports.
// The app's first stylesheet (render-blocking on every page) holds only these, instead of
// `@mantine/core/styles.css` and its hundred-odd components (src/web/ui/mantine-styles.ts).
//
// How: the names src/web imports from @mantine/core, @mantine/dates and @mantine/notifications
// are followed through the packages' ESM files (every static import, so a component's parts and
// the components it draws are reached); each reached `*.module.mjs` holds the hashed class names
// of one CSS module, and the per-component file that defines those classes is the one needed.
// Following whole files over-approximates (a file's unused imports count): never a missing style.
//
// `npx tsx scripts/mantine-styles.ts --write` rewrites src/web/ui/mantine-styles.ts;
// scripts/mantine-styles.test.ts fails when that file differs from what the imports need.

const root = path.resolve(import.meta.dirname, '..');
const webRoot = path.join(root, 'src/web');
const mantineRoot = path.join(root, 'node_modules/@mantine');
const coreStylesRoot = path.join(mantineRoot, 'core/styles');
export const stylesModulePath = path.join(webRoot, 'ui/mantine-styles.ts');

/** Mantine's packages whose components draw with @mantine/core's classes. */
const drawingPackages = ['core', 'dates', 'notifications'] as const;
type DrawingPackage = (typeof drawingPackages)[number];

/** Reset, theme variables and static classes: every page needs them, first and in this order. */
const globalStyleFiles = ['baseline.css', 'default-css-variables.css', 'global.css'];

const namedImportPattern =
  /^import\s+(type\s+)?\{([^}]*)\}\s*from\s*'@mantine\/(core|dates|notifications)';/gm;

/**
 * The names each of Mantine's drawing packages is imported with, type-only imports left out
 * (`import { A, type B } from '…'`, one or several lines, as the formatter writes them).
 */
export function mantineImportsOf(source: string): Map<DrawingPackage, Set<string>> {
  // Any other form (a default or namespace import, a re-export) would be missed: refuse it.
  const statements = source.match(/\bfrom\s*'@mantine\/(?:core|dates|notifications)'/g)?.length ?? 0;
  if (statements !== [...source.matchAll(namedImportPattern)].length)
    throw new Error("import Mantine's components by name only (`import { Button } from '@mantine/core'`)");
  const found = new Map<DrawingPackage, Set<string>>();
  for (const [, typeOnly, list, packageName] of source.matchAll(namedImportPattern)) {
    if (typeOnly || !list) continue;
    const names = found.get(packageName as DrawingPackage) ?? new Set<string>();
    for (const part of list.split(',')) {
      const [imported] = part.trim().split(/\s+as\s+/);
      if (imported && !imported.startsWith('type ')) names.add(imported);
    }
    found.set(packageName as DrawingPackage, names);
  }
  return found;
}

/** Every .ts/.tsx file under a folder, tests left out. */
function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const importPattern =
  /^\s*(?:import|export)\s*(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?[^'"\n]*?\s*(?:from\s*)?["']([^"']+)["']/gm;

type ImportEdge = { specifier: string; names: string[] };

/** A Mantine ESM file's static imports and re-exports (the packages' build writes one per line). */
function importsOfModule(code: string): ImportEdge[] {
  return [...code.matchAll(importPattern)].map((match) => ({
    specifier: match[3] ?? '',
    names: (match[2] ?? '')
      .split(',')
      .map(
        (part) =>
          part
            .trim()
            .split(/\s+as\s+/)[0]
            ?.trim() ?? '',
      )
      .filter(Boolean),
  }));
}

/**
 * For a package's index.mjs: each exported name → the file that defines it, or null for a name
 * re-exported from another library (`RemoveScroll`), which has no Mantine styles.
 */
function exportedFiles(packageName: DrawingPackage): Map<string, string | null> {
  const indexPath = path.join(mantineRoot, packageName, 'esm/index.mjs');
  const code = readFileSync(indexPath, 'utf8');
  const localFiles = new Map<string, string | null>();
  for (const edge of importsOfModule(code))
    for (const name of edge.names)
      localFiles.set(
        name,
        edge.specifier.startsWith('.') ? path.resolve(path.dirname(indexPath), edge.specifier) : null,
      );
  const exported = new Map<string, string | null>();
  for (const clause of code.matchAll(/^export\s*\{([^}]*)\}\s*;?$/gm))
    for (const part of (clause[1] ?? '').split(',')) {
      const [local, alias] = part.trim().split(/\s+as\s+/);
      if (local && localFiles.has(local)) exported.set(alias ?? local, localFiles.get(local) ?? null);
    }
  return exported;
}

/** @mantine/core's CSS modules (`*.module.mjs`) reached from the given names of Mantine's packages. */
function reachedCssModules(imports: Map<DrawingPackage, Set<string>>): Set<string> {
  const exports = new Map(drawingPackages.map((name) => [name, exportedFiles(name)]));
  const seen = new Set<string>();
  const pending: string[] = [];
  const reachNames = (packageName: DrawingPackage, names: Iterable<string>) => {
    for (const name of names) {
      const file = exports.get(packageName)?.get(name);
      if (file === undefined) throw new Error(`@mantine/${packageName} exports no ${name}`);
      if (file !== null) pending.push(file);
    }
  };
  for (const [packageName, names] of imports) reachNames(packageName, names);
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of importsOfModule(readFileSync(file, 'utf8'))) {
      if (edge.specifier.startsWith('.')) pending.push(path.resolve(path.dirname(file), edge.specifier));
      else if (edge.specifier === '@mantine/core') reachNames('core', edge.names);
    }
  }
  // dates' and notifications' own classes are in their packages' styles.css, which the modules
  // drawing them import (ui/date-field.tsx, ui/notifications-host.tsx): their chunks carry them.
  const coreRoot = path.join(mantineRoot, 'core') + path.sep;
  return new Set([...seen].filter((file) => file.startsWith(coreRoot) && file.endsWith('.module.mjs')));
}

/** The class names a CSS module's file maps to (`"root": "m_77c9d27d"`). */
function classesOf(cssModulePath: string): string[] {
  return [...readFileSync(cssModulePath, 'utf8').matchAll(/:\s*"(m_[0-9a-f]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Each of @mantine/core's per-component files (not the layered copies) and its offset in styles.css. */
function componentStyleFiles(): { file: string; classes: Set<string>; order: number }[] {
  const bundle = readFileSync(path.join(mantineRoot, 'core/styles.css'), 'utf8');
  return readdirSync(coreStylesRoot)
    .filter(
      (name) => name.endsWith('.css') && !name.endsWith('.layer.css') && !globalStyleFiles.includes(name),
    )
    .map((file) => {
      const css = readFileSync(path.join(coreStylesRoot, file), 'utf8');
      // A module's names are its classes and its animations' keyframes.
      const classes = new Set(
        [...css.matchAll(/(?:\.|@keyframes\s+)(m_[0-9a-f]+)\b/g)].map((match) => match[1] ?? ''),
      );
      const first = [...classes][0];
      // styles.css orders the components so that those others are built on come first.
      return { file, classes, order: first ? bundle.indexOf(`.${first}`) : -1 };
    });
}

/**
 * The per-component stylesheets of @mantine/core the given imports need, in styles.css's order,
 * after the global ones.
 */
export function styleFilesFor(imports: Map<DrawingPackage, Set<string>>): string[] {
  const components = componentStyleFiles();
  const needed = new Set<string>();
  for (const cssModule of reachedCssModules(imports))
    for (const className of classesOf(cssModule)) {
      const owner = components.find((component) => component.classes.has(className));
      if (!owner) throw new Error(`no stylesheet of @mantine/core defines .${className} (${cssModule})`);
      needed.add(owner.file);
    }
  const ordered = components
    .filter((component) => needed.has(component.file))
    .sort((a, b) => a.order - b.order)
    .map((component) => component.file);
  return [...globalStyleFiles, ...ordered];
}

function mantineImportsOfFile(file: string) {
  try {
    return mantineImportsOf(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(root, file)}: ${(error as Error).message}`);
  }
}

/** What src/web imports from Mantine's drawing packages, all files together. */
export function webAppMantineImports(): Map<DrawingPackage, Set<string>> {
  const all = new Map<DrawingPackage, Set<string>>();
  for (const file of sourceFilesUnder(webRoot))
    for (const [packageName, names] of mantineImportsOfFile(file)) {
      const known = all.get(packageName) ?? new Set<string>();
      for (const name of names) known.add(name);
      all.set(packageName, known);
    }
  return all;
}

/** The source of src/web/ui/mantine-styles.ts for these style files. */
export function stylesModuleSource(styleFiles: string[]): string {
  return [
    '// Generated by scripts/mantine-styles.ts (`npx tsx scripts/mantine-styles.ts --write`), checked by its test:',
    "// the styles of the @mantine/core components the web app draws (and their parts), in styles.css's",
    "// order, instead of every component's. The entry imports this first: it is the render-blocking stylesheet.",
    ...styleFiles.map((file) => `import '@mantine/core/styles/${file}';`),
    '',
  ].join('\n');
}

if (process.argv[1] === import.meta.filename && process.argv.includes('--write')) {
  if (!existsSync(coreStylesRoot)) throw new Error(`${coreStylesRoot} is missing: npm install first`);
  const files = styleFilesFor(webAppMantineImports());
  writeFileSync(stylesModulePath, stylesModuleSource(files));
  console.log(`${path.relative(root, stylesModulePath)}: ${files.length} stylesheets`);
}
