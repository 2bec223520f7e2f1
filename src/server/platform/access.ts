import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../contracts/workspaces.js';
import { canAccessWorkspace, type WorkspaceAccess } from '../../core/access/index.js';
import { forbidden, HttpProblem, notFound, unauthorized } from './problem.js';

/**
 * Every /api route declares who may call it in `config.access`:
 * - 'public': anyone;
 * - 'user': a signed-in person;
 * - 'instance-admin': a signed-in administrator of the instance (its jobs, its administrators);
 * - { workspace: 'read' | 'write' | 'manage' | 'own' }: a member of the workspace in the path
 *   (`:workspaceId`) with at least that role. A non-member gets 404, as if it did not exist.
 * - { apiToken: 'read' | 'write' }: a personal API token (`Authorization: Bearer cad_…`) limited to
 *   the workspace in the path, whose person is a member there with at least that role. Sessions
 *   do not open these routes, and tokens open no other route: a token is not a session.
 * A route without the declaration refuses to register, so none can slip through unguarded.
 */
export type RouteAccess =
  | 'public'
  | 'user'
  | 'instance-admin'
  | { workspace: WorkspaceAccess }
  | { apiToken: 'read' | 'write' };

export type CurrentUser = { id: string; name: string; email: string };
export type CurrentMembership = { workspaceId: string; userId: string; role: Role };

/** A registered /api route and who may call it, kept so tests can enumerate every route. */
export type DeclaredRoute = {
  method: string;
  url: string;
  access: RouteAccess;
  hasBody: boolean;
  /** The route's response schemas by status code, as declared. */
  responses: Record<string, unknown>;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    declaredRoutes: DeclaredRoute[];
  }
  interface FastifyRequest {
    currentUser?: CurrentUser;
    currentMembership?: CurrentMembership;
  }
}

export type AccessDependencies = {
  /** May set headers on `reply` (a refreshed session cookie). */
  findUserBySession: (request: FastifyRequest, reply: FastifyReply) => Promise<CurrentUser | null>;
  findRole: (workspaceId: string, userId: string) => Promise<Role | null>;
  isInstanceAdministrator: (userId: string) => Promise<boolean>;
  /** The person a bearer token speaks for, if it may reach this workspace (throws 401/404/429). */
  authenticateApiToken: (
    authorization: string | undefined,
    workspaceId: string,
  ) => Promise<{ userId: string }>;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerAccessControl(app: FastifyInstance, dependencies: AccessDependencies) {
  const declaredRoutes: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declaredRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined)
      throw new Error(`Route ${route.method} ${route.url} must declare config.access`);
    if (typeof access === 'object' && !route.url.includes(':workspaceId')) {
      throw new Error(`Route ${route.method} ${route.url} declares workspace access but has no :workspaceId`);
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      declaredRoutes.push({
        method,
        url: route.url,
        access,
        hasBody: route.schema?.body !== undefined,
        responses: (route.schema?.response ?? {}) as Record<string, unknown>,
      });
    }
  });

  // onRequest runs before the body is parsed: an anonymous or foreign caller learns nothing
  // from validation messages.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (typeof access === 'object' && 'apiToken' in access) {
      await authoriseApiToken(request, reply, access.apiToken);
      return;
    }
    const user = await dependencies.findUserBySession(request, reply);
    if (!user) throw unauthorized();
    request.currentUser = user;
    if (access === 'user') return;
    if (access === 'instance-admin') {
      if (!(await dependencies.isInstanceAdministrator(user.id))) throw forbidden();
      return;
    }

    const workspaceId = (request.params as Record<string, string | undefined>).workspaceId ?? '';
    if (!uuidPattern.test(workspaceId)) throw notFound();
    const role = await dependencies.findRole(workspaceId, user.id);
    if (!role) throw notFound();
    if (!canAccessWorkspace(role, access.workspace)) throw forbidden();
    request.currentMembership = { workspaceId, userId: user.id, role };
  });

  async function authoriseApiToken(request: FastifyRequest, reply: FastifyReply, needed: 'read' | 'write') {
    const workspaceId = (request.params as Record<string, string | undefined>).workspaceId ?? '';
    let caller: { userId: string };
    try {
      caller = await dependencies.authenticateApiToken(request.headers.authorization, workspaceId);
    } catch (error) {
      if (error instanceof HttpProblem && error.status === 401) reply.header('www-authenticate', 'Bearer');
      if (error instanceof HttpProblem && error.status === 429)
        reply.header('retry-after', String(error.params.seconds));
      throw error;
    }
    if (!uuidPattern.test(workspaceId)) throw notFound();
    const role = await dependencies.findRole(workspaceId, caller.userId);
    if (!role) throw notFound();
    if (!canAccessWorkspace(role, needed)) throw forbidden();
    request.currentMembership = { workspaceId, userId: caller.userId, role };
  }
}

/** The signed-in caller; only valid on routes whose access is not 'public'. */
export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.currentUser) throw unauthorized();
  return request.currentUser;
}

/** The caller's membership of the workspace in the path; only valid on workspace routes. */
export function requireMembership(request: FastifyRequest): CurrentMembership {
  if (!request.currentMembership) throw notFound();
  return request.currentMembership;
}
