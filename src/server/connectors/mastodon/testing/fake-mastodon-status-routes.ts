import { type FakeMedia, type FakeStatus, mastodonLength, mediaJson } from './fake-mastodon-entities.js';
import type { FakeState, Route } from './fake-mastodon-state.js';

const idempotencyTtlMs = 3_600_000;

/** Media (v2 upload, 206 while processing) and statuses (Idempotency-Key kept an hour per account). */
export function statusRoutes(state: FakeState): Route[] {
  const {
    statuses,
    media,
    idempotency,
    apps,
    now,
    newId,
    error,
    requireScope,
    statusView,
    maxCharacters,
    maxMedia,
    imageSizeLimit,
    options,
  } = state;
  return [
    [
      'POST',
      /^\/api\/v2\/media$/,
      (context) => {
        if (!requireScope(context, 'write:media')) return;
        const file = context.body.file;
        if (!(file instanceof Blob)) return error(context, 422, "Validation failed: File can't be blank");
        if (file.size > imageSizeLimit)
          return error(
            context,
            422,
            `Validation failed: File file size must be less than ${Math.round(imageSizeLimit / 1_048_576)} MB`,
          );
        if (!file.type.startsWith('image/'))
          return error(
            context,
            422,
            'Validation failed: File has contents that are not what they are reported to be',
          );
        const polls = options.mediaProcessingPolls ?? 1;
        const item: FakeMedia = {
          id: newId(),
          accountId: context.token.accountId,
          description: typeof context.body.description === 'string' ? context.body.description : null,
          mimeType: file.type,
          bytes: file.size,
          pollsLeft: polls,
          statusId: null,
        };
        media.set(item.id, item);
        context.answer(polls > 0 ? 202 : 200, mediaJson(state.base(), item));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/media\/(\d+)$/,
      (context) => {
        if (!requireScope(context, 'write:media')) return;
        const item = media.get(context.params[0] ?? '');
        if (!item || item.accountId !== context.token.accountId)
          return error(context, 404, 'Record not found');
        if (item.pollsLeft > 0) item.pollsLeft -= 1;
        context.answer(item.pollsLeft > 0 ? 206 : 200, mediaJson(state.base(), item));
      },
    ],
    [
      'POST',
      /^\/api\/v1\/statuses$/,
      (context) => {
        if (!requireScope(context, 'write:statuses')) return;
        const accountId = context.token.accountId;
        const key = context.request.headers['idempotency-key'];
        const remembered = typeof key === 'string' ? idempotency.get(`${accountId} ${key}`) : undefined;
        if (remembered && now() - remembered.at < idempotencyTtlMs)
          return context.answer(200, statusView(statuses.get(remembered.statusId) as FakeStatus));
        const text = String(context.body.status ?? '');
        const rawMedia = context.body.media_ids ?? context.body['media_ids[]'] ?? [];
        const mediaIds = (Array.isArray(rawMedia) ? rawMedia : [rawMedia]).map(String);
        if (!text.trim() && mediaIds.length === 0)
          return error(context, 422, "Validation failed: Text can't be blank");
        if (mastodonLength(text, 23) > maxCharacters)
          return error(context, 422, `Validation failed: Text character limit of ${maxCharacters} exceeded`);
        if (mediaIds.length > maxMedia)
          return error(context, 422, `Validation failed: You can't attach more than ${maxMedia} images`);
        const attached = mediaIds.map((id) => media.get(id));
        if (attached.some((item) => !item || item.accountId !== accountId || item.statusId !== null))
          return error(context, 422, 'Validation failed: Media attachments are invalid');
        if (attached.some((item) => (item?.pollsLeft ?? 0) > 0))
          return error(
            context,
            422,
            'Cannot attach files that have not finished processing. Try again in a moment!',
          );
        const inReplyToId = context.body.in_reply_to_id ? String(context.body.in_reply_to_id) : null;
        if (inReplyToId && !statuses.has(inReplyToId)) return error(context, 404, 'Record not found');
        const status: FakeStatus = {
          id: newId(),
          accountId,
          text,
          createdAt: new Date(now()).toISOString(),
          inReplyToId,
          visibility: String(context.body.visibility ?? 'public'),
          language: typeof context.body.language === 'string' ? context.body.language : null,
          mediaIds,
          applicationName: apps.get(context.token.clientId)?.name ?? 'Web',
          counts: { favourites: 0, reblogs: 0, replies: 0, quotes: 0 },
        };
        statuses.set(status.id, status);
        for (const item of attached) if (item) item.statusId = status.id;
        if (inReplyToId) (statuses.get(inReplyToId) as FakeStatus).counts.replies += 1;
        if (typeof key === 'string')
          idempotency.set(`${accountId} ${key}`, { statusId: status.id, at: now() });
        context.answer(200, statusView(status));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/statuses$/,
      (context) => {
        const ids = context.url.searchParams.getAll('id[]');
        context.answer(
          200,
          ids
            .map((id) => statuses.get(id))
            .filter((item): item is FakeStatus => !!item)
            .map(statusView),
        );
      },
    ],
    [
      'GET',
      /^\/api\/v1\/statuses\/(\d+)\/source$/,
      (context) => {
        if (!requireScope(context, 'read:statuses')) return;
        const status = statuses.get(context.params[0] ?? '');
        if (!status || status.accountId !== context.token.accountId)
          return error(context, 404, 'Record not found');
        context.answer(200, { id: status.id, text: status.text, spoiler_text: '' });
      },
    ],
    [
      'GET',
      /^\/api\/v1\/statuses\/(\d+)$/,
      (context) => {
        const status = statuses.get(context.params[0] ?? '');
        if (!status) return error(context, 404, 'Record not found');
        context.answer(200, statusView(status));
      },
    ],
    [
      'GET',
      /^\/api\/v1\/accounts\/(\d+)\/statuses$/,
      (context) => {
        const query = context.url.searchParams;
        const limit = Math.min(Number(query.get('limit') ?? 20) || 20, 40);
        const maxId = query.get('max_id');
        const own = [...statuses.values()]
          .filter(
            (status) =>
              status.accountId === context.params[0] && (!maxId || BigInt(status.id) < BigInt(maxId)),
          )
          .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
          .slice(0, limit);
        context.answer(200, own.map(statusView));
      },
    ],
  ];
}
