import { Anchor, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../ui/page-loader.js';
import { PublicLayout } from '../../ui/public-layout.js';
import { AdministratorsPanel } from './administrators-panel.js';
import { BackupsPanel } from './backups-panel.js';
import { instanceAccessQueryOptions } from './instance-queries.js';
import { JobsPanel } from './jobs-panel.js';
import { OrganisationPanel } from './organisation-panel.js';

/** The Instance page: the background jobs, the backups, the organisation on reports and the administrators. */
export function InstancePage() {
  const { t } = useTranslation();
  const access = useQuery(instanceAccessQueryOptions);
  if (access.isPending) return <PageLoader />;
  const isAdministrator = access.data?.isAdministrator ?? false;
  return (
    <PublicLayout size={860}>
      <Stack gap="lg">
        <Anchor component={Link} to="/" size="sm">
          {t('instance.back')}
        </Anchor>
        <div>
          <Title order={1}>{t('instance.title')}</Title>
          <Text c="dimmed">{t('instance.subtitle')}</Text>
        </div>
        {isAdministrator ? (
          <Paper withBorder p="lg">
            <Stack gap="xl">
              <JobsPanel />
              <Divider />
              <BackupsPanel />
              <Divider />
              <OrganisationPanel />
              <Divider />
              <AdministratorsPanel />
            </Stack>
          </Paper>
        ) : (
          <Text>{t('instance.notAdministrator')}</Text>
        )}
      </Stack>
    </PublicLayout>
  );
}
