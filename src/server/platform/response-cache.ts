import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import {
  createWorkspaceGenerationsCache,
  readWorkspaceChange,
} from '../../core/cache/workspace-generations-cache.js';
import type { DatabaseHandle } from './db.js';
import { listenToWorkspaceChanges } from './workspace-changes.js';

/**
 * A route opts in with `config.cache: true` (beside `config.access`): a workspace GET whose answer
 * depends only on the database, its path, its query string and the caller. Nothing that reads
 * "now" (a running duration, "today", relative dates), a header (Accept-Language) or sets
 * cookies itself.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    cache?: boolean;
  }
  interface FastifyInstance {
    responseCache: ResponseCacheState;
  }
}

export type ResponseCacheLimits = { maxEntries: number; maxBytes: number };

/** Enough for a few hundred pages of a week's entries (~20 KB each); nothing is kept at rest. */
export const defaultResponseCacheLimits: ResponseCacheLimits = {
  maxEntries: 2_000,
  maxBytes: 16 * 1024 * 1024,
};

export type ResponseCacheState = {
  readonly isEnabled: boolean;
  readonly hits: number;
  readonly misses: number;
  readonly size: number;
  readonly bytes: number;
};

type CachedAnswer = { body: string | Buffer; contentType: string };

/** Set on a request whose answer may be kept: under which key, read under which generation. */
const pendingStores = new WeakMap<FastifyRequest, { workspaceId: string; key: string; generation: number }>();

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The per-process response cache of opted-in workspace reads (ARCHITECTURE.md, "Response cache").
 * Coherent with the database: every committed change to a workspace's rows, whoever writes it,
 * is notified by the database's triggers and moves that workspace's generation; this process's
 * own writes move it as their answer is sent (after their commit), before the notification comes.
 * While the notifications are not heard (not yet, or the connection lost), nothing is cached.
 * Authentication, authorisation and validation run on every request before a kept answer is sent.
 */
export async function registerResponseCache(
  app: FastifyInstance,
  options: {
    database: DatabaseHandle;
    logger: Pick<Logger, 'warn' | 'info'>;
    limits: ResponseCacheLimits | false;
  },
): Promise<void> {
  const cache = createWorkspaceGenerationsCache<CachedAnswer>({
    maxEntries: options.limits ? options.limits.maxEntries : 0,
    maxBytes: options.limits ? options.limits.maxBytes : 0,
    sizeOf: (answer) =>
      typeof answer.body === 'string' ? Buffer.byteLength(answer.body) : answer.body.byteLength,
  });
  let hits = 0;
  let misses = 0;
  const listener = options.limits
    ? await listenToWorkspaceChanges(options.database, options.logger, {
        onChange(payload) {
          const change = readWorkspaceChange(payload);
          if (change === 'all') cache.invalidateAll();
          else cache.invalidate(change.workspaceId);
        },
        onMissedChanges: () => cache.invalidateAll(),
      })
    : null;
  app.addHook('onClose', async () => listener?.stop());
  app.decorate('responseCache', {
    get isEnabled() {
      return listener?.isListening ?? false;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    get size() {
      return cache.size;
    },
    get bytes() {
      return cache.bytes;
    },
  } satisfies ResponseCacheState);

  // Hooks on the routes that need them only: other reads pay nothing.
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.some((method) => !readMethods.has(method))) {
      if (listener) route.onSend = [...hooksOf(route.onSend), forgetWhatThisRequestChanged];
      if (route.config?.cache)
        throw new Error(`Route ${route.method} ${route.url}: only a GET may be cached`);
    }
    if (!route.config?.cache) return;
    if (typeof route.config.access !== 'object')
      throw new Error(`Route ${route.method} ${route.url}: only workspace routes may be cached`);
    // Turned off: the routes run exactly as without a cache (benchmark 2's uncached figure).
    if (!listener) return;
    route.preHandler = [...hooksOf(route.preHandler), answerFromCache];
    route.onSend = [...hooksOf(route.onSend), keepAnswer];
  });

  // A preHandler: after authentication, authorisation (onRequest) and validation, so a kept
  // answer is sent only to a caller the route admits, for a request it accepts.
  async function answerFromCache(request: FastifyRequest, reply: FastifyReply) {
    if (request.method !== 'GET' || !listener?.isListening) return;
    const membership = request.currentMembership;
    if (!membership) return;
    const workspaceId = membership.workspaceId.toLowerCase();
    // The role is reached through the person: a changed role is a changed membership row.
    const key = `${membership.userId}\n${request.url}`;
    const kept = cache.get(workspaceId, key);
    if (kept) {
      hits++;
      return reply.type(kept.contentType).send(kept.body);
    }
    misses++;
    pendingStores.set(request, { workspaceId, key, generation: cache.generationOf(workspaceId) });
  }

  async function keepAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const pending = pendingStores.get(request);
    if (!pending || reply.statusCode !== 200) return payload;
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    const contentType = reply.getHeader('content-type');
    if (typeof contentType !== 'string') return payload;
    cache.store(pending.workspaceId, pending.key, { body: payload, contentType }, pending.generation);
    return payload;
  }

  /**
   * A write's own changes, forgotten as its answer goes out (its transaction committed): the
   * person reads them at once, before the database's notification comes. Only for a caller the
   * route admitted: a refused request changed nothing.
   */
  async function forgetWhatThisRequestChanged(
    request: FastifyRequest,
    _reply: FastifyReply,
    payload: unknown,
  ) {
    const workspaceId = request.currentMembership?.workspaceId;
    if (workspaceId) cache.invalidate(workspaceId.toLowerCase());
    // Outside a workspace (a person's own name, an account deleted): any workspace may show it.
    else if (request.currentUser) cache.invalidateAll();
    return payload;
  }
}

/** A route's own hooks of one kind, as a list (Fastify takes one function or several). */
function hooksOf<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}
