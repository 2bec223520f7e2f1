import {
  freezePublicationRequest,
  type PublicationImage,
  type PublicationPart,
  type PublicationRequest,
} from '../../../contracts/connectors.js';
import { tagPublicationContent } from '../../../core/results/tracked-publication.js';
import type { UtmTags } from '../../../core/results/utm.js';
import type { NetworkKey } from '../../../core/strategy/networks.js';

/**
 * What the pipeline knows of a publication's content when it freezes it: the version's own text
 * (or the post's), the post's link and language. The media and threads work extends this shape
 * (images, several parts); everything that turns a post into a request lives in this file.
 */
export type PublicationSource = {
  idempotencyKey: string;
  postText: string;
  versionText: string | null;
  link: string | null;
  /** The network the version was written for (told to webhook receivers). */
  network?: string;
  /** The thread's parts with their images (content's `loadPublicationParts`); else one text part. */
  parts?: PublicationPart[];
  /** UTM tags for the links, when the workspace tracks links (results settings, on by default). */
  tracking?: { network: NetworkKey; tags: UtmTags } | null;
};

/** The request as stored in `publications.request` (JSON: image bytes as base64). */
export type StoredPublicationRequest = Omit<PublicationRequest, 'parts'> & {
  parts: { text: string; images: (Omit<PublicationImage, 'bytes'> & { base64: string })[] }[];
};

/** Builds the request frozen before the first call; every attempt then sends exactly this. */
export function buildPublicationRequest(
  source: PublicationSource,
  frozenAt: Date,
): Readonly<PublicationRequest> {
  const text = source.versionText ?? source.postText;
  let parts = source.parts ?? [{ text, images: [] }];
  let link = source.link;
  let trackedLinks: { url: string; tagged: string }[] = [];
  if (source.tracking) {
    const tagged = tagPublicationContent(
      { texts: parts.map((part) => part.text), link },
      source.tracking.network,
      source.tracking.tags,
    );
    parts = parts.map((part, index) => ({ ...part, text: tagged.texts[index] ?? part.text }));
    link = tagged.link;
    trackedLinks = tagged.trackedLinks;
  }
  return freezePublicationRequest({
    idempotencyKey: source.idempotencyKey,
    frozenAt: frozenAt.toISOString(),
    parts,
    ...(link ? { link: { url: link } } : {}),
    ...(trackedLinks.length > 0 ? { trackedLinks } : {}),
    ...(source.network ? { network: source.network } : {}),
  });
}

export function storePublicationRequest(request: Readonly<PublicationRequest>): StoredPublicationRequest {
  return {
    ...request,
    parts: request.parts.map((part) => ({
      text: part.text,
      images: part.images.map(({ bytes, ...image }) => ({
        ...image,
        base64: Buffer.from(bytes).toString('base64'),
      })),
    })),
  };
}

export function openPublicationRequest(stored: StoredPublicationRequest): Readonly<PublicationRequest> {
  return freezePublicationRequest({
    ...stored,
    parts: stored.parts.map((part) => ({
      text: part.text,
      images: part.images.map(({ base64, ...image }) => ({
        ...image,
        bytes: new Uint8Array(Buffer.from(base64, 'base64')),
      })),
    })),
  });
}
