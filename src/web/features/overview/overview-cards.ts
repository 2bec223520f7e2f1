import type { ComponentType } from 'react';
import type { Workspace } from '../../../contracts/workspaces.js';
import { RegularityCard } from '../regularity/regularity-card.js';
import { ReviewCard } from '../review/review-card.js';
import { AgencyCard } from './cards/agency-card.js';
import { ConnectionWarningsCard } from './cards/connection-warnings-card.js';
import { NextHourCard } from './cards/next-hour-card.js';
import { NowCard } from './cards/now-card.js';
import { PostsCard } from './cards/posts-card.js';
import { RoutineKeptCard } from './cards/routine-kept-card.js';
import { RushWeekCard } from './cards/rush-week-card.js';
import { SetupCard } from './cards/setup-card.js';
import { WeekCard } from './cards/week-card.js';

/** What every card gets: the workspace, and the week shown (its Monday, in the workspace's zone). */
export type OverviewCardProps = {
  workspace: Workspace & { canManage: boolean };
  weekStart: string;
  today: string;
  span: { base: number; md: number };
};

/**
 * The overview's cards, in reading order. A feature adds its card here (content, results,
 * regularity...): one component, its width on the 12-column grid, and nothing else to wire. A
 * card that has nothing to say (the checklist once done, the agency view with one workspace)
 * renders null and the grid closes up.
 */
export const overviewCards: readonly {
  key: string;
  span: { base: number; md: number };
  Component: ComponentType<OverviewCardProps>;
}[] = [
  { key: 'connection-warnings', span: { base: 12, md: 12 }, Component: ConnectionWarningsCard },
  { key: 'setup', span: { base: 12, md: 12 }, Component: SetupCard },
  { key: 'regularity', span: { base: 12, md: 12 }, Component: RegularityCard },
  { key: 'review', span: { base: 12, md: 12 }, Component: ReviewCard },
  { key: 'now', span: { base: 12, md: 5 }, Component: NowCard },
  { key: 'week', span: { base: 12, md: 7 }, Component: WeekCard },
  { key: 'routine-kept', span: { base: 12, md: 5 }, Component: RoutineKeptCard },
  { key: 'posts', span: { base: 12, md: 7 }, Component: PostsCard },
  { key: 'rush-week', span: { base: 12, md: 5 }, Component: RushWeekCard },
  { key: 'next-hour', span: { base: 12, md: 5 }, Component: NextHourCard },
  { key: 'agency', span: { base: 12, md: 7 }, Component: AgencyCard },
];
