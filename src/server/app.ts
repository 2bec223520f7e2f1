import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { createAuth } from './modules/auth/auth.js';
import { registerAuthRoutes, toFetchHeaders } from './modules/auth/auth.routes.js';
import { createSessionCache } from './modules/auth/session-cache.js';
import { budgetRoutes } from './modules/budget/budget.routes.js';
import { createBudgetService } from './modules/budget/budget.service.js';
import { createCategoriesRepository } from './modules/budget/categories.repository.js';
import { createCategoriesService } from './modules/budget/categories.service.js';
import { createWorkOptionsRepository } from './modules/budget/work-options.repository.js';
import { createWorkOptionsService } from './modules/budget/work-options.service.js';
import { demoRoutes } from './modules/demo/demo.routes.js';
import { createDemoService } from './modules/demo/demo.service.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createProfileRepository } from './modules/profile/profile.repository.js';
import { profileRoutes } from './modules/profile/profile.routes.js';
import { createProfileService } from './modules/profile/profile.service.js';
import { createCalendarFeedsRepository } from './modules/routine/calendar-feeds.repository.js';
import { calendarFeedsRoutes } from './modules/routine/calendar-feeds.routes.js';
import { createCalendarFeedsService } from './modules/routine/calendar-feeds.service.js';
import { createGenerateRoutineService } from './modules/routine/generate-routine.service.js';
import { createOccurrenceFitChecks } from './modules/routine/occurrence-fit.js';
import { routineRoutes } from './modules/routine/routine.routes.js';
import { createRoutineBlocksRepository } from './modules/routine/routine-blocks.repository.js';
import { createRoutineBlocksService } from './modules/routine/routine-blocks.service.js';
import { createRoutineComparisonService } from './modules/routine/routine-comparison.service.js';
import { createRoutineOccurrencesRepository } from './modules/routine/routine-occurrences.repository.js';
import { createRoutineOccurrencesService } from './modules/routine/routine-occurrences.service.js';
import { createNetworksRepository } from './modules/strategy/networks.repository.js';
import { createObjectivesRepository } from './modules/strategy/objectives.repository.js';
import { createObjectivesService } from './modules/strategy/objectives.service.js';
import { createPersonasRepository } from './modules/strategy/personas.repository.js';
import { createPersonasService } from './modules/strategy/personas.service.js';
import { createStrategyRepository } from './modules/strategy/strategy.repository.js';
import { strategyRoutes } from './modules/strategy/strategy.routes.js';
import { createStrategyService } from './modules/strategy/strategy.service.js';
import { createTrackingServices } from './modules/tracking/create-tracking-services.js';
import {
  createRoutineBlockLookup,
  createRoutineWeekSource,
  startTimerOnOccurrence,
} from './modules/tracking/routine-link.js';
import { createDemoTimeSeeder } from './modules/tracking/seed-demo-time.js';
import { trackingRoutes } from './modules/tracking/tracking.routes.js';
import { createInvitationsRepository } from './modules/workspaces/invitations.repository.js';
import { createInvitationsService } from './modules/workspaces/invitations.service.js';
import { createMembersRepository } from './modules/workspaces/members.repository.js';
import { createMembersService } from './modules/workspaces/members.service.js';
import { cacheWorkspaceAccess } from './modules/workspaces/workspace-access-cache.js';
import { createWorkspacesRepository } from './modules/workspaces/workspaces.repository.js';
import { workspacesRoutes } from './modules/workspaces/workspaces.routes.js';
import { createWorkspacesService, type RunInTransaction } from './modules/workspaces/workspaces.service.js';
import { registerAccessControl } from './platform/access.js';
import type { Clock } from './platform/clock.js';
import type { DatabaseHandle } from './platform/db.js';
import type { Mailer } from './platform/mail.js';
import { registerOriginCheck } from './platform/origin-check.js';
import { handleError, notFound } from './platform/problem.js';
import { validateRequest } from './platform/request-validation.js';
import { handleRouterError, securityHeaderOptions } from './platform/security-headers.js';

