import type {
  MastodonCredentials,
  PublicationImage,
  PublicationRequest,
  PublishedPart,
  PublishResult,
} from '../../../contracts/connectors.js';
import type { Clock } from '../../platform/clock.js';
import type { MastodonHttp } from './mastodon-http.js';
import { readString } from './mastodon-http.js';

export type MediaPolling = { intervalMs: number; maxWaitMs: number };
type Failure = Extract<PublishResult, { publishedParts: PublishedPart[] }> & {
  status: Exclude<PublishResult['status'], 'published'>;
};

/** The key of one part: the publication's key, suffixed so each part of a thread is its own status. */
export function partIdempotencyKey(request: Readonly<PublicationRequest>, index: number): string {
  return `${request.idempotencyKey}-${index}`;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uploads one image (v2: 200 when ready, 202 while processing) and waits until Mastodon has
 * processed it (GET /api/v1/media/:id answers 206 until then). Uploads are harmless to repeat:
 * media never attached expire, so only the status call itself is guarded by the idempotency key.
 */
async function uploadImage(
  http: MastodonHttp,
  credentials: MastodonCredentials,
  image: PublicationImage,
  polling: MediaPolling,
  publishedParts: PublishedPart[],
): Promise<{ ok: true; id: string } | { ok: false; error: Failure }> {
  const form = new FormData();
  const extension = image.mimeType.split('/')[1] ?? 'bin';
  form.append('file', new Blob([image.bytes], { type: image.mimeType }), `image.${extension}`);
  if (image.altText) form.append('description', image.altText);
  const uploaded = await http.call(credentials, '/api/v2/media', {
    method: 'POST',
    body: form,
    publishedParts,
  });
  if (!uploaded.ok) return { ok: false, error: uploaded.error as Failure };
  const id = readString(uploaded.body, 'id');
  if (uploaded.status === 200) return { ok: true, id };
  const deadline = Date.now() + polling.maxWaitMs;
  while (Date.now() < deadline) {
    await wait(polling.intervalMs);
    const state = await http.call(credentials, `/api/v1/media/${encodeURIComponent(id)}`, { publishedParts });
    if (!state.ok) return { ok: false, error: state.error as Failure };
    if (state.status === 200) return { ok: true, id };
  }
  return {
    ok: false,
    error: { status: 'transient', message: 'The server is still processing an image', publishedParts },
  };
}

/**
 * Posts the thread's parts in order, each replying to the previous one, from where an earlier
 * attempt stopped. Each part's status id is kept from its own answer (never looked up again).
 */
export async function publishThread(input: {
  http: MastodonHttp;
  clock: Clock;
  credentials: MastodonCredentials;
  request: Readonly<PublicationRequest>;
  resumeFrom: readonly PublishedPart[];
  polling: MediaPolling;
}): Promise<PublishResult> {
  const { http, credentials, request } = input;
  const publishedParts: PublishedPart[] = [...input.resumeFrom];
  let firstCreatedAt: string | null = null;
  for (let index = publishedParts.length; index < request.parts.length; index += 1) {
    const part = request.parts[index];
    if (!part) break;
    const mediaIds: string[] = [];
    for (const image of part.images) {
      const uploaded = await uploadImage(http, credentials, image, input.polling, [...publishedParts]);
      if (!uploaded.ok) return uploaded.error;
      mediaIds.push(uploaded.id);
    }
    const previous = publishedParts.at(-1);
    const body = {
      status: part.text,
      media_ids: mediaIds,
      visibility: 'public',
      ...(request.language ? { language: request.language } : {}),
      ...(previous ? { in_reply_to_id: previous.remoteId } : {}),
    };
    const created = await http.call(credentials, '/api/v1/statuses', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'idempotency-key': partIdempotencyKey(request, index) },
      isPublishCall: true,
      publishedParts: [...publishedParts],
    });
    if (!created.ok) return created.error;
    const remoteId = readString(created.body, 'id');
    const url = (created.body as { url?: unknown }).url;
    publishedParts.push({ remoteId, url: typeof url === 'string' ? url : '' });
    if (index === 0) firstCreatedAt = readString(created.body, 'created_at');
  }
  const [first] = publishedParts;
  if (!first) return { status: 'rejected', reason: 'Nothing to publish', publishedParts };
  return {
    status: 'published',
    remoteId: first.remoteId,
    url: first.url,
    publishedAt: firstCreatedAt ?? input.clock.now().toISOString(),
    publishedParts,
  };
}
