import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import type { PGliteOptions } from '@electric-sql/pglite';

/** PGlite's compiled WebAssembly, as its `pgliteWasmModule` option takes it. */
type CompiledPglite = NonNullable<PGliteOptions['pgliteWasmModule']>;
// The server is compiled without the DOM's types, which carry WebAssembly's; Node has it all the same.
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledPglite> };

/**
 * How much a WebAssembly function runs before V8 recompiles it with TurboFan (its optimising
 * tier; Liftoff, the baseline, compiles it first): 100 times V8's default of 1,800,000 ("bytes
 * executed"). With the default, PGlite's own start and a server's first statements (migration
 * check, pg-boss's start) sent many of PostgreSQL's functions to TurboFan: 1–3 s of CPU on V8's
 * background threads during a start and up to ~60 MB of compiler memory, which glibc keeps,
 * fragmented in its per-thread arenas, once V8 has freed it: ~30 MB of a server's memory at rest
 * (bench/README.md, "Benchmark 4's memory"). Light statements cost the same in either tier (their
 * time is mostly JavaScript's); a heavy one (an aggregate over many rows) crosses this budget in
 * its first runs and gets TurboFan's code from then on.
 */
const wasmTieringBudget = 180_000_000;

/** Set before PGlite's module is compiled; it concerns WebAssembly only. */
export function holdPgliteInBaselineTierLonger(): void {
  setFlagsFromString(`--wasm-tiering-budget=${wasmTieringBudget}`);
}

let compiling: Promise<CompiledPglite | null> | null = null;

/**
 * Starts reading PGlite's WebAssembly (9 MB) and compiling it, which V8 does on its background
 * threads: main.ts calls it before it imports the server, so that this runs while the main thread
 * parses the server's code instead of after it, inside `PGlite.create`, where the main thread
 * waited for it (benchmark 4, bench/README.md). PGlite's file bundle (6 MB) is left to PGlite:
 * read beside the module, it was never the one waited for.
 */
export function startCompilingPglite(): void {
  holdPgliteInBaselineTierLonger();
  compiling ??= compilePglite().catch(() => null);
}

/**
 * The module `startCompilingPglite` compiled, handed over once; null when it was not started or
 * failed (PGlite then reads and compiles its module itself, and says why if it cannot).
 */
export async function takeCompiledPglite(): Promise<CompiledPglite | null> {
  const compiled = await compiling;
  compiling = null;
  return compiled;
}

async function compilePglite(): Promise<CompiledPglite> {
  const wasm = new URL('./pglite.wasm', import.meta.resolve('@electric-sql/pglite'));
  return WebAssembly.compile(await readFile(wasm));
}
