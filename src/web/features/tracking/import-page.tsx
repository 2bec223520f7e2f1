import { Alert, Button, Card, FileInput, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImportTextLength } from '../../../contracts/tracking.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { AnchorLink, ButtonLink } from '../../ui/router-links.js';
import { membersQueryOptions } from '../members/members-queries.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { ImportHistory, UndoImportButton } from './import-history.js';
import { ImportIssues } from './import-issues.js';
import { ImportMappingForm } from './import-mapping-form.js';
import { ImportSummary } from './import-summary.js';
import type { ImportFlow } from './use-import-flow.js';
import { useImportFlow } from './use-import-flow.js';

const maxMegabytes = Math.floor(maxImportTextLength / (1024 * 1024));

/** Where a request stands: a bar while the file is sent, then an indeterminate one while read. */
function ImportProgress({ pending }: { pending: NonNullable<ImportFlow['pending']> }) {
  const { t } = useTranslation();
  const { progress } = pending;
  const percent = progress.phase === 'sending' ? Math.round(progress.ratio * 100) : 100;
  const label =
    progress.phase === 'sending'
      ? t('tracking.imports.sending', { percent })
      : t('tracking.imports.processing');
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      <Progress
        value={percent}
        animated={progress.phase === 'processing'}
        striped={progress.phase === 'processing'}
        aria-label={t('tracking.imports.progressLabel')}
        size="lg"
      />
    </Stack>
  );
}

