import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFnv1a64, hashFnv1a64Parts } from './fnv1a64.js';

/** Textbook FNV-1a 64 with BigInt over TextEncoder's bytes: the reference. */
function hashWithBigInt(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('hashFnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(hashFnv1a64('')).toBe('cbf29ce484222325');
    expect(hashFnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(hashFnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('matches a BigInt implementation on any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(hashFnv1a64(text)).toBe(hashWithBigInt(text));
      }),
    );
    expect(hashFnv1a64('a\uD800b')).toBe(hashWithBigInt('a\uFFFDb'));
  });

  it('hashes parts like the joined string', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 10 }), { minLength: 1, maxLength: 5 }),
        (parts) => {
          expect(hashFnv1a64Parts(parts, 0x1f)).toBe(hashFnv1a64(parts.join('\u001f')));
          expect(hashFnv1a64Parts(parts, -1)).toBe(hashFnv1a64(parts.join('')));
        },
      ),
    );
  });
});
