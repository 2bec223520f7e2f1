import {
  freezePublicationRequest,
  type PublicationImage,
  type PublicationPart,
  type PublicationRequest,
} from '../../../contracts/connectors.js';

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
  return freezePublicationRequest({
    idempotencyKey: source.idempotencyKey,
    frozenAt: frozenAt.toISOString(),
    parts: source.parts ?? [{ text, images: [] }],
    ...(source.link ? { link: { url: source.link } } : {}),
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
