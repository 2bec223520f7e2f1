// Every table of Cadence, gathered for Drizzle and drizzle-kit. Each feature owns its tables in
// its own module folder; this index is the only place that lists them all.
export * from '../modules/api-tokens/api-tokens.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/budget/budget.table.js';
export * from '../modules/connections/connections.table.js';
export * from '../modules/content/content.table.js';
export * from '../modules/content/content-work.table.js';
export * from '../modules/content/media.table.js';
export * from '../modules/instance/instance.table.js';
export * from '../modules/notifications/notifications.table.js';
export * from '../modules/portability/portability.table.js';
export * from '../modules/profile/profile.table.js';
export * from '../modules/publishing/publishing.table.js';
export * from '../modules/results/results.table.js';
export * from '../modules/review/review.table.js';
export * from '../modules/routine/routine.table.js';
export * from '../modules/routine/rush-weeks.table.js';
export * from '../modules/strategy/networks.table.js';
export * from '../modules/strategy/strategy.table.js';
export * from '../modules/tracking/tracked-time-months.table.js';
export * from '../modules/tracking/tracking.table.js';
export * from '../modules/workspaces/workspaces.table.js';
