import type { Plugin, Rolldown } from 'vite';

/**
 * The files of the boot's stages (src/web/main.tsx imports them one after another, a task each):
 * the chunks the entry imports dynamically and what they import statically, in load order.
 */
export function bootStageFiles(bundle: Rolldown.OutputBundle): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((output) =>
      output.type === 'chunk' ? [[output.fileName, output] as const] : [],
    ),
  );
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) return [];
  const files = new Set<string>([entry.fileName, ...entry.imports]);
  const add = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) add(imported);
  };
  for (const stage of entry.dynamicImports) add(stage);
  return [...files].filter((file) => file !== entry.fileName && !entry.imports.includes(file));
}

/**
 * Names the boot's stages in index.html as modulepreload links, beside the entry's own (Vite names
 * only the entry's static imports): every file of the start downloads at once, in parallel, and
 * main.tsx's import() of a stage only evaluates it. Without them each stage would be fetched when
 * the one before had run: a waterfall of round trips. Lists them in .vite/boot-stages.json too,
 * for what reads the manifest (scripts/boot-chunks.mjs: the route preloads, the service worker).
 */
export function bootStagePreloads(): Plugin {
  return {
    name: 'cadence-boot-stage-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        return bootStageFiles(context.bundle).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
      },
    },
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: '.vite/boot-stages.json',
        source: JSON.stringify(bootStageFiles(bundle), null, 2),
      });
    },
  };
}
