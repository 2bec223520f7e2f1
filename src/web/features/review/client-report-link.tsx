import { Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../core/results/months.js';
import { clientReportHref } from './review-queries.js';

/**
 * For the people who run a client's workspace: the month's report as a PDF to send on. The month
 * before the reviewed week's is offered first, since a report is written once the month is over.
 */
export function ClientReportLink({ workspaceId, weekStart }: { workspaceId: string; weekStart: string }) {
  const { t, i18n } = useTranslation();
  const thisMonth = weekStart.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, index) => addMonths(thisMonth, -index));
  const [month, setMonth] = useState(addMonths(thisMonth, -1));
  const monthName = (value: string) =>
    new Date(`${value}-15T12:00:00Z`).toLocaleDateString(i18n.language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return (
    <Card
      withBorder
      radius="md"
      component="section"
      aria-label={t('review.clientReport')}
      data-testid="client-report"
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('review.clientReport')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('review.clientReportHelp', { month: monthName(month) })}
        </Text>
        <Group gap="md" align="flex-end">
          <NativeSelect
            label={t('review.clientReportMonth')}
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
            data={months.map((value) => ({ value, label: monthName(value) }))}
          />
          <Anchor
            href={clientReportHref(workspaceId, month, i18n.language)}
            download
            size="sm"
            py={8}
            data-testid="client-report-download"
          >
            <Group gap={4} wrap="nowrap">
              <IconDownload size={16} aria-hidden />
              {t('review.clientReportDownload')}
            </Group>
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
