import type { CadenceModule, Platform } from '../../platform/module.js';
import { createNotificationsRepository } from './notifications.repository.js';
import { notificationsRoutes } from './notifications.routes.js';
import { createNotificationsService } from './notifications.service.js';
import { createUnsubscribeTokens } from './unsubscribe-token.js';

/**
 * Notifications: the bell's rows, each person's channels per kind and quiet hours, the mails
 * (as jobs) and their one-click unsubscribe. Other modules tell people through
 * `notificationsService.notify`, wired in createCadence.
 */
export function createNotificationsModule({
  database,
  runInTransaction,
  jobs,
  mailer,
  clock,
  secret,
  settings,
}: Platform) {
  const notificationsRepository = createNotificationsRepository(database.db);
  const notificationsService = createNotificationsService({
    notificationsRepository,
    runInTransaction,
    jobs,
    mailer,
    clock,
    unsubscribeTokens: createUnsubscribeTokens(secret),
    baseUrl: settings.baseUrl,
  });
  const services = { notificationsRepository, notificationsService };
  const module: CadenceModule<typeof services> = {
    services,
    registerRoutes: (app) =>
      app.register(notificationsRoutes, { notificationsService, defaultTimeZone: settings.timeZone }),
    jobHandlers: [{ queue: 'notification-mail', handle: notificationsService.sendNotificationMail }],
  };
  return module;
}

export type NotificationsServices = ReturnType<typeof createNotificationsModule>['services'];
