import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signatures in the manner of the Standard Webhooks convention: HMAC-SHA256 over
 * `${webhookId}.${timestamp}.${body}`, sent as `webhook-signature: v1,<base64>`. A secret written
 * `whsec_<base64>` is that key's bytes; any other secret is used as UTF-8 text.
 */
function secretKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

export function signWebhook(secret: string, webhookId: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', secretKey(secret))
    .update(`${webhookId}.${timestamp}.${body}`)
    .digest('base64');
  return `v1,${digest}`;
}

/**
 * What a receiver does (used by Cadence's tests; documented for people writing receivers):
 * recompute, compare in constant time, and refuse timestamps older or newer than the tolerance.
 */
export function verifyWebhook(input: {
  secret: string;
  headers: { id: string; timestamp: string; signature: string };
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const timestamp = Number(input.headers.timestamp);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(input.secret, input.headers.id, timestamp, input.body));
  return input.headers.signature.split(' ').some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
