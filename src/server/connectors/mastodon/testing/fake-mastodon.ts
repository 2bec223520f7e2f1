import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  accountJson,
  type FakeAccount,
  type FakeMedia,
  type FakeStatus,
  mastodonLength,
  mediaJson,
  statusJson,
} from './fake-mastodon-entities.js';

/**
 * A Mastodon server as its API documentation describes it, for tests only (no Mastodon installs
 * here). A contract test drives it with the `masto` client library to prove it answers like the
 * real one. Faults can be injected: 5xx before or after the effect, and calls that never answer.
 */
export type FakeMastodonOptions = {
  maxCharacters?: number;
  maxMediaAttachments?: number;
  imageSizeLimit?: number;
  /** How many `GET /api/v1/media/:id` answer 206 before an upload is processed (0: 200 at once). */
  mediaProcessingPolls?: number;
  rateLimit?: { limit: number; windowMs: number };
  /** The fake's clock, so tests can pass the Idempotency-Key's hour without waiting. */
  now?: () => number;
};
export type Fault = {
  /** Which calls: method and a path prefix such as `POST /api/v1/statuses`. */
  on: string;
  kind: 'error_before' | 'error_after' | 'hang_before' | 'hang_after';
  status?: number;
  /** Matching calls let through before this one fails (0: the next one). */
  skip?: number;
};
type Token = { accountId: string; scopes: string[]; clientId: string };
type Handler = (context: Context) => Promise<void> | void;
type Context = {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  params: string[];
  body: Record<string, unknown>;
  token: Token | null;
  /** Runs the rest of the handler; a fault `*_after` lets it run, then breaks the answer. */
  answer: (status: number, body: unknown, headers?: Record<string, string>) => void;
};

const idempotencyTtlMs = 3_600_000;

/** Rails answers its own errors in JSON; a proxy in front (502, 503, 504) answers an HTML page. */
function failWith(response: ServerResponse, status: number) {
  if (status === 500) {
    response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ error: "We're sorry, but something went wrong on our end." }));
    return;
  }
  response.writeHead(status, { 'content-type': 'text/html' });
  response.end(`<html><body><h1>${status}</h1></body></html>`);
}

