import { createHash } from 'node:crypto';
import type { PublicationRequest } from '../../../contracts/connectors.js';

const sortableBase32 = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * The record key of one part, fixed before the first try and the same on every attempt: a TID
 * (13 characters: 53 bits of microseconds, 10 bits of clock id) derived from the frozen
 * publication. The microseconds are the freeze instant plus an offset from the key's hash
 * (25 per slot, so a thread's parts stay in order); the clock id is more of the hash. Two
 * publications of one account frozen in the same millisecond collide once in ~40,000; a
 * look-up compares the record it finds with ours, so a collision is reported, never mistaken
 * for our post.
 */
export function recordKeyFor(
  request: Pick<PublicationRequest, 'idempotencyKey' | 'frozenAt'>,
  partIndex: number,
): string {
  const hash = createHash('sha256').update(request.idempotencyKey).digest();
  const slot = hash.readUInt16BE(0) % 40;
  const clockId = BigInt(hash.readUInt16BE(2) % 1024);
  const micros = BigInt(Date.parse(request.frozenAt)) * 1000n + BigInt(slot * 25 + partIndex);
  let value = (micros << 10n) | clockId;
  let text = '';
  for (let index = 0; index < 13; index += 1) {
    text = sortableBase32.charAt(Number(value & 31n)) + text;
    value >>= 5n;
  }
  return text;
}

export type BlobRef = { $type: 'blob'; ref: { $link: string }; mimeType: string; size: number };
export type StrongRef = { uri: string; cid: string };
type Facet = {
  index: { byteStart: number; byteEnd: number };
  features: { $type: string; did?: string; uri?: string }[];
};

/**
 * Links, mentions and hashtags as facets (UTF-8 byte ranges), found by RichText's detection.
 * Mentions are resolved by Cadence's own resolver (through the SSRF-safe fetch); one that does
 * not resolve is left as plain text rather than written as an invalid facet.
 */
export async function detectFacets(
  text: string,
  resolveHandle: (handle: string) => Promise<string | null>,
  trackedLinks: readonly { url: string; tagged: string }[] = [],
): Promise<Facet[]> {
  // @atproto/api is loaded on the first Bluesky post, not at start: importing it took 0.4-2 s of
  // a cold start (bench/README.md, benchmark 4).
  const { RichText } = await import('@atproto/api');
  const richText = new RichText({ text });
  richText.detectFacetsWithoutResolution();
  const facets = (richText.facets ?? []) as Facet[];
  const resolved: Facet[] = [];
  for (const facet of facets) {
    const features = [];
    for (const feature of facet.features) {
      if (feature.$type === 'app.bsky.richtext.facet#link') {
        // The text shows the link as written (its length was checked); the facet carries the tags.
        const tracked = trackedLinks.find((link) => link.url === feature.uri);
        features.push(tracked ? { ...feature, uri: tracked.tagged } : feature);
      } else if (feature.$type !== 'app.bsky.richtext.facet#mention') features.push(feature);
      else {
        const did = await resolveHandle(feature.did ?? '');
        if (did) features.push({ ...feature, did });
      }
    }
    if (features.length > 0) resolved.push({ ...facet, features });
  }
  return resolved;
}

/**
 * The record of one part. Everything in it comes from the frozen request, the blobs (addressed
 * by their content) and the refs of earlier parts (kept from their own answers), so every
 * attempt writes the same record.
 */
export function buildPostRecord(input: {
  request: Readonly<PublicationRequest>;
  partIndex: number;
  facets: Facet[];
  images: { blob: BlobRef; altText: string }[];
  reply: { root: StrongRef; parent: StrongRef } | null;
}): Record<string, unknown> {
  const { request, partIndex } = input;
  const part = request.parts[partIndex];
  const link = partIndex === 0 && input.images.length === 0 ? request.link : undefined;
  const embed =
    input.images.length > 0
      ? {
          $type: 'app.bsky.embed.images',
          images: input.images.map(({ blob, altText }) => ({ image: blob, alt: altText })),
        }
      : link
        ? {
            $type: 'app.bsky.embed.external',
            external: { uri: link.url, title: link.title, description: link.description },
          }
        : undefined;
  return {
    $type: 'app.bsky.feed.post',
    text: part?.text ?? '',
    createdAt: new Date(request.frozenAt).toISOString(),
    ...(input.facets.length > 0 ? { facets: input.facets } : {}),
    ...(request.language ? { langs: [request.language] } : {}),
    ...(input.reply ? { reply: input.reply } : {}),
    ...(embed ? { embed } : {}),
  };
}
