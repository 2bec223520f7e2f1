import { describe, expect, it } from 'vitest';
import { deferAppStylesheet } from './vite-app-stylesheet.js';

describe("index.html's stylesheet", () => {
  it('is preloaded, marked for the entry to apply, instead of holding the first paint', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="/assets/index-1.css"></head>';
    expect(deferAppStylesheet(html)).toBe(
      '<head><link rel="preload" as="style" data-app-stylesheet crossorigin href="/assets/index-1.css"></head>',
    );
  });

  it('must be the only one, so that none is left unapplied', () => {
    expect(() => deferAppStylesheet('<head></head>')).toThrow('found 0');
    const two = '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">';
    expect(() => deferAppStylesheet(two)).toThrow('found 2');
  });
});
