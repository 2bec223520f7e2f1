import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authRoutes } from './fake-mastodon-auth-routes.js';
import type { FakeAccount, FakeStatus } from './fake-mastodon-entities.js';
import { type Context, createFakeState, type FakeMastodonOptions } from './fake-mastodon-state.js';
import { statusRoutes } from './fake-mastodon-status-routes.js';

export type { FakeMastodonOptions };

/**
 * A Mastodon server as its API documentation describes it, for tests only (no Mastodon installs
 * here). A contract test drives it with the `masto` client library to prove it answers like the
 * real one. Faults can be injected: 5xx before or after the effect, and calls that never answer.
 */
export type Fault = {
  /** Which calls: method and a path prefix such as `POST /api/v1/statuses`. */
  on: string;
  kind: 'error_before' | 'error_after' | 'hang_before' | 'hang_after';
  status?: number;
  /** Matching calls let through before this one fails (0: the next one). */
  skip?: number;
};
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
  const state = createFakeState(options);
  const { now, apps, tokens, statuses, media, defaultAccount, newId } = state;
  const rate = options.rateLimit ?? { limit: 300, windowMs: 300_000 };
  const rateWindows = new Map<string, { start: number; count: number }>();
  const faults: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const calls: string[] = [];
  const routes = [...authRoutes(state), ...statusRoutes(state)];
  const error = state.error;

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
    const url = new URL(request.url ?? '/', state.base());
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
  state.setBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return {
    url: state.base(),
    defaultAccount,
    addAccount: state.addAccount,
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
