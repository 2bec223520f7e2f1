import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, type ProblemError } from '../../app/api.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { type BlockDraft, BlockForm, toBlockBody } from './block-form.js';
import { useCreateBlock } from './routine-queries.js';

/** A new series, prefilled from the time range picked in the calendar (or today at 09:00). */
export function AddBlockModal({
  workspaceId,
  initial,
  onClose,
}: {
  workspaceId: string;
  /** Null while closed. */
  initial: BlockDraft | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateBlock(workspaceId);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const close = () => {
    setProblem(null);
    onClose();
  };
  return (
    <AppModal
      opened={initial !== null}
      onClose={close}
      title={<Text fw={600}>{t('routine.page.addBlock')}</Text>}
      size="lg"
    >
      {initial && (
        <BlockForm
          workspaceId={workspaceId}
          initial={initial}
          submitLabel={t('routine.page.addBlock')}
          isPending={create.isPending}
          problem={problem}
          onSubmit={(draft) =>
            create.mutate(
              { ...toBlockBody(draft), memberUserId: null },
              {
                onSuccess: () => {
                  notifySuccess(t('routine.page.added'));
                  close();
                },
                onError: (error) => (isProblem(error) ? setProblem(error) : notifyProblem(error)),
              },
            )
          }
        />
      )}
    </AppModal>
  );
}
