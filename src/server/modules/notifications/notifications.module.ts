import type { CadenceModule, Platform } from '../../platform/module.js';
import type { DigestWorkspaceWeek } from '../regularity/digest-week.js';
import type { MorningWorkspaceDay } from '../routine/morning-day.js';
import { createMorningMail } from './morning-mail.js';
import { createNotificationsRepository } from './notifications.repository.js';
import { notificationsRoutes } from './notifications.routes.js';
import { createNotificationsService } from './notifications.service.js';
import { createUnsubscribeTokens } from './unsubscribe-token.js';
import { createWeeklyDigest } from './weekly-digest.js';

/**
 * Notifications: the bell's rows, each person's channels per kind and quiet hours, the mails
 * (as jobs) and their one-click unsubscribe. Other modules tell people through
 * `notificationsService.notify`, wired in createCadence. The Friday digest and the morning mail are here too.
 */
export function createNotificationsModule(
  { database, runInTransaction, jobs, mailer, clock, secret, settings }: Platform,
  needs: {
    /** One workspace's week for the Friday digest (regularity, tracking and content read it). */
    readDigestWeek: (workspaceId: string) => Promise<DigestWorkspaceWeek>;
    /** One workspace's day for the morning mail (routine blocks and posts due by hand). */
    readMorningDay: (workspaceId: string, localDate: string) => Promise<MorningWorkspaceDay>;
  },
) {
  const notificationsRepository = createNotificationsRepository(database.db);
  const unsubscribeTokens = createUnsubscribeTokens(secret);
  const notificationsService = createNotificationsService({
    notificationsRepository,
    runInTransaction,
    jobs,
    mailer,
    clock,
    unsubscribeTokens,
    baseUrl: settings.baseUrl,
    defaultTimeZone: settings.timeZone,
    instanceName: `Cadence · ${new URL(settings.baseUrl).host}`,
  });
  const weeklyDigest = createWeeklyDigest({
    db: database.db,
    runInTransaction,
    jobs,
    mailer,
    clock,
    unsubscribeTokens,
    baseUrl: settings.baseUrl,
    defaultTimeZone: settings.timeZone,
    readDigestWeek: needs.readDigestWeek,
  });
  const morningMail = createMorningMail({
    db: database.db,
    runInTransaction,
    jobs,
    mailer,
    clock,
    unsubscribeTokens,
    baseUrl: settings.baseUrl,
    readMorningDay: needs.readMorningDay,
  });
  const services = { notificationsRepository, notificationsService, weeklyDigest, morningMail };
  const module: CadenceModule<typeof services> = {
    services,
    registerRoutes: (app) =>
      app.register(notificationsRoutes, { notificationsService, defaultTimeZone: settings.timeZone }),
    jobHandlers: [
      { queue: 'notification-mail', handle: notificationsService.sendNotificationMail },
      { queue: 'digest-mail', handle: weeklyDigest.sendDigestMail },
      {
        queue: 'weekly-digest-check',
        handle: async () => {
          await weeklyDigest.queueDueDigests();
        },
        // Hourly: each person's Friday 16:00 comes in their own zone.
        schedule: { cron: '0 * * * *', timeZone: settings.timeZone },
      },
      { queue: 'morning-mail', handle: morningMail.sendMorningMail },
      {
        queue: 'morning-mail-check',
        handle: async () => {
          await morningMail.queueDueMorningMails();
        },
        // Quarter-hourly: each person's morning time is theirs, to the quarter hour at worst.
        schedule: { cron: '*/15 * * * *', timeZone: settings.timeZone },
      },
    ],
  };
  return module;
}

export type NotificationsServices = ReturnType<typeof createNotificationsModule>['services'];
