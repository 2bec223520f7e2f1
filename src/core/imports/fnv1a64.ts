/**
 * FNV-1a 64-bit over UTF-8 bytes, as 16 lowercase hex digits.
 * Not cryptographic: it gives imported rows a stable, compact identity so re-importing a file can
 * skip rows already imported. Computed on four 16-bit limbs (BigInt is ~20x slower and a
 * 100,000-row import hashes every row), straight from UTF-16 without building an encoded copy.
 * Lone surrogates are hashed as U+FFFD, like TextEncoder does.
 */
export function hashFnv1a64(text: string): string {
  return hashFnv1a64Parts([text], -1);
}

/**
 * The hash of `parts` joined by the single-byte `separatorByte` (-1: no separator), without
 * building the joined string.
 */
export function hashFnv1a64Parts(parts: readonly string[], separatorByte: number): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let limb0 = 0x2325;
  let limb1 = 0x8422;
  let limb2 = 0x9ce4;
  let limb3 = 0xcbf2;
  const bytes = [0, 0, 0, 0];
  for (let partIndex = 0; partIndex < parts.length; partIndex += 1) {
    const text = parts[partIndex] ?? '';
    const length = text.length;
    for (let index = partIndex === 0 || separatorByte < 0 ? 0 : -1; index < length; index += 1) {
      let byteCount = 1;
      if (index < 0) {
        bytes[0] = separatorByte;
      } else {
        let codePoint = text.charCodeAt(index);
        if (codePoint < 0x80) {
          bytes[0] = codePoint;
        } else {
          if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
            const next = index + 1 < length ? text.charCodeAt(index + 1) : 0;
            if (codePoint <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
              codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (next - 0xdc00);
              index += 1;
            } else {
              codePoint = 0xfffd;
            }
          }
          byteCount = encodeUtf8(codePoint, bytes);
        }
      }
      for (let byteIndex = 0; byteIndex < byteCount; byteIndex += 1) {
        limb0 ^= bytes[byteIndex] ?? 0;
        // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, keeping the low 64 bits.
        const product0 = limb0 * 0x1b3;
        const product1 = limb1 * 0x1b3 + (product0 >>> 16);
        const product2 = limb2 * 0x1b3 + (limb0 << 8) + (product1 >>> 16);
        const product3 = limb3 * 0x1b3 + (limb1 << 8) + (product2 >>> 16);
        limb0 = product0 & 0xffff;
        limb1 = product1 & 0xffff;
        limb2 = product2 & 0xffff;
        limb3 = product3 & 0xffff;
      }
    }
  }
  return toHex(limb3) + toHex(limb2) + toHex(limb1) + toHex(limb0);
}

/** Writes the UTF-8 bytes of a non-ASCII code point; returns how many. */
function encodeUtf8(codePoint: number, bytes: number[]): number {
  if (codePoint < 0x800) {
    bytes[0] = 0xc0 | (codePoint >> 6);
    bytes[1] = 0x80 | (codePoint & 0x3f);
    return 2;
  }
  if (codePoint < 0x10000) {
    bytes[0] = 0xe0 | (codePoint >> 12);
    bytes[1] = 0x80 | ((codePoint >> 6) & 0x3f);
    bytes[2] = 0x80 | (codePoint & 0x3f);
    return 3;
  }
  bytes[0] = 0xf0 | (codePoint >> 18);
  bytes[1] = 0x80 | ((codePoint >> 12) & 0x3f);
  bytes[2] = 0x80 | ((codePoint >> 6) & 0x3f);
  bytes[3] = 0x80 | (codePoint & 0x3f);
  return 4;
}

function toHex(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}
