import { Alert, Badge, Button, FileInput, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  maxResultsImportTextLength,
  type ResultsImportSourceKey,
} from '../../../contracts/results-imports.js';
import type { ImportIssueView } from '../../../contracts/tracking-imports.js';
import { resultsImportSources } from '../../../core/results/imports/import-columns.js';
import { isProblem } from '../../app/api.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { ImportIssues } from '../tracking/import-issues.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
// The type only: the strings themselves are the active language's (loaded on their own).
import type { resultsFr } from './i18n.js';
import { useResultsFormat } from './results-format.js';
import { ResultsImportMapping } from './results-import-mapping.js';
import { useResultsImport } from './use-results-import.js';

type IssueCode = keyof typeof resultsFr.import.issues;

/** Import a network's post export or a list of outcomes: source, file, columns, preview, import. */
export function ResultsImportButton({ workspace }: { workspace: { id: string; currency: string } }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const wanted = useOpenedOnce(opened);
  const flow = useResultsImport(workspace.id);
  const close = () => {
    flow.reset();
    setOpened(false);
  };
  return (
    <>
      <Button
        variant="light"
        size="xs"
        leftSection={<IconUpload size={16} aria-hidden />}
        onClick={() => setOpened(true)}
        data-testid="results-import-open"
      >
        {t('results.import.open')}
      </Button>
      {/* Drawn from its first opening (a closed dialog still costs its render and portal). */}
      {wanted && (
        <Modal
          opened={opened}
          onClose={close}
          title={t('results.import.title')}
          size="xl"
          closeButtonProps={{ 'aria-label': t('results.import.close') }}
        >
          {opened && <ImportSteps workspace={workspace} flow={flow} onClose={close} />}
        </Modal>
      )}
    </>
  );
}

