import { ActionIcon, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFileImport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { ButtonLink } from '../../ui/router-links.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { EntriesPanel } from './entries-panel.js';
import { PlannedVsActualPanel } from './planned-vs-actual-panel.js';
import { TimesheetGrid } from './timesheet-grid.js';
import { addDaysToDate, formatLocalDate, todayIn, weekStartOf } from './workspace-dates.js';

type View = 'overview' | 'timesheet' | 'entries';

/** Planned vs actual, the timesheet and the entries, week by week in the workspace's zone. */
export function TimePage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const currentWeek = weekStartOf(todayIn(workspace.timeZone));
  const [weekStart, setWeekStart] = useState(currentWeek);
  const [view, setView] = useState<View>('overview');
  const weekEnd = addDaysToDate(weekStart, 6);
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const members = useQuery({ ...membersQueryOptions(workspace.id), enabled: workspace.canManage });
  const memberOptions = workspace.canManage
    ? (members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))
    : [];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('tracking.page.title')}
        subtitle={t('tracking.page.weekOf', {
          date: formatLocalDate(weekStart, i18n.language, { day: 'numeric', month: 'long', year: 'numeric' }),
        })}
        actions={
          <Group gap="xs">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('tracking.page.previous')}
              onClick={() => setWeekStart(addDaysToDate(weekStart, -7))}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Button
              variant="default"
              onClick={() => setWeekStart(currentWeek)}
              disabled={weekStart === currentWeek}
            >
              {t('tracking.page.thisWeek')}
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('tracking.page.next')}
              onClick={() => setWeekStart(addDaysToDate(weekStart, 7))}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
            {canWrite && (
              <ButtonLink
                to="/w/$workspaceId/time/import"
                params={{ workspaceId: workspace.id }}
                variant="light"
                leftSection={<IconFileImport size={16} />}
              >
                {t('tracking.page.importLink')}
              </ButtonLink>
            )}
          </Group>
        }
      />
      <Text size="xs" c="dimmed" mt={-16}>
        {t('tracking.page.zoneHint', { zone: workspace.timeZone })}
      </Text>
      <Tabs
        value={view}
        onChange={(value) => setView((value as View | null) ?? 'overview')}
        keepMounted={false}
        styles={{ tab: { whiteSpace: 'nowrap', flex: 'none' } }}
      >
        <Tabs.List
          aria-label={t('tracking.page.sections')}
          mb="md"
          style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}
        >
          <Tabs.Tab value="overview">{t('tracking.page.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="timesheet">{t('tracking.page.tabs.timesheet')}</Tabs.Tab>
          <Tabs.Tab value="entries">{t('tracking.page.tabs.entries')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <PlannedVsActualPanel workspaceId={workspace.id} weekStart={weekStart} />
        </Tabs.Panel>
        <Tabs.Panel value="timesheet">
          <TimesheetGrid
            key={weekStart}
            workspaceId={workspace.id}
            weekStart={weekStart}
            timeZone={workspace.timeZone}
            canEdit={canWrite}
            members={memberOptions}
          />
        </Tabs.Panel>
        <Tabs.Panel value="entries">
          <EntriesPanel
            key={weekStart}
            workspace={workspace}
            initialFilters={{ from: weekStart, to: weekEnd }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
