#!/usr/bin/env node
// After `vite build`: fails the build when a script of dist/web carries one of Mantine's class
// names (`m_77c9d27d`, a component's CSS module) that no stylesheet of dist/web defines, i.e. a
// component drawn without its styles. The app imports Mantine's styles per component
// (src/web/ui/mantine-styles.ts, generated and unit-tested from the source's imports); this checks
// the same promise on what was really bundled, after tree-shaking.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Mantine's class names the scripts use and no stylesheet defines (as a class or as keyframes).
 * @param {string[]} scripts the built scripts' code
 * @param {string[]} stylesheets the built stylesheets' code
 * @returns {string[]}
 */
export function undefinedMantineClasses(scripts, stylesheets) {
  const used = new Set(
    scripts.flatMap((code) => [...code.matchAll(/["'`](m_[0-9a-f]{5,})["'`]/g)].map((match) => match[1])),
  );
  const defined = new Set(
    stylesheets.flatMap((code) =>
      [...code.matchAll(/(?:\.|@keyframes\s*)(m_[0-9a-f]+)\b/g)].map((match) => match[1]),
    ),
  );
  return [...used].filter((name) => !defined.has(name)).sort();
}

if (process.argv[1] === import.meta.filename) {
  const assets = path.resolve(import.meta.dirname, '../dist/web/assets');
  const read = (extension) =>
    readdirSync(assets)
      .filter((name) => name.endsWith(extension))
      .map((name) => readFileSync(path.join(assets, name), 'utf8'));
  const missing = undefinedMantineClasses(read('.js'), read('.css'));
  if (missing.length > 0) {
    console.error(
      `check-mantine-classes: ${missing.length} Mantine classes have no styles (${missing.slice(0, 10).join(', ')}); ` +
        'run `npx tsx scripts/mantine-styles.ts --write`',
    );
    process.exit(1);
  }
  console.log('check-mantine-classes: every Mantine class the scripts use is styled');
}
