import { describe, expect, it } from 'vitest';
import { connectorCredentialsSchema, freezePublicationRequest } from './connectors.js';

const valid = {
  idempotencyKey: 'pub_0123456789abcdef',
  frozenAt: '2026-03-29T01:30:00.000Z',
  parts: [{ text: 'Bonjour', images: [{ bytes: new Uint8Array([1]), mimeType: 'image/png', altText: '' }] }],
};

describe('freezePublicationRequest', () => {
  it('returns a request no code path can change', () => {
    const request = freezePublicationRequest(valid);
    expect(Object.isFrozen(request)).toBe(true);
    expect(() => {
      (request.parts as { text: string }[])[0] = { text: 'autre' };
    }).toThrow(TypeError);
    expect(() => {
      (request.parts[0] as { text: string }).text = 'autre';
    }).toThrow(TypeError);
    expect(() => {
      (request.parts[0]?.images[0] as { altText: string }).altText = 'autre';
    }).toThrow(TypeError);
  });

  it('refuses a request without parts, with a weak key, or with an unsupported image', () => {
    expect(() => freezePublicationRequest({ ...valid, parts: [] })).toThrow();
    expect(() => freezePublicationRequest({ ...valid, idempotencyKey: 'short' })).toThrow();
    expect(() =>
      freezePublicationRequest({
        ...valid,
        parts: [{ text: 'x', images: [{ bytes: new Uint8Array(1), mimeType: 'image/tiff', altText: '' }] }],
      }),
    ).toThrow();
    expect(() => freezePublicationRequest({ ...valid, link: { url: 'javascript:alert(1)' } })).toThrow();
  });
});

describe('connector credentials', () => {
  it('are told apart by their network', () => {
    const parsed = connectorCredentialsSchema.parse({
      network: 'webhook',
      url: 'https://hooks.example.org/a',
      secret: 'x'.repeat(24),
    });
    expect(parsed.network).toBe('webhook');
    expect(
      connectorCredentialsSchema.safeParse({ network: 'mastodon', url: 'https://x.example' }).success,
    ).toBe(false);
  });
});
