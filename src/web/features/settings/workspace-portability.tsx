import { Alert, Button, Card, FileInput, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportReport, importReportSchema } from '../../../contracts/portability.js';
import { api, isProblem } from '../../app/api.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';

/** Owners: the whole workspace as one file (a plain link: the browser downloads it). */
export function ExportWorkspace({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <Card p="lg" maw={720}>
      <Title order={2} size="h4" mb="xs">
        {t('portability.exportTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('portability.exportBody')}
      </Text>
      <Button
        component="a"
        href={`/api/workspaces/${workspaceId}/export`}
        download
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden />}
      >
        {t('portability.exportButton')}
      </Button>
    </Card>
  );
}

const sendArchive = (file: File, dryRun: boolean) =>
  api(`/api/workspace-imports?dryRun=${dryRun}`, { method: 'POST', body: file, schema: importReportSchema });

/** Anyone: an archive read first (a dry run that writes nothing), then imported on confirmation. */
export function ImportWorkspace() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (chosen: File) => sendArchive(chosen, true) });
  const commit = useMutation({ mutationFn: (chosen: File) => sendArchive(chosen, false) });

  function choose(chosen: File | null) {
    setFile(chosen);
    preview.reset();
    if (chosen) preview.mutate(chosen);
  }

  function confirm() {
    if (!file) return;
    commit.mutate(file, {
      onSuccess: async (report) => {
        if (!report.workspaceId) return;
        notifySuccess(t(report.alreadyImported ? 'portability.alreadyImported' : 'portability.imported'));
        await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
        await navigate({ to: '/w/$workspaceId', params: { workspaceId: report.workspaceId } });
      },
      onError: notifyProblem,
    });
  }

  return (
    <Card p="lg" maw={720}>
      <Title order={2} size="h4" mb="xs">
        {t('portability.importTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('portability.importBody')}
      </Text>
      <Stack gap="md">
        <FileInput
          label={t('portability.importFile')}
          placeholder={t('portability.importPlaceholder')}
          accept=".gz,.json,application/gzip,application/json"
          value={file}
          onChange={choose}
          clearable
          // Mantine's placeholder grey falls under 4.5:1 on white.
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          clearButtonProps={{ 'aria-label': t('portability.clearFile') }}
          leftSection={<IconFileImport size={16} aria-hidden />}
        />
        {preview.isPending && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('portability.importChecking')}</Text>
          </Group>
        )}
        {preview.isError && (
          <Alert
            color="red"
            title={isProblem(preview.error) ? preview.error.title : t('errors.boundaryTitle')}
          >
            {isProblem(preview.error) ? preview.error.detail : t('errors.boundaryDetail')}
          </Alert>
        )}
        {preview.data && <ImportPreview report={preview.data} />}
        {preview.data && (
          <Group justify="flex-end">
            <Button onClick={confirm} loading={commit.isPending}>
              {t('portability.importConfirm')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ImportPreview({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.alreadyImported && report.workspaceId)
    return (
      <Alert color="blue" title={t('portability.alreadyImported')}>
        <AnchorLink to="/w/$workspaceId" params={{ workspaceId: report.workspaceId }}>
          {t('portability.openWorkspace')}
        </AnchorLink>
      </Alert>
    );
  const rows = report.tables.reduce((sum, table) => sum + table.rows, 0);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('portability.importPreview', { count: rows })}</Text>
      {report.people.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('portability.importPeople')}
          </Text>
          <List size="sm" spacing={4}>
            {report.people.map((person) => (
              <List.Item key={person.email}>
                {person.name} ({person.email}) —{' '}
                {person.matched ? t('portability.importMatched') : t('portability.importPlaceholderPerson')}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
