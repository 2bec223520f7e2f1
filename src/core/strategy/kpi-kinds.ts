// The kinds of KPI, without Temporal: the contracts (which the web app bundles) list them.

export const kpiMetrics = [
  'followers',
  'engagement_rate',
  'clicks',
  'leads',
  'clients_won',
  'revenue',
  'posts_published',
  'hours_spent',
  'reach',
  'impressions',
  'custom',
] as const;

export type KpiMetric = (typeof kpiMetrics)[number];

export const kpiPeriods = ['week', 'month', 'quarter', 'year'] as const;

export type KpiPeriod = (typeof kpiPeriods)[number];

export const kpiDirections = ['higher_is_better', 'lower_is_better'] as const;

export type KpiDirection = (typeof kpiDirections)[number];
