import { describe, expect, it } from 'vitest';
import { compileHint, withCompileHint } from './add-compile-hints.mjs';

describe("V8's compile hint on a built script", () => {
  const code = 'const a=1;\nexport{a};';
  const map = { version: 3, sources: ['app.ts'], names: [], mappings: 'AAAA,MAAI' };

  it('comes first, before the preload helper Vite writes at the top', () => {
    expect(withCompileHint(code, map).code).toBe(`${compileHint}\n${code}`);
  });

  it('moves the source map one line down, so the code still maps to its source', () => {
    // In a source map's mappings, `;` ends a line of the built file: an empty first line.
    expect(withCompileHint(code, map).map).toEqual({ ...map, mappings: ';AAAA,MAAI' });
  });

  it('is added once, however often the build step runs', () => {
    const once = withCompileHint(code, map);
    expect(withCompileHint(once.code, once.map)).toEqual(once);
  });

  it('needs no source map', () => {
    expect(withCompileHint(code, null)).toEqual({ code: `${compileHint}\n${code}`, map: null });
  });
});
