import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../../core/access/index.js';
import { RushIdeasPanel } from '../../content/rush-ideas-panel.js';
import { blocksQueryOptions } from '../../routine/routine-queries.js';
import { rushWeeksQueryOptions } from '../../routine/rush-week-queries.js';
import { RushWeekSwitch } from '../../routine/rush-week-switch.js';
import { OverviewCardFrame } from '../overview-card-frame.js';
import type { OverviewCardProps } from '../overview-cards.js';

/** This week's rush switch, where a busy person looks first; nothing to say without a routine. */
export function RushWeekCard({ workspace, weekStart, today, span }: OverviewCardProps) {
  const { t } = useTranslation();
  const rushWeeks = useQuery(rushWeeksQueryOptions(workspace.id));
  const blocks = useQuery(blocksQueryOptions(workspace.id));
  if (blocks.data && blocks.data.length === 0) return null;
  const isOn = rushWeeks.data?.weeks.some((week) => week.weekStart === weekStart) ?? false;
  const state = rushWeeks.isPending ? 'loading' : rushWeeks.isError ? 'error' : 'ready';
  return (
    <OverviewCardFrame
      span={span}
      testId="overview-rush-week"
      title={t('rush.cardTitle')}
      icon={
        <ThemeIcon variant="light" color="orange" aria-hidden>
          <IconBolt size={18} />
        </ThemeIcon>
      }
      state={state}
    >
      <Stack gap="sm">
        <Text size="sm">{isOn ? t('rush.cardOn') : t('rush.cardOff')}</Text>
        <RushWeekSwitch
          workspaceId={workspace.id}
          weekStart={weekStart}
          isOn={isOn}
          today={today}
          canManage={workspace.canManage}
        />
        {isOn && (
          <RushIdeasPanel
            workspaceId={workspace.id}
            week={weekStart}
            canWrite={canAccessWorkspace(workspace.role, 'write')}
            compact
          />
        )}
      </Stack>
    </OverviewCardFrame>
  );
}
