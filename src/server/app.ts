import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Cadence } from './cadence.js';
import { version } from './modules/health/health.module.js';
import { registerAccessControl } from './platform/access.js';
import { registerOriginCheck } from './platform/origin-check.js';
import { answerPage } from './platform/page-data-answers.js';
import { createPageDataPreloads } from './platform/page-data-preloads.js';
import { handleError, notFound } from './platform/problem.js';
import { projectRoot } from './platform/project-root.js';
import { validateRequest } from './platform/request-validation.js';
import {
  defaultResponseCacheLimits,
  type ResponseCacheLimits,
  registerResponseCache,
} from './platform/response-cache.js';
import { serializeResponse } from './platform/response-serializer.js';
import { handleRouterError, registerSecurityHeaders } from './platform/security-headers.js';
import { registerSlowRequestLog } from './platform/slow-requests.js';
import { createWebShell } from './platform/web-shell.js';

export { version };

export type AppOptions = {
  /** Where the built web app lives; served when present. */
  webRoot?: string;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed (Fastify `trustProxy`): addresses or CIDR
   * ranges. Without it, every client is the address that connected.
   */
  trustProxy?: string[];
  /** The response cache of opted-in workspace reads: its bounds, or false for none. */
  responseCache?: ResponseCacheLimits | false;
};

const defaultWebRoot = path.join(projectRoot, 'dist/web');

/**
 * The HTTP side of a Cadence container: plugins, access control, every module's routes, the web
 * build. Builds no service: those come from createCadence.
 */
export async function buildApp(cadence: Cadence, options: AppOptions = {}): Promise<FastifyInstance> {
  const { logger } = cadence.platform;
  const { auth, workspaces, instance, apiTokens } = cadence.modules;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 5 * 1024 * 1024,
    frameworkErrors: handleRouterError,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validateRequest);
  app.setSerializerCompiler(serializeResponse);
  app.setErrorHandler(handleError);
  registerSlowRequestLog(app);

  // Registered before access control so the documentation routes arrive already declared.
  app.addHook('onRoute', (route) => {
    // The documentation pages are public by nature.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
  });
  // First, so that every answer carries the security headers, refusals by the hooks below included.
  registerSecurityHeaders(app);
  // Before access control: a forged request is refused without a query.
  registerOriginCheck(app, { trustedOrigins: cadence.platform.settings.trustedOrigins });
  registerAccessControl(app, {
    findUserBySession: auth.services.sessionCache.findUserBySession,
    findRole: (workspaceId, userId) => workspaces.services.workspacesRepository.findRole(workspaceId, userId),
    isInstanceAdministrator: instance.services.instanceAdministratorsRepository.isAdministrator,
    authenticateApiToken: apiTokens.services.apiTokensService.authenticate,
  });
  // After access control, so that its hooks see who calls; before the routes it serves.
  await registerResponseCache(app, {
    database: cadence.platform.database,
    logger,
    limits: options.responseCache ?? defaultResponseCacheLimits,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Cadence API', version, description: 'Make the time spent on social media pay off.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal API token (cad_…), for /api/v1 only',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });

  for (const module of Object.values(cadence.modules)) await module.registerRoutes?.(app);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const webRoot = options.webRoot ?? defaultWebRoot;
  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // scripts/compress-web.mjs wrote .br and .gz copies at build time.
      preCompressed: true,
      maxAge: '1h',
      setHeaders(reply, filePath) {
        // Vite puts a content hash in every asset's name: a new build means new names.
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        // index.html names the current build's assets, and sw.js the shell it caches: always ask
        // whether they changed (a stale service worker would keep serving an old build).
        else if (/(index\.html|sw\.js)(\.br|\.gz)?$/.test(filePath))
          reply.header('cache-control', 'no-cache');
      },
    });
  const webShell = hasWeb ? createWebShell(webRoot) : null;
  const pageDataPreloads = createPageDataPreloads({
    findUserBySession: auth.services.sessionCache.findUserBySession,
    findRole: (workspaceId, userId) => workspaces.services.workspacesRepository.findRole(workspaceId, userId),
    findSettings: (workspaceId) => workspaces.services.workspacesRepository.findSettings(workspaceId),
    declaredRoutes: app.declaredRoutes,
    now: () => cadence.platform.clock.now(),
  });
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || !webShell || request.method !== 'GET')
      return handleError(notFound(), request, reply);
    // The single-page app owns every other path (/invite/…, /w/…/settings); its index.html
    // names the chunks of the page at that path, so they download beside the entry, and a
    // signed-in member's page carries its first data (page-data-preloads.ts, page-data-answers.ts).
    const pathname = request.url.split('?')[0] ?? '/';
    const answers = await pageDataPreloads(request, reply, pathname, webShell.routeFor(pathname)?.pattern)
      .then((plan) => answerPage(app, request, plan, webShell.languageOf(request)))
      .catch((error: unknown) => {
        // The page works without them: it fetches its data itself.
        request.log.warn({ err: error }, 'page data answers failed');
        return new Map();
      });
    return webShell.send(request, reply, answers);
  });

  return app;
}
