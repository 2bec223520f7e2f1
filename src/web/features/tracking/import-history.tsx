import { Badge, Button, Card, Skeleton, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../contracts/tracking.js';
import type { Role } from '../../../contracts/workspaces.js';
import { canUndoImport } from '../../../core/access/index.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { importsQueryOptions, useUndoImport } from './tracking-queries.js';

/** Asks, then undoes an import (its entries are deleted, the batch stays listed as undone). */
export function UndoImportButton({
  workspaceId,
  batch,
  onUndone,
  variant = 'subtle',
}: {
  workspaceId: string;
  batch: ImportBatch;
  onUndone?: () => void;
  variant?: 'subtle' | 'filled';
}) {
  const { t } = useTranslation();
  const undo = useUndoImport(workspaceId);
  const [isAsking, setIsAsking] = useState(false);
  return (
    <>
      <Button
        size="xs"
        color="red"
        variant={variant === 'filled' ? 'light' : 'subtle'}
        leftSection={<IconArrowBackUp size={14} />}
        onClick={() => setIsAsking(true)}
      >
        {t('tracking.imports.undo')}
      </Button>
      <ConfirmModal
        opened={isAsking}
        onClose={() => setIsAsking(false)}
        title={t('tracking.imports.undoTitle')}
        confirmLabel={t('tracking.imports.undo')}
        isPending={undo.isPending}
        onConfirm={() =>
          undo.mutate(batch.id, {
            onSuccess: () => {
              setIsAsking(false);
              notifySuccess(t('tracking.imports.undone'));
              onUndone?.();
            },
            onError: notifyProblem,
          })
        }
      >
        {t('tracking.imports.undoConfirm', { count: batch.importedRows, file: batch.fileName })}
      </ConfirmModal>
    </>
  );
}

/** Past imports of the workspace, newest first, each undoable by its author or a manager. */
export function ImportHistory({
  workspaceId,
  timeZone,
  role,
}: {
  workspaceId: string;
  /** Import times are shown in the workspace's hours, like every other time. */
  timeZone: string;
  role: Role;
}) {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const imports = useQuery(importsQueryOptions(workspaceId));
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="sm">
        {t('tracking.imports.historyTitle')}
      </Title>
      {imports.isPending && <Skeleton h={80} />}
      {imports.isError && <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />}
      {imports.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('tracking.imports.historyEmpty')}
        </Text>
      )}
      {imports.data && imports.data.length > 0 && (
        <Table.ScrollContainer
          minWidth={640}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={t('tracking.imports.historyTitle')}
        >
          <Table fz="sm" striped data-testid="import-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tracking.imports.file')}</Table.Th>
                <Table.Th>{t('tracking.imports.importedAt')}</Table.Th>
                <Table.Th>{t('tracking.imports.by')}</Table.Th>
                <Table.Th ta="right">{t('tracking.imports.imported')}</Table.Th>
                <Table.Th>{t('tracking.imports.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imports.data.map((batch) => (
                <Table.Tr key={batch.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {batch.fileName}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {t(`tracking.imports.formats.${batch.format}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {new Date(batch.createdAt).toLocaleString(i18n.language, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                      timeZone,
                    })}
                  </Table.Td>
                  <Table.Td>{batch.userName}</Table.Td>
                  <Table.Td ta="right">{batch.importedRows}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge
                      variant="outline"
                      style={{ overflow: 'visible' }}
                      color={batch.status === 'completed' ? 'teal.9' : 'gray.7'}
                      size="sm"
                    >
                      {t(`tracking.imports.statuses.${batch.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    {batch.status === 'completed' &&
                      canUndoImport({ userId: me.user.id, role }, batch.userId) && (
                        <UndoImportButton workspaceId={workspaceId} batch={batch} />
                      )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
