import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { reviewInvitation } from '../../../core/review/review-invitation.js';
import { addDaysToDate } from '../../../core/time/epoch-day.js';
import { localDateOf } from '../../../core/time/local-date-of.js';
import { ButtonLink } from '../../ui/router-links.js';
import { OverviewCardFrame } from '../overview/overview-card-frame.js';
import type { OverviewCardProps } from '../overview/overview-cards.js';

const invitationText = {
  'last-week': 'review.card.lastWeek',
  friday: 'review.card.friday',
  weekend: 'review.card.weekend',
} as const;

/**
 * The Friday review's place on the overview: from Friday to Sunday it invites to review the week
 * in progress, on Monday it offers last week's (to a workspace that had one); the rest of the week
 * it stays out of the way (the page is in the menu). Reads nothing: the week comes from the
 * overview's own dates.
 */
export function ReviewCard({ workspace, weekStart, today, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const invitation = reviewInvitation(today, weekStart, localDateOf(workspace.createdAt, workspace.timeZone));
  if (!invitation) return null;
  const isLastWeek = invitation === 'last-week';
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-review"
      title={t('review.card.title')}
      icon={
        <ThemeIcon variant="light" color="grape" aria-hidden>
          <IconReportAnalytics size={18} />
        </ThemeIcon>
      }
    >
      <Group justify="space-between" gap="sm">
        <Text>{t(invitationText[invitation])}</Text>
        <ButtonLink
          to="/w/$workspaceId/review"
          params={{ workspaceId: workspace.id }}
          search={{ week: isLastWeek ? addDaysToDate(weekStart, -7) : weekStart }}
          variant="light"
        >
          {t('review.card.open')}
        </ButtonLink>
      </Group>
    </OverviewCardFrame>
  );
}
