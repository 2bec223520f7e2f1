import { describe, expect, it } from 'vitest';
import { formatWebhookSecret, isAcceptableWebhookSecret } from './webhook-secret.js';

describe('webhook secrets', () => {
  it('formats 32 random bytes as whsec_ + base64, which it then accepts', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => index * 7);
    const secret = formatWebhookSecret(bytes);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toEqual(Buffer.from(bytes));
    expect(isAcceptableWebhookSecret(secret)).toBe(true);
    expect(() => formatWebhookSecret(new Uint8Array(8))).toThrow();
  });

  it('refuses short secrets and whsec_ keys that are not base64 or too short', () => {
    expect(isAcceptableWebhookSecret('a'.repeat(23))).toBe(false);
    expect(isAcceptableWebhookSecret('a'.repeat(24))).toBe(true);
    expect(isAcceptableWebhookSecret('whsec_not base64 at all!!!!!!!!!')).toBe(false);
    expect(isAcceptableWebhookSecret(`whsec_${Buffer.alloc(16).toString('base64')}`)).toBe(false);
    expect(isAcceptableWebhookSecret(`whsec_${Buffer.alloc(24).toString('base64')}`)).toBe(true);
  });
});