function FileStep({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function analyse() {
    if (!chosen) return;
    if (chosen.size > maxImportTextLength) {
      setError(t('tracking.imports.tooLarge', { size: maxMegabytes }));
      return;
    }
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setError(t('tracking.imports.readFailed'));
      return;
    }
    await flow.analyse({ name: chosen.name, text }).catch(notifyProblem);
  }
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <FileInput
          label={t('tracking.imports.fileLabel')}
          placeholder={t('tracking.imports.filePlaceholder')}
          description={t('tracking.imports.fileHelp')}
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={18} />}
          value={chosen}
          onChange={(file) => {
            setChosen(file);
            setError(null);
          }}
          error={error}
          clearable
          clearButtonProps={{ 'aria-label': t('tracking.imports.clearFile') }}
          disabled={flow.pending !== null}
        />
        {flow.pending && <ImportProgress pending={flow.pending} />}
        <Group justify="flex-end">
          {flow.pending && (
            <Button variant="default" onClick={flow.reset}>
              {t('tracking.imports.cancel')}
            </Button>
          )}
          <Button
            leftSection={<IconUpload size={16} />}
            onClick={() => void analyse()}
            disabled={!chosen}
            loading={flow.pending !== null}
          >
            {t('tracking.imports.analyse')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PreviewStep({
  flow,
  workspaceId,
  members,
}: {
  flow: ImportFlow;
  workspaceId: string;
  members: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const preview = flow.preview;
  if (!preview || !flow.file) return null;
  const checked = flow.checked;
  const shown = checked ?? preview;
  // Errors the mapping adds (unmapped or conflicting rows): the commit refuses them.
  const mappingErrors = checked ? checked.errorCount - preview.errorCount : 0;
  const dateFormat = preview.dateFormat;
  const isBusy = flow.pending !== null;
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="sm">
        <Text size="sm" fw={500}>
          {flow.file.name}
        </Text>
        <Text size="sm" c="dimmed">
          {t('tracking.imports.detected', {
            format: t(`tracking.imports.formats.${preview.format}`),
            delimiter: preview.delimiter === '\t' ? 'tab' : preview.delimiter,
            dateFormat: dateFormat ? t(`tracking.imports.dateFormats.${dateFormat.format}`) : '—',
          })}
        </Text>
        {dateFormat && (dateFormat.isAmbiguous || dateFormat.isForced) && (
          <Stack gap="xs" mt="xs">
            {dateFormat.isAmbiguous && <Alert color="orange">{t('tracking.imports.ambiguousDates')}</Alert>}
            <Select
              label={t('tracking.imports.dateFormat')}
              maw={260}
              data={[dateFormat.format, ...dateFormat.alternatives].map((format) => ({
                value: format,
                label: t(`tracking.imports.dateFormats.${format}`),
              }))}
              value={flow.dateFormat ?? dateFormat.format}
              allowDeselect={false}
              disabled={isBusy}
              onChange={(format) =>
                format &&
                void flow
                  .analyse(flow.file as NonNullable<typeof flow.file>, format as 'ymd' | 'dmy' | 'mdy')
                  .catch(notifyProblem)
              }
            />
          </Stack>
        )}
      </Card>
      <ImportSummary
        workspaceId={workspaceId}
        preview={shown}
        rowsRead={preview.rowCount + preview.errorCount}
        isMapped={checked !== null}
      />
      <ImportMappingForm
        workspaceId={workspaceId}
        preview={preview}
        mapping={flow.mapping}
        onChange={flow.setMapping}
        members={members}
        userId={flow.userId}
        onUserChange={flow.setUserId}
      />
      <ImportIssues
        workspaceId={workspaceId}
        title={t('tracking.imports.issuesTitle')}
        issues={shown.errors}
        count={shown.errorCount}
        color="red"
      />
      <ImportIssues
        workspaceId={workspaceId}
        title={t('tracking.imports.warningsTitle')}
        issues={shown.warnings}
        count={shown.warningCount}
        color="orange"
      />
      <Card withBorder radius="md">
        <Stack gap="sm">
          {flow.pending && <ImportProgress pending={flow.pending} />}
          {!checked && !isBusy && (
            <Text size="sm" c="dimmed">
              {t('tracking.imports.mustCheck')}
            </Text>
          )}
          {checked && mappingErrors > 0 && (
            <Alert color="red">{t('tracking.imports.unmappedRows', { count: mappingErrors })}</Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              disabled={flow.pending?.action === 'commit'}
              onClick={() => {
                flow.reset();
                notifySuccess(t('tracking.imports.cancelled'));
              }}
            >
              {t('tracking.imports.cancel')}
            </Button>
            <Button
              variant={checked ? 'default' : 'filled'}
              onClick={() => void flow.check().catch(notifyProblem)}
              loading={flow.pending?.action === 'check'}
              disabled={isBusy}
            >
              {t('tracking.imports.check')}
            </Button>
            <Button
              color="teal"
              onClick={() => void flow.commit().catch(notifyProblem)}
              loading={flow.pending?.action === 'commit'}
              disabled={!checked || mappingErrors > 0 || checked.summary.rowsToImport === 0 || isBusy}
            >
              {!checked
                ? t('tracking.imports.commitUnchecked')
                : checked.summary.rowsToImport === 0
                  ? t('tracking.imports.nothingToImport')
                  : t('tracking.imports.commit', { count: checked.summary.rowsToImport })}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

function ResultStep({ flow, workspaceId }: { flow: ImportFlow; workspaceId: string }) {
  const { t } = useTranslation();
  const [isUndone, setIsUndone] = useState(false);
  const result = flow.result;
  if (!result) return null;
  return (
    <Alert
      color={isUndone ? 'gray' : 'teal'}
      title={t('tracking.imports.doneTitle')}
      // The light teal of the title falls under 4.5:1 on its tinted background.
      styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">
          {isUndone
            ? t('tracking.imports.undone')
            : result.batch
              ? t('tracking.imports.done', { count: result.inserted })
              : t('tracking.imports.nothingNew')}
        </Text>
        {!isUndone && (
          <Text size="sm" c="dimmed">
            {t('tracking.imports.doneDetails', {
              duplicates: result.duplicates,
              skipped: result.skipped,
              errors: result.errorCount,
            })}
          </Text>
        )}
        <Group gap="sm">
          {result.batch && !isUndone && (
            <UndoImportButton
              workspaceId={workspaceId}
              batch={result.batch}
              variant="filled"
              onUndone={() => setIsUndone(true)}
            />
          )}
          <ButtonLink to="/w/$workspaceId/time" params={{ workspaceId }} size="xs" variant="light">
            {t('tracking.imports.seeTime')}
          </ButtonLink>
          <Button size="xs" variant="default" onClick={flow.reset}>
            {t('tracking.imports.another')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Import a Toggl Track or Clockify detailed report: preview, map, dry run, then commit or cancel. */
export function ImportPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const flow = useImportFlow(workspace.id);
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const members = useQuery({ ...membersQueryOptions(workspace.id), enabled: workspace.canManage });
  const memberOptions = workspace.canManage
    ? (members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))
    : [];
  return (
    <Stack gap="md">
      <AnchorLink to="/w/$workspaceId/time" params={{ workspaceId: workspace.id }} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('tracking.imports.back')}
        </Group>
      </AnchorLink>
      <ListedPageHeader page="time/import" />
      {canWrite && (
        <>
          <ResultStep flow={flow} workspaceId={workspace.id} />
          {!flow.preview && !flow.result && <FileStep flow={flow} />}
          <PreviewStep flow={flow} workspaceId={workspace.id} members={memberOptions} />
        </>
      )}
      <ImportHistory workspaceId={workspace.id} timeZone={workspace.timeZone} role={workspace.role} />
    </Stack>
  );
}
