import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.js';
import { bytea } from '../content/media.table.js';

/**
 * Who administers this Cadence instance (its jobs, its administrators). The first account ever
 * created is one, marked `is_founder`: the partial unique index lets only one sign-up win that
 * race, however many arrive at once.
 */
export const instanceAdministrators = pgTable(
  'instance_administrators',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    isFounder: boolean('is_founder').notNull().default(false),
    grantedBy: text('granted_by').references(() => user.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [uniqueIndex('instance_administrators_one_founder').on(table.isFounder).where(sql`is_founder`)],
);

/**
 * The organisation behind the instance (an agency, a freelancer): the name, logo and contact line
 * that head every client report. Instance data, like its administrators: in the instance's backup,
 * never in a workspace's export (it has no `workspace_id`). One row at most (`singleton`).
 */
export const organisationProfile = pgTable(
  'organisation_profile',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    name: text('name').notNull().default(''),
    website: text('website').notNull().default(''),
    contactLine: text('contact_line').notNull().default(''),
    /** Re-encoded at upload (PNG when transparent, else JPEG): what pdfkit embeds as it is. */
    logo: bytea('logo'),
    logoMimeType: text('logo_mime_type', { enum: ['image/png', 'image/jpeg'] }),
    logoWidth: integer('logo_width'),
    logoHeight: integer('logo_height'),
    logoUpdatedAt: timestamp('logo_updated_at', { withTimezone: true }),
    updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
  },
  (table) => [
    check('organisation_profile_singleton', sql`${table.singleton}`),
    check('organisation_profile_logo_whole', sql`(${table.logo} is null) = (${table.logoMimeType} is null)`),
  ],
);
