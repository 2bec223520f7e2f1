// Types of add-compile-hints.mjs, for its test.
type SourceMap = { mappings: string } & Record<string, unknown>;
export const compileHint: string;
export function withCompileHint<Map extends SourceMap | null>(
  code: string,
  map: Map,
): { code: string; map: Map };
