import { Alert, Button, Code, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InstanceBackups } from '../../../contracts/instance.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useInstanceBackups, useRequestBackup } from './instance-queries.js';

type EmbeddedBackups = Extract<InstanceBackups, { database: 'pglite' }>;

function useFormats() {
  const { i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const megabytes = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    size: (bytes: number) => megabytes.format(bytes / 1_000_000),
  };
}

/** "0 3 * * *" reads as "every day at 03:00"; any other cron line is shown as written. */
function ScheduleLine({ backups }: { backups: EmbeddedBackups }) {
  const { t } = useTranslation();
  const { schedule, timeZone: zone, keepDaily: daily, keepWeekly: weekly } = backups;
  if (!schedule) return <Text size="sm">{t('instance.backupsOff')}</Text>;
  const everyDay = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(schedule);
  const text = everyDay
    ? t('instance.backupsDaily', {
        time: `${everyDay[2]?.padStart(2, '0')}:${everyDay[1]?.padStart(2, '0')}`,
        zone,
        daily,
        weekly,
      })
    : t('instance.backupsSchedule', { cron: schedule, zone, daily, weekly });
  return <Text size="sm">{text}</Text>;
}

/** The last run, with its backup's size when it is still kept (the table's size column is off-screen on a phone). */
function LastRun({ lastRun, backups }: Pick<EmbeddedBackups, 'lastRun' | 'backups'>) {
  const { t } = useTranslation();
  const formats = useFormats();
  if (!lastRun) return null;
  const written = backups.find((backup) => backup.name === lastRun.backup);
  if (lastRun.status === 'failed')
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('instance.lastBackupFailed', { at: formats.dateTime(lastRun.finishedAt) })}
      >
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {lastRun.message}
        </Code>
      </Alert>
    );
  return (
    <Group gap="xs">
      <IconCircleCheck size={18} color="var(--mantine-color-green-9)" aria-hidden />
      <Text size="sm">
        {written
          ? t('instance.lastBackupSucceededSized', {
              at: formats.dateTime(lastRun.finishedAt),
              size: formats.size(written.bytes),
            })
          : t('instance.lastBackupSucceeded', { at: formats.dateTime(lastRun.finishedAt) })}
      </Text>
    </Group>
  );
}

/** Where the backups go, when, whether the last one worked, those kept, and "back up now". */
export function BackupsPanel() {
  const { t } = useTranslation();
  const backups = useInstanceBackups();
  const request = useRequestBackup();
  const formats = useFormats();
  if (backups.isPending) return <Skeleton h={160} radius="md" />;
  if (backups.isError) return <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />;
  const title = (
    <Title order={2} size="h3">
      {t('instance.backupsTitle')}
    </Title>
  );
  if (backups.data.database === 'postgres')
    return (
      <Stack gap="md">
        {title}
        <Text size="sm">{t('instance.backupsPostgres')}</Text>
      </Stack>
    );
  const data = backups.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        {title}
        <Button
          leftSection={<IconDatabaseExport size={16} aria-hidden />}
          loading={request.isPending}
          onClick={() =>
            request.mutate(undefined, {
              onSuccess: () => notifySuccess(t('instance.backupAsked')),
              onError: notifyProblem,
            })
          }
        >
          {t('instance.backupNow')}
        </Button>
      </Group>
      <Stack gap={4}>
        <ScheduleLine backups={data} />
        <Text size="sm" c="dimmed">
          {t('instance.backupsWhere', { directory: data.directory })}
        </Text>
      </Stack>
      <LastRun lastRun={data.lastRun} backups={data.backups} />
      {data.backups.length === 0 ? (
        <Text size="sm">{t('instance.noBackupYet')}</Text>
      ) : (
        <Table.ScrollContainer
          minWidth={420}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('instance.backupsTitle')}
        >
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('instance.backupName')}</Table.Th>
                <Table.Th>{t('instance.backupTaken')}</Table.Th>
                <Table.Th ta="right">{t('instance.backupSize')}</Table.Th>
                <Table.Th>{t('instance.backupVersion')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.backups.map((backup) => (
                <Table.Tr key={backup.name}>
                  <Table.Td>{backup.name}</Table.Td>
                  <Table.Td>{formats.dateTime(backup.createdAt)}</Table.Td>
                  <Table.Td ta="right">{formats.size(backup.bytes)}</Table.Td>
                  <Table.Td>{backup.cadenceVersion}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" c="dimmed">
        {t('instance.backupsRestoreHelp')} {t('instance.backupsSecretNote')}
      </Text>
    </Stack>
  );
}
