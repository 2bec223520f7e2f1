import type { IncomingMessage, ServerResponse } from 'node:http';
import { type FakeAccount, type FakeMedia, type FakeStatus, statusJson } from './fake-mastodon-entities.js';

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
export type Token = { accountId: string; scopes: string[]; clientId: string };
export type Context = {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  params: string[];
  body: Record<string, unknown>;
  token: Token | null;
  /** Answers; a fault `*_after` lets the handler take effect, then breaks the answer. */
  answer: (status: number, body: unknown, headers?: Record<string, string>) => void;
};
export type Route = [method: string, path: RegExp, handler: (context: Context) => Promise<void> | void];

/** Everything the fake server remembers, and the helpers its routes share. */
export function createFakeState(options: FakeMastodonOptions) {
  const now = options.now ?? Date.now;
  let nextId = 110_000_000_000_000_000n;
  // Mastodon ids are increasing snowflakes, compared as numbers.
  const newId = () => {
    nextId += BigInt(1 + Math.floor(Math.random() * 1000));
    return nextId.toString();
  };
  const accounts = new Map<string, FakeAccount>();
  const statuses = new Map<string, FakeStatus>();
  const media = new Map<string, FakeMedia>();
  let base = '';
  const addAccount = (username: string) => {
    const account: FakeAccount = { id: newId(), username, createdAt: new Date(now()).toISOString() };
    accounts.set(account.id, account);
    return account;
  };
  const error = (context: Context, status: number, message: string) =>
    context.answer(status, { error: message });
  return {
    options,
    now,
    newId,
    maxCharacters: options.maxCharacters ?? 500,
    maxMedia: options.maxMediaAttachments ?? 4,
    imageSizeLimit: options.imageSizeLimit ?? 16_777_216,
    accounts,
    apps: new Map<string, { secret: string; redirectUris: string[]; scopes: string[]; name: string }>(),
    codes: new Map<
      string,
      { clientId: string; redirectUri: string; challenge: string | null; scopes: string[]; accountId: string }
    >(),
    tokens: new Map<string, Token>(),
    statuses,
    media,
    idempotency: new Map<string, { statusId: string; at: number }>(),
    base: () => base,
    setBase: (url: string) => {
      base = url;
    },
    addAccount,
    defaultAccount: addAccount('cadence_test'),
    statusView: (status: FakeStatus) => {
      const account = accounts.get(status.accountId) as FakeAccount;
      const replyTo = status.inReplyToId ? statuses.get(status.inReplyToId) : undefined;
      const attached = status.mediaIds.map((id) => media.get(id)).filter((item): item is FakeMedia => !!item);
      return statusJson(base, status, account, attached, replyTo?.accountId ?? null);
    },
    error,
    /** 401 without a valid token, 403 outside the token's scopes (`write` covers `write:media`). */
    requireScope: (context: Context, scope: string): context is Context & { token: Token } => {
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
    },
  };
}
export type FakeState = ReturnType<typeof createFakeState>;
