import {
  IconBulb,
  IconCalendarMonth,
  IconCalendarWeek,
  IconChartBar,
  IconChecklist,
  IconClockHour4,
  IconFlame,
  IconHourglass,
  IconLayoutDashboard,
  IconNews,
  IconPencilBolt,
  IconPlugConnected,
  IconReportAnalytics,
  IconSettings,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

type WorkspaceSection = {
  /** Translation key under `nav.` */
  key:
    | 'home'
    | 'members'
    | 'settings'
    | 'today'
    | 'routine'
    | 'time'
    | 'strategy'
    | 'budget'
    | 'ideas'
    | 'posts'
    | 'calendar'
    | 'connections'
    | 'batch'
    | 'results'
    | 'regularity'
    | 'review';
  to:
    | '/w/$workspaceId'
    | '/w/$workspaceId/members'
    | '/w/$workspaceId/strategy'
    | '/w/$workspaceId/budget'
    | '/w/$workspaceId/settings'
    | '/w/$workspaceId/today'
    | '/w/$workspaceId/routine'
    | '/w/$workspaceId/time'
    | '/w/$workspaceId/ideas'
    | '/w/$workspaceId/posts'
    | '/w/$workspaceId/calendar'
    | '/w/$workspaceId/connections'
    | '/w/$workspaceId/batch'
    | '/w/$workspaceId/results'
    | '/w/$workspaceId/regularity'
    | '/w/$workspaceId/review';
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Active only on this exact path (the overview), not on its children. */
  exact?: boolean;
};

/**
 * The navbar, in order. A new section (strategy, budget, routine, time tracking) is one line here,
 * plus its route in app/router.tsx and its label under `nav.` in the translations.
 */
export const workspaceSections: readonly WorkspaceSection[] = [
  { key: 'home', to: '/w/$workspaceId', icon: IconLayoutDashboard, exact: true },
  { key: 'strategy', to: '/w/$workspaceId/strategy', icon: IconTarget },
  { key: 'budget', to: '/w/$workspaceId/budget', icon: IconHourglass },
  { key: 'today', to: '/w/$workspaceId/today', icon: IconChecklist },
  { key: 'routine', to: '/w/$workspaceId/routine', icon: IconCalendarWeek },
  { key: 'time', to: '/w/$workspaceId/time', icon: IconClockHour4 },
  { key: 'ideas', to: '/w/$workspaceId/ideas', icon: IconBulb },
  { key: 'posts', to: '/w/$workspaceId/posts', icon: IconNews },
  { key: 'calendar', to: '/w/$workspaceId/calendar', icon: IconCalendarMonth },
  { key: 'connections', to: '/w/$workspaceId/connections', icon: IconPlugConnected },
  { key: 'batch', to: '/w/$workspaceId/batch', icon: IconPencilBolt },
  { key: 'results', to: '/w/$workspaceId/results', icon: IconChartBar },
  { key: 'regularity', to: '/w/$workspaceId/regularity', icon: IconFlame },
  { key: 'review', to: '/w/$workspaceId/review', icon: IconReportAnalytics },
  { key: 'members', to: '/w/$workspaceId/members', icon: IconUsers },
  { key: 'settings', to: '/w/$workspaceId/settings', icon: IconSettings },
];