export type AppDependencies = {
  database: DatabaseHandle;
  logger: Logger;
  clock: Clock;
  mailer: Mailer;
  secret: string;
  baseUrl: string;
  trustedOrigins: string[];
  loginAttemptsPerMinute: number;
  /**
   * Reverse proxies whose `X-Forwarded-For` is believed (Fastify `trustProxy`): addresses or CIDR
   * ranges. Without it, every client is the address that connected.
   */
  trustProxy?: string[];
  /** Where the built web app lives; served when present. */
  webRoot?: string;
  accessCacheTtlMilliseconds?: number;
};

export const version = '0.1.0';

/**
 * How long a process trusts what it remembered of a session, a role or a workspace's zone. The
 * process making a change forgets at once; with several processes on one PostgreSQL, a sign-out,
 * a removed member or a new zone reaches the others within this delay.
 */
export const defaultAccessCacheTtlMilliseconds = 10_000;

const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The composition root of the HTTP side: wires repositories, services and routes. */
export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const { database, logger, clock, mailer } = dependencies;
  const { db } = database;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 5 * 1024 * 1024,
    frameworkErrors: handleRouterError,
    trustProxy: dependencies.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validateRequest);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  const runInTransaction: RunInTransaction = (work) => db.transaction((tx) => work(tx));
  const auth = createAuth({
    db,
    secret: dependencies.secret,
    baseUrl: dependencies.baseUrl,
    trustedOrigins: dependencies.trustedOrigins,
    loginAttemptsPerMinute: dependencies.loginAttemptsPerMinute,
    log: (level, message, details) => logger[level]({ details }, `better-auth: ${message}`),
  });

  // Sessions, roles and workspace zones are asked for on every request and rarely change.
  const accessCacheOptions = {
    ttlMilliseconds: dependencies.accessCacheTtlMilliseconds ?? defaultAccessCacheTtlMilliseconds,
    maxEntries: 10_000,
  };
  const sessionCache = createSessionCache(async (request) => {
    const { headers, response: found } = await auth.api.getSession({
      headers: toFetchHeaders(request.headers),
      returnHeaders: true,
    });
    if (!found) return null;
    const { id, name, email } = found.user;
    return {
      user: { id, name, email },
      expiresAt: found.session.expiresAt,
      setCookies: headers.getSetCookie(),
    };
  }, accessCacheOptions);
  const { workspacesRepository, membersRepository } = cacheWorkspaceAccess(
    { workspacesRepository: createWorkspacesRepository(db), membersRepository: createMembersRepository(db) },
    accessCacheOptions,
  );
  const networksRepository = createNetworksRepository(db);
  const categoriesRepository = createCategoriesRepository(db);
  const workOptionsRepository = createWorkOptionsRepository(db);
  const profileRepository = createProfileRepository(db);
  const workspacesService = createWorkspacesService({
    workspacesRepository,
    runInTransaction,
    onWorkspaceCreated: [categoriesRepository.seedReferenceCategories],
    defaultOwnerHourlyCost: async (userId) =>
      (await profileRepository.findProfile(userId))?.defaultHourlyRateCents ?? null,
  });
  const budgetService = createBudgetService({
    categoriesRepository,
    workOptionsRepository,
    membersRepository,
    workspacesRepository,
    runInTransaction,
  });
  const categoriesService = createCategoriesService({ categoriesRepository, clock });
  const workOptionsService = createWorkOptionsService({ workOptionsRepository });
  const strategyService = createStrategyService({
    strategyRepository: createStrategyRepository(db),
    networksRepository,
    runInTransaction,
  });
  const personasService = createPersonasService({ personasRepository: createPersonasRepository(db), clock });
  const objectivesService = createObjectivesService({
    objectivesRepository: createObjectivesRepository(db),
    workspacesRepository,
    clock,
  });
  const membersService = createMembersService({
    membersRepository,
    // A departing person's timer stops (the tracking services are built below).
    onMemberRemoved: [(departing) => trackingServices.timerService.stopTimerOfDeparting(departing)],
  });
  const invitationsService = createInvitationsService({
    invitationsRepository: createInvitationsRepository(db),
    membersRepository,
    runInTransaction,
    mailer,
    clock,
    baseUrl: dependencies.baseUrl,
    logger,
  });
  const profileService = createProfileService({
    profileRepository,
    networksRepository,
    workspacesService,
    runInTransaction,
    clock,
    onUserRenamed: sessionCache.forgetUser,
  });
  const routineBlocksRepository = createRoutineBlocksRepository(db);
  const routineOccurrencesRepository = createRoutineOccurrencesRepository(db);
  const occurrenceFitChecks = createOccurrenceFitChecks({
    routineBlocksRepository,
    routineOccurrencesRepository,
    categoriesRepository,
  });
  const routineDependencies = {
    assertSeriesMissesMovedOccurrences: occurrenceFitChecks.assertSeriesMissesMovedOccurrences,
    routineBlocksRepository,
    categoriesRepository,
    membersRepository,
    workspacesRepository,
    clock,
  };
  const routineBlocksService = createRoutineBlocksService(routineDependencies);
  const generateRoutineService = createGenerateRoutineService({ ...routineDependencies, runInTransaction });
  const routineOccurrencesService = createRoutineOccurrencesService({
    routineBlocksRepository,
    routineOccurrencesRepository,
    workspacesRepository,
    assertOccurrenceFits: occurrenceFitChecks.assertOccurrenceFits,
    clock,
    // Starting an occurrence starts the timer (the tracking services are built just below).
    onOccurrenceStarted: [(event) => startTimerOnOccurrence(trackingServices.timerService)(event)],
  });
  const routineComparisonService = createRoutineComparisonService(routineDependencies);
  const trackingServices = createTrackingServices({
    db,
    categoriesRepository,
    membersRepository,
    workspacesRepository,
    runInTransaction,
    clock,
    routineWeekSource: createRoutineWeekSource({ routineOccurrencesService }),
    hasRoutineBlock: createRoutineBlockLookup({ routineBlocksRepository }),
  });
  const calendarFeedsService = createCalendarFeedsService({
    calendarFeedsRepository: createCalendarFeedsRepository(db),
    routineBlocksRepository,
    routineOccurrencesRepository,
    categoriesRepository,
    workspacesRepository,
    runInTransaction,
    clock,
    baseUrl: dependencies.baseUrl,
  });
  const demoService = createDemoService({
    workspacesService,
    networksRepository,
    membersRepository,
    runInTransaction,
    budgetService,
    generateRoutineService,
    routineOccurrencesService,
    clock,
    seedDemoTime: createDemoTimeSeeder({ db, categoriesRepository, membersRepository, clock }),
  });

  // Registered before access control so the documentation routes arrive already declared.
  app.addHook('onRoute', (route) => {
    // The documentation pages are public by nature.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
  });
  // First, so that every answer carries the security headers, refusals by the hooks below included.
  await app.register(helmet, securityHeaderOptions);
  // Before access control: a forged request is refused without a query.
  registerOriginCheck(app, { trustedOrigins: dependencies.trustedOrigins });
  registerAccessControl(app, {
    findUserBySession: sessionCache.findUserBySession,
    findRole: (workspaceId, userId) => workspacesRepository.findRole(workspaceId, userId),
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Cadence API', version, description: 'Make the time spent on social media pay off.' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });

  await registerAuthRoutes(app, { auth, onSessionsChanged: sessionCache.forgetAll });
  await app.register(healthRoutes, {
    database: database.kind,
    version,
    ping: async () => void (await db.execute(sql`select 1`)),
  });
  await app.register(profileRoutes, { profileService });
  await app.register(workspacesRoutes, { workspacesService, membersService, invitationsService });
  await app.register(budgetRoutes, {
    budgetService,
    categoriesService,
    workOptionsService,
    workspacesService,
  });
  await app.register(strategyRoutes, { strategyService, personasService, objectivesService });
  await app.register(routineRoutes, {
    routineBlocksService,
    generateRoutineService,
    routineOccurrencesService,
    routineComparisonService,
  });
  await app.register(calendarFeedsRoutes, { calendarFeedsService });
  await app.register(trackingRoutes, trackingServices);
  await app.register(demoRoutes, { demoService });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const webRoot = dependencies.webRoot ?? defaultWebRoot;
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
        // index.html names the current build's assets: always ask whether it changed.
        else if (/index\.html(\.br|\.gz)?$/.test(filePath)) reply.header('cache-control', 'no-cache');
      },
    });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET')
      return handleError(notFound(), request, reply);
    // The single-page app owns every other path (/invite/…, /w/…/settings).
    return reply.sendFile('index.html');
  });

  return app;
}