function ImportSteps({
  workspace,
  flow,
  onClose,
}: {
  workspace: { id: string; currency: string };
  flow: ReturnType<typeof useResultsImport>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useResultsFormat(workspace.currency);
  const [chosen, setChosen] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const { preview, mapping, result } = flow;
  const describe = (issue: ImportIssueView) =>
    i18n.exists(`results.import.issues.${issue.code}`)
      ? t(`results.import.issues.${issue.code as IssueCode}`, issue.params)
      : issue.message;

  if (result)
    return (
      <Stack>
        <Alert color="green" data-testid="results-import-done">
          {t('results.import.done', { count: result.inserted })}
          {result.alreadyImported > 0 &&
            ` ${t('results.import.doneAlready', { count: result.alreadyImported })}`}
        </Alert>
        <ImportIssues
          workspaceId={workspace.id}
          title={t('results.import.errors')}
          issues={result.errors}
          count={result.errorCount}
          color="orange"
          describe={describe}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={flow.reset}>
            {t('results.import.another')}
          </Button>
          <Button onClick={onClose}>{t('results.import.close')}</Button>
        </Group>
      </Stack>
    );

  return (
    <Stack>
      <Select
        label={t('results.import.source')}
        description={t(`results.import.help.${flow.source}`)}
        data={resultsImportSources.map((value) => ({ value, label: t(`results.import.sources.${value}`) }))}
        value={flow.source}
        onChange={(value) => value && void flow.chooseSource(value as ResultsImportSourceKey)}
        allowDeselect={false}
        data-testid="results-import-source"
      />
      <FileInput
        label={t('results.import.file')}
        placeholder={t('results.import.filePlaceholder')}
        accept=".csv,text/csv"
        leftSection={<IconFileTypeCsv size={18} aria-hidden />}
        value={chosen}
        error={fileError}
        data-testid="results-import-file"
        onChange={async (file) => {
          setChosen(file);
          setFileError(null);
          if (!file) return flow.reset();
          const text = await file.text();
          if (text.length > maxResultsImportTextLength) return setFileError(t('errors.boundaryDetail'));
          await flow.analyse({ name: file.name, text });
        }}
      />
      {flow.pending === 'preview' && (
        <Text size="sm" c="dimmed">
          {t('results.import.reading')}
        </Text>
      )}
      {flow.error !== null && (
        <Alert color="red" title={isProblem(flow.error) ? flow.error.title : undefined}>
          {isProblem(flow.error) ? flow.error.detail : t('errors.boundaryDetail')}
        </Alert>
      )}
      {preview && mapping && (
        <>
          <ResultsImportMapping preview={preview} mapping={mapping} onChange={flow.setMapping} />
          {preview.fileError && (
            <Alert color="orange" data-testid="results-import-file-error">
              {t(
                `results.import.fileErrors.${preview.fileError.code as 'empty_file'}`,
                preview.fileError.params,
              )}
            </Alert>
          )}
          {flow.isMappingChanged && (
            <Button variant="light" onClick={() => void flow.check()} loading={flow.pending === 'preview'}>
              {t('results.import.check')}
            </Button>
          )}
          {!preview.fileError && (
            <Stack gap="xs" data-testid="results-import-summary">
              <Text size="sm" fw={600}>
                {t('results.import.summary.rows', { count: preview.rowCount })} ·{' '}
                {t('results.import.summary.toImport', { count: preview.toImport })}
                {preview.alreadyImported > 0 &&
                  ` · ${t('results.import.summary.already', { count: preview.alreadyImported })}`}
              </Text>
              {preview.source !== 'outcomes' && (
                <Text size="sm" c="dimmed">
                  {t('results.import.summary.matched', { count: preview.matched })} ·{' '}
                  {t('results.import.summary.external', { count: preview.external })}
                </Text>
              )}
              {preview.samples.length > 0 && (
                <Table.ScrollContainer
                  minWidth={480}
                  type="native"
                  tabIndex={0}
                  role="region"
                  aria-label={t('results.import.sample')}
                >
                  <Table fz="sm" striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('results.import.sampleColumns.line')}</Table.Th>
                        <Table.Th>{t('results.import.sampleColumns.date')}</Table.Th>
                        <Table.Th>{t('results.import.sampleColumns.label')}</Table.Th>
                        <Table.Th>{t('results.import.sampleColumns.value')}</Table.Th>
                        <Table.Th>{t('results.import.sampleColumns.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.samples.map((sample) => (
                        <Table.Tr key={sample.line}>
                          <Table.Td>{sample.line}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {formatLocalDate(sample.date, i18n.language, {
                              day: 'numeric',
                              month: 'short',
                              year: 'numeric',
                            })}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={1}>
                              {preview.source === 'outcomes'
                                ? t(`results.outcomes.kinds.${sample.label as 'lead'}`)
                                : sample.label}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {sample.value === null
                              ? '—'
                              : preview.source === 'outcomes'
                                ? format.money(sample.value)
                                : format.decimal(sample.value)}
                          </Table.Td>
                          <Table.Td>
                            {sample.alreadyImported ? (
                              <Text size="xs" c="dimmed">
                                {t('results.import.alreadyBadge')}
                              </Text>
                            ) : preview.source === 'outcomes' ? null : sample.matched ? (
                              <Text size="xs" fw={600} c="green.9">
                                {t('results.import.matchedBadge')}
                              </Text>
                            ) : (
                              <Badge size="xs" color="gray" variant="outline">
                                {t('results.import.externalBadge')}
                              </Badge>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <ImportIssues
                workspaceId={workspace.id}
                title={t('results.import.errors')}
                issues={preview.errors}
                count={preview.errorCount}
                color="orange"
                describe={describe}
              />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('results.import.close')}
            </Button>
            {preview.toImport > 0 && !preview.fileError ? (
              <Button
                onClick={() => void flow.commit()}
                loading={flow.pending === 'commit'}
                disabled={flow.isMappingChanged}
                data-testid="results-import-commit"
              >
                {t('results.import.commit', { count: preview.toImport })}
              </Button>
            ) : (
              !preview.fileError && <Text size="sm">{t('results.import.nothing')}</Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
