import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';

/** What Cadence knows of a person beyond their login: language, who they are, onboarding. */
export const profiles = pgTable('profiles', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  locale: text('locale'),
  kind: text('kind', { enum: ['freelancer', 'small_business', 'agency', 'community_manager'] }),
  defaultHourlyRateCents: integer('default_hourly_rate_cents'),
  onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
  lastWorkspaceId: text('last_workspace_id'),
});
