import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchmarkResult } from '../lib/result.js';

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const limitBytes = 250 * 1024;

/**
 * The files the browser must load before the first page runs: the entry script of index.html and
 * everything it imports statically (Vite's manifest `imports`, which are also its modulepreload
 * links), never the `dynamicImports` of lazily loaded pages; but the French strings
 * (`app/i18n/fr.ts`, their own chunk, fetched beside the entry), which the first page waits for.
 */
export function listInitialFiles(manifest: Record<string, ManifestChunk>, indexHtml: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  // One language's strings are drawn with the first page; French, the first language, is the larger.
  visit('app/i18n/fr.ts');
  // Whatever index.html itself loads as a module counts too, manifest or not.
  for (const match of indexHtml.matchAll(
    /<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+)"/g,
  ))
    if (match[1]) files.add(match[1]);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Builds the web app into a temporary folder (dist/web, which others use, is left alone). */
function buildWeb(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cadence-bench-web-'));
  const vite = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin/vite.js',
  );
  execFileSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/** Benchmark 5: gzip size (zlib's default level 6) of the first page's JavaScript. */
export function benchmarkInitialJavascript(): BenchmarkResult {
  const outDir = buildWeb();
  try {
    const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const files = listInitialFiles(manifest, readFileSync(path.join(outDir, 'index.html'), 'utf8'));
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const content = readFileSync(path.join(outDir, file));
      raw += content.length;
      gzipped += gzipSync(content).length;
    }
    const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    return {
      id: '5',
      name: `first page's JavaScript, gzip (${files.length} files)`,
      database: '-',
      measured: `${kilobytes(gzipped)} gzip (${kilobytes(raw)} raw)`,
      baseline: 'fixed budget 250 KB',
      ratio: gzipped / limitBytes,
      target: '< 250 KB',
      met: gzipped < limitBytes,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
