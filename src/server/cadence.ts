import type { Logger } from 'pino';
import { decideBackupAlert, type LatestBackupAlert } from '../core/backup/backup-alerts.js';
import { instanceNotificationKinds } from '../core/notifications/notification-kinds.js';
import { isNetworkKey } from '../core/strategy/networks.js';
import { createApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { createAuthModule } from './modules/auth/auth.module.js';
import { createBudgetModule } from './modules/budget/budget.module.js';
import { type ConnectionsNeeds, createConnectionsModule } from './modules/connections/connections.module.js';
import { createContentModule } from './modules/content/content.module.js';
import { loadPublicationPartsOfVersions } from './modules/content/publication-parts.js';
import { createDemoModule } from './modules/demo/demo.module.js';
import { createDemoStrategySeeder } from './modules/demo/demo-strategy.js';
import { createHealthModule } from './modules/health/health.module.js';
import { createInstanceModule } from './modules/instance/instance.module.js';
import { createNotificationsModule } from './modules/notifications/notifications.module.js';
import type { NotificationsService } from './modules/notifications/notifications.service.js';
import { createPortabilityModule } from './modules/portability/portability.module.js';
import { createProfileModule } from './modules/profile/profile.module.js';
import { accountNetworkFor } from './modules/publishing/plan-publications.js';
import { createPublishingModule, type PublishingNeeds } from './modules/publishing/publishing.module.js';
import { createRegularityModule } from './modules/regularity/regularity.module.js';
import { createResultsModule } from './modules/results/results.module.js';
import { createDemoResultsSeeder } from './modules/results/seed-demo-results.js';
import { createReviewModule } from './modules/review/review.module.js';
import { createMorningDayReader } from './modules/routine/morning-day.js';
import { createRoutineModule } from './modules/routine/routine.module.js';
import { createStrategyModule } from './modules/strategy/strategy.module.js';
import { createContentWorkTimer } from './modules/tracking/content-timer-link.js';
import {
  createRoutineBlockLookup,
  createRoutineWeekSource,
  followOccurrenceWithTimer,
} from './modules/tracking/routine-link.js';
import { createTrackingModule } from './modules/tracking/tracking.module.js';
import { createWorkspacesModule } from './modules/workspaces/workspaces.module.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import { createRunInTransaction, type DatabaseHandle } from './platform/db.js';
import { cadenceQueues } from './platform/job-queues.js';
import { createJobs } from './platform/jobs.js';
import type { Mailer } from './platform/mail.js';
import type { CadenceSettings, Platform } from './platform/module.js';
import type { SafeFetch } from './platform/safe-fetch.js';

export type CadenceDependencies = {
  database: DatabaseHandle;
  /** Whether this process works jobs (role worker or all): it then also runs pg-boss's upkeep. */
  runsWorkers?: boolean;
  /** Tests and benchmarks poll faster; production's default is 1 s (sends wake workers at once). */
  jobPollingIntervalSeconds?: number;
  clock: Clock;
  mailer: Mailer;
  secret: string;
  settings: CadenceSettings;
  logger: Logger;
  /** Every call to a network goes through it; tests pass one that reaches their local peers. */
  fetch?: SafeFetch;
  /** Where Bluesky handles are resolved; tests point it at their local PDS. */
  blueskyIdentity?: ConnectionsNeeds['blueskyIdentity'];
  /** Tests and proofs shorten the publishing pipeline's retry delays and lease. */
  publishingTuning?: PublishingNeeds['tuning'];
};

/**
 * How long a process trusts what it remembered of a session, a role or a workspace's zone. The
 * process making a change forgets at once; with several processes on one PostgreSQL, a sign-out,
 * a removed member or a new zone reaches the others within this delay (measured by
 * security/access-cache.db.test.ts). At 20 requests a second per person, 5 s still spares ~99 %
 * of the lookups (benchmark 2).
 */
export const defaultAccessCacheTtlMilliseconds = 5_000;

/**
 * The service container: every module built from the platform, the same in the web process, the
 * worker and the tests. It knows nothing of HTTP (buildApp registers the modules' routes) nor of
 * job polling (startWorker registers their handlers).
 *
 * Adding a module: write `create<Feature>Module(platform, needs)` beside the feature (returning
 * its services, its routes and its job handlers) and add one line below. Modules reach each other
 * only through what is passed here; reactions across modules (a workspace created, an occurrence
 * started) are wired here too, as closures, so the order of construction does not matter to them.
 */
export function createCadence({
  runsWorkers = true,
  jobPollingIntervalSeconds,
  fetch,
  blueskyIdentity,
  publishingTuning,
  ...dependencies
}: CadenceDependencies) {
  const platform: Platform = {
    ...dependencies,
    runInTransaction: createRunInTransaction(dependencies.database.db),
    jobs: createJobs({
      database: dependencies.database,
      catalogue: cadenceQueues,
      logger: dependencies.logger,
      runsWorkers,
      ...(jobPollingIntervalSeconds ? { pollingIntervalSeconds: jobPollingIntervalSeconds } : {}),
    }),
  };

  // Any module may tell people something; the notification centre is built further down.
  const notify: NotificationsService['notify'] = (input, tx) =>
    notifications.services.notificationsService.notify(input, tx);
  const auth = createAuthModule(platform, {
    onUserCreated: (userId) => instance.services.instanceAdministratorsRepository.makeFounderIfFirst(userId),
  });
  const workspaces = createWorkspacesModule(platform, {
    onWorkspaceCreated: [
      (tx, workspaceId) => budget.services.categoriesRepository.seedReferenceCategories(tx, workspaceId),
    ],
    defaultOwnerHourlyCost: async (userId) =>
      (await profile.services.profileRepository.findProfile(userId))?.defaultHourlyRateCents ?? null,
    // A departing person's timer stops.
    onMemberRemoved: [(departing) => tracking.services.timerService.stopTimerOfDeparting(departing)],
  });
  const budget = createBudgetModule(platform, { workspaces: workspaces.services });
  const strategy = createStrategyModule(platform, {
    workspaces: workspaces.services,
    // KPIs on leads, clients won and revenue read their actual value from results.
    measureKpiActual: (workspaceId, kpi, today) =>
      results.services.resultsService.measureKpiActual(workspaceId, kpi, today),
  });
  const profile = createProfileModule(platform, {
    networksRepository: strategy.services.networksRepository,
    workspacesService: workspaces.services.workspacesService,
    onUserRenamed: auth.services.sessionCache.forgetUser,
    findUserBySession: auth.services.sessionCache.findUserBySession,
  });
  const routine = createRoutineModule(platform, {
    workspaces: workspaces.services,
    categoriesRepository: budget.services.categoriesRepository,
    // Marks start and stop the timer.
    onOccurrenceMarked: [(event) => followOccurrenceWithTimer(tracking.services.timerService)(event)],
  });
  const tracking = createTrackingModule(platform, {
    workspaces: workspaces.services,
    categoriesRepository: budget.services.categoriesRepository,
    routineWeekSource: createRoutineWeekSource(routine.services),
    hasRoutineBlock: createRoutineBlockLookup(routine.services),
    notify: (input) => notifications.services.notificationsService.notify(input),
  });
  const content = createContentModule(platform, {
    workspaces: workspaces.services,
    strategy: strategy.services,
    // A connected account's own limit (its instance's) is the one a post must fit.
    textLimits: (workspaceId) => connections.services.connectionsService.textLimits(workspaceId),
    listConnectedAccounts: (workspaceId) => connections.services.connectionsRepository.list(workspaceId),
    accountNetworkFor: (network) => accountNetworkFor(network, connections.services.connectors.networks),
    // Scheduling, editing and unscheduling a post plan its publications in the same transaction.
    publicationPlanning: {
      planPost: (...args) => publishing.services.planner.planPost(...args),
      cancelPost: (...args) => publishing.services.planner.cancelPost(...args),
    },
    // A batch session (or a timer on one post) runs the timer on the routine's content block.
    workTimer: createContentWorkTimer({
      timerService: tracking.services.timerService,
      routineOccurrencesService: routine.services.routineOccurrencesService,
      categoriesRepository: budget.services.categoriesRepository,
    }),
    // The client is told a post waits for them, the team that it was approved, the editors that
    // a by-hand post is due (the bell, and mail for those who chose it).
    onApprovalRequested: async ({ workspaceId, postId }) => {
      await notify({ workspaceId, recipients: 'reviewers', kind: 'approval_requested', subject: { postId } });
    },
    onApprovalGiven: async ({ workspaceId, postId }) => {
      await notify({ workspaceId, recipients: 'editors', kind: 'approval_given', subject: { postId } });
    },
    onDueByHand: async ({ workspaceId, postId, scheduledAt, items }) => {
      for (const item of items.filter((due) => due.postId === postId))
        await notify({
          workspaceId,
          recipients: 'editors',
          kind: 'by_hand_due',
          subject: { postId, network: item.network, label: item.text.slice(0, 80) },
          subjectKey: `${postId}:${item.network}@${scheduledAt}`,
        });
    },
  });
  const connections = createConnectionsModule(platform, {
    findRole: (workspaceId, userId) => workspaces.services.workspacesRepository.findRole(workspaceId, userId),
    ...(fetch ? { fetch } : {}),
    ...(blueskyIdentity ? { blueskyIdentity } : {}),
    // Once per failure streak (the account was fine before this check or publish).
    onConnectionFailing: async (event) => {
      await notify({
        workspaceId: event.workspaceId,
        recipients: 'editors',
        kind: 'connection_failing',
        subject: {
          ...(isNetworkKey(event.network) ? { network: event.network } : {}),
          label: event.accountName,
        },
        subjectKey: `${event.connectionId}:${platform.clock.now().toISOString()}`,
      });
    },
  });
  const results = createResultsModule(platform, {
    workspaces: workspaces.services,
    connections: connections.services,
  });
  const regularity = createRegularityModule(platform, {
    workspaces: workspaces.services,
    strategy: strategy.services,
    notify: (input) => notifications.services.notificationsService.notify(input),
    plannedVsActualService: tracking.services.plannedVsActualService,
  });
  const review = createReviewModule(platform, {
    budget: budget.services,
    strategy: strategy.services,
    regularity: regularity.services,
    results: results.services,
    plannedVsActualService: tracking.services.plannedVsActualService,
    // The instance module is made further down; its profile is only read when a PDF is asked.
    readBranding: () => instance.services.organisationProfileService.readBranding(),
  });
  const notifications = createNotificationsModule(platform, {
    readDigestWeek: (workspaceId) => regularity.services.readDigestWeek(workspaceId),
    readMorningDay: createMorningDayReader({
      db: platform.database.db,
      routineOccurrencesService: routine.services.routineOccurrencesService,
      categoriesRepository: budget.services.categoriesRepository,
    }),
  });
  const demo = createDemoModule(platform, {
    workspacesService: workspaces.services.workspacesService,
    networksRepository: strategy.services.networksRepository,
    membersRepository: workspaces.services.membersRepository,
    budgetService: budget.services.budgetService,
    generateRoutineService: routine.services.generateRoutineService,
    routineOccurrencesService: routine.services.routineOccurrencesService,
    seedDemoTime: tracking.services.seedDemoTime,
    seedDemoStrategy: createDemoStrategySeeder(strategy.services),
    seedDemoContent: content.services.seedDemoContent,
    seedDemoResults: createDemoResultsSeeder(results.services.resultsService),
  });
  const publishing = createPublishingModule(platform, {
    connections: connections.services,
    workspaces: workspaces.services,
    ...(publishingTuning ? { tuning: publishingTuning } : {}),
    loadParts: (versions) => loadPublicationPartsOfVersions(platform.database.db, versions),
    // A publication out: its metrics are read 1 h, 24 h, 7 and 30 days later, then monthly.
    onPublished: (tx, published) => results.services.schedulePullsOf(tx, published),
    // A publication that will not go out by itself (refused, account to reconnect, tries used
    // up; or later than the workspace's lateness rule) is told to the editors.
    onPublicationFailed: async (event) => {
      await notify({
        workspaceId: event.workspaceId,
        recipients: 'editors',
        kind: 'publication_failed',
        subject: {
          postId: event.postId,
          label: event.accountName,
          // The mail and the bell say where ("… on Mastodon"); a webhook's network may be any.
          ...(isNetworkKey(event.network) ? { network: event.network } : {}),
        },
        subjectKey: `${event.publicationId}:failed`,
      });
    },
    // A publish refused for the account's credentials: the account is revoked until reconnected.
    onCredentialsRefused: (event) =>
      connections.services.connectionsService.markRevoked(
        event.workspaceId,
        event.connectionId,
        event.message,
      ),
    onPublicationMissed: async (event) => {
      await notify({
        workspaceId: event.workspaceId,
        recipients: 'editors',
        kind: 'publication_missed',
        subject: {
          postId: event.postId,
          label: event.accountName,
          // The mail and the bell say where ("… on Mastodon"); a webhook's network may be any.
          ...(isNetworkKey(event.network) ? { network: event.network } : {}),
        },
        subjectKey: `${event.publicationId}:missed`,
      });
    },
  });
  const apiTokens = createApiTokensModule(platform, {
    workspaces: workspaces.services,
    results: results.services,
  });
  const instance = createInstanceModule(platform, {
    // A failed backup is told to the instance's administrators once per failure streak, and its
    // recovery once (core/backup/backup-alerts.ts decides; the notifications table remembers).
    alertAdministrators: async (outcome) => {
      const { notificationsService } = notifications.services;
      const latest = await notificationsService.findLatestInstanceNotification(instanceNotificationKinds);
      const alert = decideBackupAlert(latest as LatestBackupAlert, outcome);
      if (!alert) return;
      await notificationsService.notifyInstanceAdministrators({
        kind: alert.kind,
        subject: outcome.message ? { label: outcome.message.slice(0, 200) } : {},
        subjectKey: alert.subjectKey,
      });
    },
  });
  const portability = createPortabilityModule(platform);
  const health = createHealthModule(platform, { instanceJobsService: instance.services.instanceJobsService });

  return {
    platform,
    /** In the order their routes are registered. */
    modules: {
      health,
      auth,
      instance,
      profile,
      workspaces,
      budget,
      strategy,
      routine,
      tracking,
      content,
      regularity,
      notifications,
      connections,
      portability,
      publishing,
      results,
      apiTokens,
      review,
      demo,
    },
    /** Stops the job queue (running jobs get `graceMilliseconds`); the database is its owner's to close. */
    stop: (graceMilliseconds?: number) => platform.jobs.stop(graceMilliseconds),
  };
}

export type Cadence = ReturnType<typeof createCadence>;

/** The part of the process's settings that modules read. */
export function cadenceSettingsFrom(config: Config): CadenceSettings {
  return {
    baseUrl: config.baseUrl,
    trustedOrigins: config.trustedOrigins,
    loginAttemptsPerMinute: config.loginAttemptsPerMinute,
    accessCacheTtlMilliseconds: defaultAccessCacheTtlMilliseconds,
    timeZone: config.timeZone,
    backups: config.backups,
    regularityCheckCron: config.regularityCheckCron,
  };
}