export async function startFakeMastodon(options: FakeMastodonOptions = {}) {
  const now = options.now ?? Date.now;
  const maxCharacters = options.maxCharacters ?? 500;
  const maxMedia = options.maxMediaAttachments ?? 4;
  const imageSizeLimit = options.imageSizeLimit ?? 16_777_216;
  const rate = options.rateLimit ?? { limit: 300, windowMs: 300_000 };
  let nextId = 110_000_000_000_000_000n;
  const newId = () => {
    nextId += BigInt(1 + Math.floor(Math.random() * 1000));
    return nextId.toString();
  };
  const accounts = new Map<string, FakeAccount>();
  const apps = new Map<string, { secret: string; redirectUris: string[]; scopes: string[]; name: string }>();
  const codes = new Map<
    string,
    { clientId: string; redirectUri: string; challenge: string | null; scopes: string[]; accountId: string }
  >();
  const tokens = new Map<string, Token>();
  const statuses = new Map<string, FakeStatus>();
  const media = new Map<string, FakeMedia>();
  const idempotency = new Map<string, { statusId: string; at: number }>();
  const rateWindows = new Map<string, { start: number; count: number }>();
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const calls: string[] = [];
  let base = '';

  const addAccount = (username: string) => {
    const account = { id: newId(), username, createdAt: new Date(now()).toISOString() };
    accounts.set(account.id, account);
    return account;
  };
  const defaultAccount = addAccount('cadence_test');

  const statusView = (status: FakeStatus) => {
    const account = accounts.get(status.accountId) as FakeAccount;
    const replyTo = status.inReplyToId ? statuses.get(status.inReplyToId) : undefined;
    const attached = status.mediaIds.map((id) => media.get(id)).filter((item): item is FakeMedia => !!item);
    return statusJson(base, status, account, attached, replyTo?.accountId ?? null);
  };
  const error = (context: Context, status: number, message: string) =>
    context.answer(status, { error: message });
  const requireScope = (context: Context, scope: string): context is Context & { token: Token } => {
    if (!context.token) {
      error(context, 401, 'The access token is invalid');
      return false;
    }
    const [family] = scope.split(':');
    if (!context.token.scopes.some((granted) => granted === scope || granted === family)) {
      error(context, 403, 'This action is outside the authorized scopes');
      return false;
    }
    return true;
  };

  const routes: [string, RegExp, Handler][] = [
    [
      'POST',
      /^\/api\/v1\/apps$/,
      (context) => {
        const redirectUris = String(context.body.redirect_uris ?? '')
          .split(/\s+/)
          .filter(Boolean);
        if (!context.body.client_name || redirectUris.length === 0)
          return error(
            context,
            422,
            "Validation failed: Application name can't be blank, Redirect URI can't be blank",
          );
        const clientId = randomBytes(20).toString('base64url');
        const app = {
          secret: randomBytes(20).toString('base64url'),
          redirectUris,
          name: String(context.body.client_name),
          scopes: String(context.body.scopes ?? 'read').split(/\s+/),
        };
        apps.set(clientId, app);
        context.answer(200, {
          id: newId(),
          name: app.name,
          website: context.body.website ?? null,
          scopes: app.scopes,
          redirect_uri: redirectUris.join('\n'),
          redirect_uris: redirectUris,
          client_id: clientId,
          client_secret: app.secret,
          vapid_key: '',
        });
      },
    ],
    [
      'GET',
      /^\/oauth\/authorize$/,
      (context) => {
        // The person signs in and approves; the fake approves at once as its default account.
        const query = context.url.searchParams;
        const app = apps.get(query.get('client_id') ?? '');
        const redirectUri = query.get('redirect_uri') ?? '';
        if (!app?.redirectUris.includes(redirectUri) || query.get('response_type') !== 'code')
          return error(context, 400, 'invalid_request');
        const method = query.get('code_challenge_method');
        if (query.get('code_challenge') && method !== 'S256') return error(context, 400, 'invalid_request');
        const scopes = (query.get('scope') ?? 'read').split(/\s+/);
        if (!scopes.every((scope) => app.scopes.includes(scope))) return error(context, 400, 'invalid_scope');
        const code = randomBytes(24).toString('base64url');
        codes.set(code, {
          clientId: query.get('client_id') ?? '',
          redirectUri,
          challenge: query.get('code_challenge'),
          scopes,
          accountId: defaultAccount.id,
        });
        const target = new URL(redirectUri);
        target.searchParams.set('code', code);
        if (query.get('state')) target.searchParams.set('state', query.get('state') ?? '');
        context.answer(302, '', { location: target.href });
      },
    ],
    [
      'POST',
      /^\/oauth\/token$/,
      (context) => {
        const body = context.body;
        const app = apps.get(String(body.client_id ?? ''));
        if (!app || app.secret !== body.client_secret)
          return context.answer(401, {
            error: 'invalid_client',
            error_description: 'Client authentication failed',
          });
        const grant = codes.get(String(body.code ?? ''));
        codes.delete(String(body.code ?? ''));
        const verifier = String(body.code_verifier ?? '');
        const proven =
          grant?.challenge === null ||
          createHash('sha256').update(verifier).digest('base64url') === grant?.challenge;
        if (
          body.grant_type !== 'authorization_code' ||
          !grant ||
          grant.clientId !== body.client_id ||
          grant.redirectUri !== body.redirect_uri ||
          !proven
        )
          return context.answer(400, {
            error: 'invalid_grant',
            error_description:
              'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
          });
        const token = randomBytes(32).toString('base64url');
        tokens.set(token, { accountId: grant.accountId, scopes: grant.scopes, clientId: grant.clientId });
        context.answer(200, {
          access_token: token,
          token_type: 'Bearer',
          scope: grant.scopes.join(' '),
          created_at: Math.floor(now() / 1000),
        });
      },
    ],
    [
      'POST',
      /^\/oauth\/revoke$/,
      (context) => {
        tokens.delete(String(context.body.token ?? ''));
        context.answer(200, {});
      },
    ],
    [
      'GET',
      /^\/api\/v2\/instance$/,
      (context) => {
        context.answer(200, {
          domain: new URL(base).host,
          title: 'Fake Mastodon',
          version: '4.3.0',
          source_url: 'https://github.com/mastodon/mastodon',
          description: '',
          usage: { users: { active_month: accounts.size } },
          thumbnail: { url: `${base}/thumbnail.png` },
          languages: ['fr', 'en'],
          configuration: {
            urls: { streaming: base.replace(/^http/, 'ws') },
            accounts: { max_featured_tags: 10 },
            statuses: {
              max_characters: maxCharacters,
              max_media_attachments: maxMedia,
              characters_reserved_per_url: 23,
            },
            media_attachments: {
              supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
              image_size_limit: imageSizeLimit,
              image_matrix_limit: 33_177_600,
              video_size_limit: 103_809_024,
              video_frame_rate_limit: 120,
              video_matrix_limit: 8_294_400,
              description_limit: 1500,
            },
            polls: {
              max_options: 4,
              max_characters_per_option: 50,
              min_expiration: 300,
              max_expiration: 2_629_746,
            },
            translation: { enabled: false },
          },
          registrations: { enabled: false, approval_required: false, message: null },
          contact: { email: '', account: null },
          rules: [],
        });
      },
    ],
    [
      'GET',
      /^\/api\/v1\/accounts\/verify_credentials$/,
      (context) => {
        if (!requireScope(context, 'read:accounts')) return;
        const account = accounts.get(context.token.accountId) as FakeAccount;
        context.answer(200, {
          ...accountJson(base, account),
          source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [] },
        });
      },
    ],
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
        context.answer(polls > 0 ? 202 : 200, mediaJson(base, item));
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
        context.answer(item.pollsLeft > 0 ? 206 : 200, mediaJson(base, item));
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

  async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return {};
    const type = request.headers['content-type'] ?? '';
    const parsed = new Request('http://body.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: Buffer.concat(chunks),
    });
    if (type.includes('application/json')) return (await parsed.json()) as Record<string, unknown>;
    const form = await parsed.formData();
    const body: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) {
      if (name.endsWith('[]'))
        body[name.slice(0, -2)] = [...((body[name.slice(0, -2)] as unknown[]) ?? []), value];
      else body[name] = value;
    }
    return body;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', base);
    const label = `${request.method} ${url.pathname}`;
    calls.push(label);
    const faultIndex = faults.findIndex((fault) => label.startsWith(fault.on));
    const candidate = faults[faultIndex];
    const fault = candidate && !candidate.skip ? faults.splice(faultIndex, 1)[0] : undefined;
    if (candidate?.skip) candidate.skip -= 1;
    if (fault?.kind === 'hang_before') return void hanging.add(response);
    if (fault?.kind === 'error_before') return failWith(response, fault.status ?? 503);
    const authorization = request.headers.authorization ?? '';
    const token = authorization.startsWith('Bearer ') ? (tokens.get(authorization.slice(7)) ?? null) : null;
    const headers: Record<string, string> = {};
    if (token) {
      const window = rateWindows.get(token.accountId);
      const current = !window || now() - window.start >= rate.windowMs ? { start: now(), count: 0 } : window;
      current.count += 1;
      rateWindows.set(token.accountId, current);
      headers['x-ratelimit-limit'] = String(rate.limit);
      headers['x-ratelimit-remaining'] = String(Math.max(0, rate.limit - current.count));
      headers['x-ratelimit-reset'] = new Date(current.start + rate.windowMs).toISOString();
      if (current.count > rate.limit)
        return void response
          .writeHead(429, { ...headers, 'content-type': 'application/json' })
          .end(JSON.stringify({ error: 'Too many requests' }));
    }
    const context: Context = {
      request,
      response,
      url,
      params: [],
      body: {},
      token,
      answer: (status, body, extra = {}) => {
        if (fault?.kind === 'hang_after') return void hanging.add(response);
        if (fault?.kind === 'error_after') return failWith(response, fault.status ?? 502);
        response.writeHead(status, {
          ...headers,
          ...extra,
          ...(body === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        });
        response.end(body === '' ? '' : JSON.stringify(body));
      },
    };
    try {
      context.body = await readBody(request);
      for (const [method, pattern, handler] of routes) {
        const match = request.method === method ? url.pathname.match(pattern) : null;
        if (match) {
          context.params = match.slice(1);
          return void (await handler(context));
        }
      }
      error(context, 404, 'Not Found');
    } catch (caught) {
      response.writeHead(500).end(JSON.stringify({ error: String(caught) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    defaultAccount,
    addAccount,
    /** A token as if the person had gone through OAuth (for tests that do not test OAuth). */
    issueToken(
      account: FakeAccount = defaultAccount,
      scopes = ['write:statuses', 'write:media', 'read:statuses', 'read:accounts'],
    ) {
      const token = randomBytes(32).toString('base64url');
      const clientId = randomBytes(8).toString('hex');
      apps.set(clientId, { secret: '', redirectUris: [], scopes, name: 'Cadence' });
      tokens.set(token, { accountId: account.id, scopes, clientId });
      return token;
    },
    revokeAll: () => tokens.clear(),
    inject: (...next: Fault[]) => faults.push(...next),
    calls,
    statusesOf: (account: FakeAccount = defaultAccount) =>
      [...statuses.values()]
        .filter((status) => status.accountId === account.id)
        .map((status) => ({ ...status, media: status.mediaIds.map((id) => media.get(id)) })),
    setCounts: (statusId: string, counts: Partial<FakeStatus['counts']>) => {
      const status = statuses.get(statusId);
      if (status) Object.assign(status.counts, counts);
    },
    /** Posts a status as if the person typed it in Mastodon's own app. */
    postByHand: (text: string, account: FakeAccount = defaultAccount) => {
      const status: FakeStatus = {
        id: newId(),
        accountId: account.id,
        text,
        createdAt: new Date(now()).toISOString(),
        inReplyToId: null,
        visibility: 'public',
        language: null,
        mediaIds: [],
        applicationName: 'Web',
        counts: { favourites: 0, reblogs: 0, replies: 0, quotes: 0 },
      };
      statuses.set(status.id, status);
      return status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FakeMastodon = Awaited<ReturnType<typeof startFakeMastodon>>;
