import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Publication } from '../../../contracts/publishing.js';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { usePublicationAction } from './publishing-queries.js';

/** A failed or missed publication moved to another date and time (its own file: the date picker loads when it opens). */
export function RescheduleModal({
  opened,
  onClose,
  publication,
  workspaceId,
  timeZone,
}: {
  opened: boolean;
  onClose: () => void;
  publication: Publication;
  workspaceId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const action = usePublicationAction(workspaceId);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('publishing.panel.rescheduleTitle', { account: publication.accountName })}
    >
      <Stack>
        <Group grow align="flex-end">
          <DateField label={t('publishing.panel.date')} value={date} onChange={setDate} />
          <TimeField
            label={t('publishing.panel.time')}
            description={t('content.schedule.zone', { zone: timeZone })}
            value={time}
            onChange={setTime}
          />
        </Group>
        <Group justify="flex-end">
          <Button
            disabled={!date || !time}
            loading={action.isPending}
            onClick={() =>
              action.mutate(
                { publicationId: publication.id, body: { date, time: time.slice(0, 5) } },
                {
                  onSuccess: () => {
                    notifySuccess(t('publishing.panel.rescheduled'));
                    onClose();
                  },
                  onError: notifyProblem,
                },
              )
            }
          >
            {t('publishing.panel.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
