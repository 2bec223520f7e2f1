import { Alert, Badge, Grid, Group } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, todayIn, weekStartOf } from '../tracking/workspace-dates.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { overviewCards } from './overview-cards.js';

/** The home of the method: this week's plan against what was done, what comes next, and the first steps. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const today = todayIn(workspace.timeZone);
  const weekStart = weekStartOf(today);
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {t('overview.title', { name: workspace.name })}
            {workspace.isDemo && (
              <Badge
                color="grape"
                variant="light"
                size="lg"
                leftSection={<IconFlask size={14} aria-hidden />}
              >
                {t('shell.demoBadge')}
              </Badge>
            )}
          </Group>
        }
        subtitle={t('overview.weekStarting', {
          date: formatLocalDate(weekStart, i18n.language, { day: 'numeric', month: 'long' }),
        })}
      />
      {workspace.isDemo && (
        <Alert color="grape" variant="light" mb="lg" icon={<IconFlask aria-hidden />}>
          {t('overview.demoNotice')}
        </Alert>
      )}
      <Grid gap="md">
        {overviewCards.map(({ key, span, Component }) => (
          <Component key={key} workspace={workspace} weekStart={weekStart} today={today} span={span} />
        ))}
      </Grid>
    </>
  );
}
