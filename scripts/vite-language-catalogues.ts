import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { withFrenchTypography } from '../src/core/format/french-typography.js';

type Language = 'fr' | 'en';

/**
 * A built catalogue chunk (plain data: object literals, no import) rewritten as one `JSON.parse`
 * of its strings, French spacing already applied. V8 reads a JSON string faster than it compiles
 * and runs the same object as code (measured in Chromium: the English catalogue's import ~35 → ~22
 * ms, bench/README.md "Session 19"), and the French spacing (~12 ms of regular expressions over
 * every string) is paid once here instead of on every visit.
 */
export async function catalogueAsJson(code: string, language: Language): Promise<string> {
  const source = code.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const strings: unknown = module[language];
  if (strings === null || typeof strings !== 'object')
    throw new Error(`the ${language} catalogue chunk exports no "${language}" object`);
  const spaced = language === 'fr' ? withFrenchTypography(strings) : strings;
  const json = JSON.stringify(spaced);
  if (!isDeepStrictEqual(JSON.parse(json), spaced))
    throw new Error(`the ${language} catalogue holds something JSON cannot carry`);
  // In single quotes, the JSON's many double quotes need no escaping.
  const literal = `'${json.replace(/[\\']/g, (character) => `\\${character}`)}'`;
  return `const ${language}=JSON.parse(${literal});export{${language}};\n`;
}

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
    // Each catalogue's chunk becomes its strings as JSON (catalogueAsJson), before the file's
    // name is hashed: a new content, a new name, never an old cached file under the same one.
    async renderChunk(code, chunk) {
      const language = chunk.facadeModuleId?.match(catalogueRoot)?.[1];
      if (language !== 'fr' && language !== 'en') return null;
      if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0)
        this.error(`${chunk.fileName}: a catalogue must be plain strings, it imports other chunks`);
      return { code: await catalogueAsJson(code, language), map: { mappings: '' } };
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
