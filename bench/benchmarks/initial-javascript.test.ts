import { describe, expect, it } from 'vitest';
import { listInitialFiles } from './initial-javascript.js';

describe("the first page's JavaScript", () => {
  it('follows static imports from the entry and one language, not lazy pages, and adds what index.html preloads', () => {
    const manifest = {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_react.js'],
        css: ['assets/index.css'],
      },
      '_react.js': { file: 'assets/react.js', imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
      'features/time.tsx': { file: 'assets/time.js', imports: ['_shared.js'] },
      'app/i18n/fr.ts': { file: 'assets/fr.js', imports: ['_shared.js'] },
      'app/i18n/en.ts': { file: 'assets/en.js', imports: ['_shared.js'] },
    };
    const html =
      '<script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/extra.js"><link rel="stylesheet" href="/assets/index.css">';
    expect(listInitialFiles(manifest, html).sort()).toEqual([
      'assets/extra.js',
      'assets/fr.js',
      'assets/index.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
  });
});
