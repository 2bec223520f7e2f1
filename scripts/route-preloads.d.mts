// Types of route-preloads.mjs, for its test.
export type RouteImports = { pattern: string; imports: string[] };
export type ManifestChunk = {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
};
export type ScreenPreload = { media: string; scripts: string[]; styles: string[] };
export type RoutePreload = {
  pattern: string;
  scripts: string[];
  styles: string[];
  screens?: ScreenPreload[];
};

export const screenPreloads: Record<string, string>;

export function routesFromRouterSource(source: string): RouteImports[];
export function routePreloads(
  manifest: Record<string, ManifestChunk>,
  routes: RouteImports[],
  routerKey: string,
  moduleChunks?: Record<string, string>,
  screenModules?: Record<string, string>,
): RoutePreload[];
