import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * One language's strings per chunk. Every feature's i18n.ts holds its French and English strings
 * side by side (one file to edit per feature); the bundler splits by module, not by export, so the
 * French and English catalogues (app/i18n/fr.ts, en.ts) would share one chunk holding both. This
 * plugin gives each catalogue its own copy of the modules it imports (`…/i18n.ts.fr.ts`, the same
 * source under another name): in the French copy only the French exports are used, and tree-shaking
 * drops the English ones (plain object literals, free of side effects), and the other way round.
 *
 * It also writes each catalogue's chunk into index.html (`<meta name="cadence-catalogues">`), so
 * the server can preload the visitor's language beside the entry instead of after it
 * (src/server/platform/web-shell.ts).
 */
export function languageCatalogues(): Plugin {
  const catalogueRoot = /\/app\/i18n\/(fr|en)\.ts$/;
  const copySuffix = /\.(fr|en)\.ts$/;
  const languageOf = (importer: string) =>
    importer.match(catalogueRoot)?.[1] ??
    (importer.includes('.ts.') ? importer.match(copySuffix)?.[1] : undefined);
  return {
    name: 'cadence-language-catalogues',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const language = languageOf(importer);
      if (!language) return null;
      const realImporter = importer.replace(/\.ts\.(fr|en)\.ts$/, '.ts');
      const resolved = await this.resolve(source, realImporter, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.endsWith('.ts')) return resolved;
      return `${resolved.id}.${language}.ts`;
    },
    load(id) {
      if (!/\.ts\.(fr|en)\.ts$/.test(id)) return null;
      const source = id.replace(/\.(fr|en)\.ts$/, '');
      this.addWatchFile(source);
      return readFileSync(source, 'utf8');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const files: Record<string, string> = {};
        for (const chunk of Object.values(context.bundle))
          if (chunk.type === 'chunk' && chunk.facadeModuleId) {
            const language = chunk.facadeModuleId.match(catalogueRoot)?.[1];
            if (language) files[language] = `/${chunk.fileName}`;
          }
        const content = Object.entries(files)
          .map(([language, file]) => `${language}=${file}`)
          .join(' ');
        return {
          html,
          tags: [{ tag: 'meta', attrs: { name: 'cadence-catalogues', content }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
