/**
 * A webhook secret in the Standard Webhooks format: `whsec_` then the key's bytes in base64 (the
 * receiver decodes them to get the HMAC key). 32 random bytes give a 256-bit key, as HMAC-SHA256
 * wants. The bytes come from the caller (`crypto.getRandomValues`): core does no I/O.
 */
export const webhookSecretKeyBytes = 32;
export const webhookSecretMinLength = 24;

export function formatWebhookSecret(keyBytes: Uint8Array): string {
  if (keyBytes.length < webhookSecretKeyBytes)
    throw new Error(`A webhook key needs ${webhookSecretKeyBytes} random bytes`);
  let binary = '';
  for (const byte of keyBytes) binary += String.fromCharCode(byte);
  return `whsec_${btoa(binary)}`;
}

/**
 * What Cadence accepts as a secret: a `whsec_` key whose base64 decodes to at least 24 bytes, or
 * any other text of at least 24 characters (used as UTF-8, as receivers that do not follow the
 * convention expect).
 */
export function isAcceptableWebhookSecret(secret: string): boolean {
  if (!secret.startsWith('whsec_')) return secret.length >= webhookSecretMinLength;
  const encoded = secret.slice('whsec_'.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return false;
  return (encoded.length / 4) * 3 - (encoded.match(/=/g)?.length ?? 0) >= webhookSecretMinLength;
}
