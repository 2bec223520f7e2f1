import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { workspaces } from '../workspaces/workspaces.table.js';

const instant = (name: string) => timestamp(name, { withTimezone: true });
const workspaceId = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** The editorial line's frame: tone, formats, a free summary, and whether the team is just starting. */
export const strategyProfiles = pgTable('strategy_profiles', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  isBeginner: boolean('is_beginner').notNull().default(false),
  tone: text('tone'),
  formats: jsonb('formats').$type<string[]>().notNull().default([]),
  summary: text('summary'),
});

/** Themes of the editorial line, with the share of posts each should get. */
export const editorialPillars = pgTable(
  'editorial_pillars',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    description: text('description'),
    sharePercent: integer('share_percent').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [index('editorial_pillars_workspace_id_idx').on(table.workspaceId)],
);

/** The ideal clients: their problems, expectations, interests and how they use the networks. */
export const personas = pgTable(
  'personas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    problems: text('problems').notNull().default(''),
    expectations: text('expectations').notNull().default(''),
    interests: text('interests').notNull().default(''),
    networks: jsonb('networks').$type<{ network: string; usage: string }[]>().notNull().default([]),
    createdAt: instant('created_at').defaultNow().notNull(),
    updatedAt: instant('updated_at').defaultNow().notNull(),
  },
  (table) => [index('personas_workspace_id_idx').on(table.workspaceId)],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [index('objectives_workspace_id_idx').on(table.workspaceId)],
);

/** A measurable target: a metric, a value to reach by a date, and (for now typed-in) actual values. */
export const kpis = pgTable(
  'kpis',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    objectiveId: uuid('objective_id').references(() => objectives.id, { onDelete: 'cascade' }),
    metric: text('metric').notNull(),
    label: text('label'),
    target: doublePrecision('target').notNull(),
    baseline: doublePrecision('baseline'),
    actual: doublePrecision('actual'),
    period: text('period').notNull(),
    direction: text('direction').notNull(),
    startDate: date('start_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    createdAt: instant('created_at').defaultNow().notNull(),
  },
  (table) => [index('kpis_workspace_id_idx').on(table.workspaceId)],
);
