import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Pricing } from '../../../contracts/budget.js';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** Task categories: the seven reference ones created with every workspace, plus the workspace's own. */
export const taskCategories = pgTable(
  'task_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    referenceKey: text('reference_key'),
    name: text('name'),
    description: text('description'),
    color: text('color').notNull(),
    isComplex: boolean('is_complex').notNull().default(false),
    sortOrder: integer('sort_order').notNull(),
    /** The weekly time budget of the category, in minutes (quarter hours). */
    weeklyMinutes: integer('weekly_minutes').notNull().default(0),
    /** Archived categories keep their history (entries, blocks) but leave budgets and pickers. */
    archivedAt: instant('archived_at'),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [
    index('task_categories_workspace_id_idx').on(table.workspaceId),
    uniqueIndex('task_categories_reference_key_idx')
      .on(table.workspaceId, table.referenceKey)
      .where(sql`${table.referenceKey} is not null`),
  ],
);

/** People outside the members who could do the work (a hire, an agency, a freelancer) and their price. */
export const workOptions = pgTable(
  'work_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['employee', 'agency', 'freelancer'] }).notNull(),
    label: text('label').notNull(),
    pricing: jsonb('pricing').$type<Pricing>().notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [index('work_options_workspace_id_idx').on(table.workspaceId)],
);

/** Who does the budgeted work in a workspace: a member or a work option (null: not chosen yet). */
export const budgetSettings = pgTable('budget_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  performerUserId: text('performer_user_id'),
  performerOptionId: uuid('performer_option_id').references(() => workOptions.id, { onDelete: 'set null' }),
});
