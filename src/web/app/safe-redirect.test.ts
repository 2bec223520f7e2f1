import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.js';

describe('safeRedirect', () => {
  it('keeps paths of the app', () => {
    expect(safeRedirect('/invite/abc')).toBe('/invite/abc');
    expect(safeRedirect('/w/1/members?x=1')).toBe('/w/1/members?x=1');
  });

  it('refuses other sites and the API', () => {
    for (const target of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/api/me',
      '',
      undefined,
    ]) {
      expect(safeRedirect(target)).toBeUndefined();
    }
  });
});
