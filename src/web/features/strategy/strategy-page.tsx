import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../workspaces/page-header.js';

export function StrategyPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('budget.strategy.title')} subtitle={t('budget.strategy.subtitle')} />
    </Stack>
  );
}
