import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeEntry } from '../../../contracts/tracking.js';
import { AppModal } from '../../ui/app-modal.js';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useDuplicateEntry } from './tracking-queries.js';

/** Copies an entry to a chosen day (today by default), same local start time and duration. */
export function DuplicateEntryModal({
  workspaceId,
  entry,
  defaultDate,
  onClose,
}: {
  workspaceId: string;
  entry: TimeEntry | null;
  defaultDate: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const duplicate = useDuplicateEntry(workspaceId);
  const [date, setDate] = useState(defaultDate);
  return (
    <AppModal
      opened={entry !== null}
      onClose={onClose}
      title={<Text fw={600}>{t('tracking.entries.duplicateTitle')}</Text>}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!entry || !date) return;
          duplicate.mutate(
            { entryId: entry.id, date },
            {
              onSuccess: () => {
                notifySuccess(t('tracking.entries.duplicated'));
                onClose();
              },
              onError: notifyProblem,
            },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('tracking.entries.duplicateHelp')}</Text>
          <DateField
            label={t('tracking.entries.duplicateDate')}
            value={date}
            onChange={setDate}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={duplicate.isPending} disabled={!date}>
              {t('tracking.entries.duplicate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
