import { eq } from 'drizzle-orm';
import type { TrackingSettings } from '../../../contracts/tracking.js';
import { DEFAULT_FORGOTTEN_TIMER_MINUTES } from '../../../core/tracking/entry-interval.js';
import type { Queryable } from '../../platform/db.js';
import { trackingSettings } from './tracking.table.js';

export function createTrackingSettingsRepository(db: Queryable) {
  return {
    /** The workspace's settings, or the defaults when it never changed them. */
    async find(workspaceId: string): Promise<TrackingSettings> {
      const [row] = await db
        .select({ forgottenTimerMinutes: trackingSettings.forgottenTimerMinutes })
        .from(trackingSettings)
        .where(eq(trackingSettings.workspaceId, workspaceId));
      return row ?? { forgottenTimerMinutes: DEFAULT_FORGOTTEN_TIMER_MINUTES };
    },

    async save(workspaceId: string, settings: TrackingSettings): Promise<void> {
      await db
        .insert(trackingSettings)
        .values({ workspaceId, ...settings })
        .onConflictDoUpdate({ target: trackingSettings.workspaceId, set: settings });
    },
  };
}

export type TrackingSettingsRepository = ReturnType<typeof createTrackingSettingsRepository>;
