import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freezePublicationRequest, type WebhookCredentials } from '../../../contracts/connectors.js';
import { systemClock } from '../../platform/clock.js';
import { parseNetworkAllowList } from '../../platform/network-address.js';
import { createSafeFetch } from '../../platform/safe-fetch.js';
import { accountInMemory } from '../connector.js';
import { signWebhook, verifyWebhook } from './signature.js';
import { startWebhookReceiver } from './testing/webhook-receiver.js';
import { createWebhookConnector } from './webhook-connector.js';

const secret = `whsec_${Buffer.from('a shared secret of enough bytes').toString('base64')}`;
const fetch = createSafeFetch({ allowList: parseNetworkAllowList('127.0.0.0/8') });
const connector = createWebhookConnector({ fetch, clock: systemClock, timeoutMs: 300 });
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let credentials: WebhookCredentials;
const account = () => accountInMemory(credentials);

const request = freezePublicationRequest({
  idempotencyKey: 'pub_0123456789abcdef',
  frozenAt: '2026-03-29T01:30:00.000Z',
  network: 'linkedin',
  parts: [
    {
      text: 'Nouvel atelier samedi',
      images: [{ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png', altText: 'Affiche' }],
    },
    { text: 'Inscriptions ouvertes' },
  ],
  link: { url: 'https://example.org/atelier', title: 'Atelier' },
  language: 'fr',
});

beforeAll(async () => {
  receiver = await startWebhookReceiver(secret);
  credentials = { network: 'webhook', url: receiver.url, secret };
});
afterAll(() => receiver.close());
beforeEach(() => receiver.reset());

describe('webhook signatures', () => {
  it('verifies what it signs and nothing else', () => {
    const signature = signWebhook(secret, 'msg_1', 1_700_000_000, '{"a":1}');
    const headers = { id: 'msg_1', timestamp: '1700000000', signature };
    expect(verifyWebhook({ secret, headers, body: '{"a":1}', nowSeconds: 1_700_000_010 })).toBe(true);
    expect(verifyWebhook({ secret, headers, body: '{"a":2}', nowSeconds: 1_700_000_010 })).toBe(false);
    expect(
      verifyWebhook({
        secret,
        headers: { ...headers, id: 'msg_2' },
        body: '{"a":1}',
        nowSeconds: 1_700_000_010,
      }),
    ).toBe(false);
    expect(
      verifyWebhook({
        secret: `whsec_${Buffer.from('another shared secret').toString('base64')}`,
        headers,
        body: '{"a":1}',
        nowSeconds: 1_700_000_010,
      }),
    ).toBe(false);
    // An old (replayed) delivery is refused even with a valid signature.
    expect(verifyWebhook({ secret, headers, body: '{"a":1}', nowSeconds: 1_700_001_000 })).toBe(false);
  });
});

describe('webhook connector', () => {
  it('posts the publication signed, with the idempotency key as webhook-id, and keeps the answer', async () => {
    receiver.queue({ kind: 'accept', answer: { id: 'li-123', url: 'https://linkedin.example/p/123' } });
    const result = await connector.publish(account(), request);
    expect(result).toMatchObject({
      status: 'published',
      remoteId: 'li-123',
      url: 'https://linkedin.example/p/123',
      receiverAnswer: { status: 200 },
    });
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery?.signatureValid).toBe(true);
    expect(delivery?.id).toBe(request.idempotencyKey);
    const body = JSON.parse(delivery?.body ?? '{}');
    expect(body).toMatchObject({
      type: 'post.publish',
      network: 'linkedin',
      language: 'fr',
      link: { url: 'https://example.org/atelier', title: 'Atelier' },
      parts: [
        {
          text: 'Nouvel atelier samedi',
          images: [{ mimeType: 'image/png', altText: 'Affiche', base64: 'AQID' }],
        },
        { text: 'Inscriptions ouvertes', images: [] },
      ],
    });
  });

  it('sends the same webhook-id on a retry, so the receiver keeps one', async () => {
    receiver.queue({ kind: 'fail', status: 503 });
    expect((await connector.publish(account(), request)).status).toBe('transient');
    expect((await connector.publish(account(), request)).status).toBe('published');
    expect((await connector.publish(account(), request)).status).toBe('published');
    expect(new Set(receiver.received.map((delivery) => delivery.id)).size).toBe(1);
    expect(receiver.accepted.size).toBe(1);
  });

  it('maps the receiver’s answers to what the pipeline should do', async () => {
    receiver.queue(
      { kind: 'fail', status: 429, headers: { 'retry-after': '120' } },
      { kind: 'fail', status: 410, body: 'gone' },
      { kind: 'fail', status: 422, body: 'no image allowed' },
      { kind: 'hang' },
    );
    expect(await connector.publish(account(), request)).toMatchObject({
      status: 'rate_limited',
      retryAfterSeconds: 120,
    });
    expect(await connector.publish(account(), request)).toMatchObject({ status: 'auth_expired' });
    expect(await connector.publish(account(), request)).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('no image allowed'),
    });
    // A receiver that does not answer in time may have acted: unknown, never "failed".
    expect(await connector.publish(account(), request)).toMatchObject({ status: 'unknown' });
    expect(await connector.lookUp(account(), request)).toEqual({ status: 'looked_up', parts: [null, null] });
  });

  it('is refused by a receiver that does not know the secret', async () => {
    const wrong = accountInMemory({ ...credentials, secret: 'another secret, long enough' });
    expect(await connector.publish(wrong, request)).toMatchObject({ status: 'auth_expired' });
    expect(receiver.accepted.size).toBe(0);
  });

  it('connects only to a receiver that answers a signed ping, and checks health the same way', async () => {
    if (connector.connection.kind !== 'endpoint') throw new Error('webhooks connect with an endpoint');
    const connected = await connector.connection.connect({ url: receiver.url, secret });
    expect(connected).toMatchObject({
      status: 'connected',
      accountName: expect.stringContaining('127.0.0.1'),
    });
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toEqual({ type: 'ping' });
    expect(await connector.connection.connect({ url: receiver.url, secret: 'short' })).toMatchObject({
      status: 'refused',
    });
    expect(await connector.checkHealth(account())).toMatchObject({ status: 'healthy' });
    receiver.queue({ kind: 'fail', status: 500 });
    expect(await connector.checkHealth(account())).toMatchObject({ status: 'transient' });
  });

  it('refuses to call a private address unless the self-hoster allowed it', async () => {
    const strict = createWebhookConnector({ fetch: createSafeFetch(), clock: systemClock });
    expect(await strict.publish(account(), request)).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/Refused/),
    });
    expect(receiver.received).toHaveLength(0);
  });
});
