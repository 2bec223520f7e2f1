import { Badge, Group, List, Progress, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed, IconListCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listSetupSteps, type SetupStepKey } from '../../../../core/overview/setup-steps.js';
import { ButtonLink } from '../../../ui/router-links.js';
import { blocksQueryOptions, feedsStatusQueryOptions } from '../../routine/routine-queries.js';
import { strategyQueryOptions } from '../../strategy/strategy-queries.js';
import { entriesQueryOptions, plannedVsActualQueryOptions } from '../../tracking/tracking-queries.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/** Where each step is done. */
const stepPath = {
  strategy: '/w/$workspaceId/strategy',
  budget: '/w/$workspaceId/budget',
  routine: '/w/$workspaceId/routine',
  calendar: '/w/$workspaceId/routine',
  tracking: '/w/$workspaceId/today',
} as const satisfies Record<SetupStepKey, string>;

/** While the workspace is new: the method's steps, each leading where it is done. Gone once all are. */
export function SetupCard({ workspace, weekStart, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const strategy = useQuery(strategyQueryOptions(workspace.id));
  const week = useQuery(plannedVsActualQueryOptions(workspace.id, weekStart));
  const blocks = useQuery(blocksQueryOptions(workspace.id));
  const feeds = useQuery(feedsStatusQueryOptions(workspace.id));
  const entries = useQuery(entriesQueryOptions(workspace.id, {}, 1, 1));
  const queries = [strategy, week, blocks, feeds, entries];
  if (queries.some((query) => query.isPending)) return null;
  if (!strategy.data || !week.data || !blocks.data || !feeds.data || !entries.data) return null;
  const { steps, next } = listSetupSteps({
    hasStrategy: Boolean(strategy.data.summary?.trim()) || strategy.data.pillars.length > 0,
    budgetMinutes: week.data.totals.budgetMinutes,
    routineBlockCount: blocks.data.length,
    hasCalendarLink: Boolean(feeds.data.mine ?? feeds.data.workspace),
    trackedSeconds: entries.data.totalSeconds,
  });
  // The demo is there to be looked at, not set up.
  if (next === null || workspace.isDemo) return null;
  const done = steps.filter((step) => step.isDone).length;
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-setup"
      title={t('overview.setup.title')}
      icon={
        <ThemeIcon variant="light" aria-hidden>
          <IconListCheck size={18} />
        </ThemeIcon>
      }
      action={
        <Text size="sm" c="dimmed">
          {t('overview.setup.progress', { done, total: steps.length, count: done })}
        </Text>
      }
    >
      <Progress value={(done / steps.length) * 100} aria-hidden size="sm" />
      <List spacing="xs" listStyleType="none" p={0}>
        {steps.map((step) => (
          <List.Item
            key={step.key}
            icon={
              step.isDone ? (
                <IconCircleCheckFilled size={22} color="var(--mantine-color-teal-7)" aria-hidden />
              ) : (
                <IconCircleDashed size={22} color="var(--mantine-color-gray-6)" aria-hidden />
              )
            }
          >
            <Group gap="sm" wrap="wrap" mih={44}>
              <Text
                fw={step.key === next ? 600 : 400}
                td={step.isDone ? 'line-through' : undefined}
                c={step.isDone ? 'dimmed' : undefined}
              >
                {t(`overview.setup.steps.${step.key}`)}
              </Text>
              {step.isDone && (
                <Badge color="teal.9" variant="outline" size="sm">
                  {t('overview.setup.doneLabel')}
                </Badge>
              )}
              {step.key === next && (
                <ButtonLink
                  to={stepPath[step.key]}
                  params={{ workspaceId: workspace.id }}
                  size="sm"
                  mih={44}
                  aria-label={t('overview.setup.goTo', { step: t(`overview.setup.steps.${step.key}`) })}
                >
                  {t('overview.setup.go')}
                </ButtonLink>
              )}
              {!step.isDone && step.key !== next && (
                <ButtonLink
                  to={stepPath[step.key]}
                  params={{ workspaceId: workspace.id }}
                  size="sm"
                  variant="subtle"
                  // The darkest shade keeps the small label above 4.5:1 on the card.
                  color="indigo.9"
                  mih={44}
                  aria-label={t('overview.setup.goTo', { step: t(`overview.setup.steps.${step.key}`) })}
                >
                  {t('overview.setup.go')}
                </ButtonLink>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </OverviewCardFrame>
  );
}
