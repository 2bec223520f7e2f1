import { setFlagsFromString } from 'node:v8';

/**
 * V8's default growth factor of the young generation (its semi-spaces double, up to 16 MB each).
 * Node 20's V8 has no way to read a flag back, so it is written here to be put back.
 */
const defaultSemiSpaceGrowthFactor = 2;

/**
 * Imported by main.ts before the modules it starts (loaded with `import()` after it). While a
 * process starts, nearly everything it allocates lives on (modules, routes, caches), and V8
 * answers such survival by doubling its young generation at each collection, up to 2 × 16 MB,
 * which a server at rest then keeps committed. Held at its first size during the start, what
 * survives goes to the old generation as it would anyway (benchmark 4, bench/README.md).
 */
setFlagsFromString('--semi-space-growth-factor=1');

/** Once started (listening, worker running), the young generation grows with the load again. */
export function letYoungGenerationGrow(): void {
  setFlagsFromString(`--semi-space-growth-factor=${defaultSemiSpaceGrowthFactor}`);
}
