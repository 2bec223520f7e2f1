import type { ApiToken, CreateApiTokenBody, CreatedApiToken } from '../../../contracts/api-tokens.js';
import {
  apiTokenHint,
  apiTokenPrefix,
  apiTokenRatePolicy,
  lastUseResolutionMs,
  type RateWindow,
  readBearerToken,
  shouldRecordUse,
  takeRequest,
} from '../../../core/api-tokens/api-tokens.js';
import type { Clock } from '../../platform/clock.js';
import { createUrlToken, hashToken } from '../../platform/crypto.js';
import { HttpProblem, notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ApiTokenRow, ApiTokensRepository } from './api-tokens.repository.js';

/** Who a valid bearer token speaks for. */
export type ApiTokenCaller = { userId: string; tokenId: string };

export function createApiTokensService({
  apiTokensRepository,
  workspacesRepository,
  clock,
}: {
  apiTokensRepository: ApiTokensRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'listForUser'>;
  clock: Clock;
}) {
  /**
   * Requests per token in the current minute, in this process's memory: counting in the database
   * would write on every request, which "last used" (once a minute) is careful not to do. A
   * restart forgets the counts; N processes allow N times the limit.
   */
  const windows = new Map<string, RateWindow>();

  function forgetOldWindows(now: number) {
    if (windows.size < 10_000) return;
    for (const [tokenId, window] of windows)
      if (now - window.startedAt >= apiTokenRatePolicy.windowMs) windows.delete(tokenId);
  }

  async function describe(userId: string, rows: ApiTokenRow[]): Promise<ApiToken[]> {
    const memberships = await workspacesRepository.listForUser(userId);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      hint: row.hint,
      workspaces: memberships
        .filter((workspace) => row.workspaceIds.includes(workspace.id))
        .map(({ id, name, currency }) => ({ id, name, currency })),
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    }));
  }

  return {
    async list(userId: string): Promise<ApiToken[]> {
      return describe(userId, await apiTokensRepository.listActive(userId));
    },

    /** A new token limited to workspaces the person belongs to; the answer is the only time it is shown. */
    async create(userId: string, body: CreateApiTokenBody): Promise<CreatedApiToken> {
      const memberOf = new Set(
        (await workspacesRepository.listForUser(userId)).map((workspace) => workspace.id),
      );
      if (!body.workspaceIds.every((id) => memberOf.has(id)))
        throw unprocessable('api_token_workspace_unknown', {}, ['workspaceIds']);
      const token = `${apiTokenPrefix}${createUrlToken(32)}`;
      const row = await apiTokensRepository.insert({
        userId,
        name: body.name,
        tokenHash: hashToken(token),
        hint: apiTokenHint(token),
        workspaceIds: body.workspaceIds,
      });
      const [apiToken] = await describe(userId, [row]);
      if (!apiToken) throw new Error('token vanished');
      return { token, apiToken };
    },

    async revoke(userId: string, tokenId: string): Promise<void> {
      if (!(await apiTokensRepository.revoke(userId, tokenId, clock.now()))) throw notFound();
    },

    /**
     * The caller of a token route: 401 without a valid token (a revoked one says so), 429 over
     * the limit, 404 for a workspace the token is not limited to. Membership and role are the
     * access control's to check, as for a session.
     */
    async authenticate(authorization: string | undefined, workspaceId: string): Promise<ApiTokenCaller> {
      const token = readBearerToken(authorization);
      if (!token) throw new HttpProblem(401, 'api_token_required');
      const row = await apiTokensRepository.findByHash(hashToken(token));
      if (!row) throw new HttpProblem(401, 'api_token_invalid');
      if (row.revokedAt) throw new HttpProblem(401, 'api_token_revoked');
      const now = clock.now();
      forgetOldWindows(now.getTime());
      const taken = takeRequest(windows.get(row.id), now.getTime(), apiTokenRatePolicy);
      windows.set(row.id, taken.window);
      if (!taken.allowed)
        throw new HttpProblem(429, 'api_rate_limited', {
          seconds: taken.retryAfterSeconds,
          limit: apiTokenRatePolicy.limit,
        });
      if (!row.workspaceIds.includes(workspaceId)) throw notFound();
      if (shouldRecordUse(row.lastUsedAt, now))
        await apiTokensRepository.recordUse(row.id, now, new Date(now.getTime() - lastUseResolutionMs));
      return { userId: row.userId, tokenId: row.id };
    },
  };
}

export type ApiTokensService = ReturnType<typeof createApiTokensService>;
