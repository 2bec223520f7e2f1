import { ActionIcon, Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostingSlotBody } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { weekdayName } from '../routine/calendar-dates.js';
import { useStrategyChoices } from './content-filters.js';
import { postingSlotsQueryOptions, useSetPostingSlots } from './content-queries.js';

/** A row being edited: `rowKey` keeps React's rows stable while slots are added and removed. */
type SlotRow = PostingSlotBody & { rowKey: number };
let nextRowKey = 0;
const toRows = (slots: readonly PostingSlotBody[]): SlotRow[] =>
  slots.map((slot) => ({ ...slot, rowKey: nextRowKey++ }));

const sortSlots = <Slot extends PostingSlotBody>(slots: Slot[]) =>
  [...slots].sort(
    (a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time) || a.network.localeCompare(b.network),
  );

/** The weekly posting times per network; proposed from the strategy's targets when there are none. */
export function PostingSlotsModal({
  workspaceId,
  opened,
  onClose,
  canEdit,
}: {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const view = useQuery(postingSlotsQueryOptions(workspaceId));
  const choices = useStrategyChoices(workspaceId);
  const save = useSetPostingSlots(workspaceId);
  const [slots, setSlots] = useState<SlotRow[]>([]);
  const [isProposal, setIsProposal] = useState(false);
  useEffect(() => {
    if (view.data) setSlots(toRows(view.data.slots));
  }, [view.data]);

  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: weekdayName(day, i18n.language),
  }));
  const change = (index: number, patch: Partial<PostingSlotBody>) =>
    setSlots((current) => current.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)));
  const firstNetwork = choices.networks[0]?.network;

  return (
    <AppModal opened={opened} onClose={onClose} title={t('content.slots.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('content.slots.help', { zone: view.data?.timeZone ?? '' })}
        </Text>
        {isProposal && (
          <Alert color="blue" variant="light">
            {t('content.slots.proposed')}
          </Alert>
        )}
        {slots.length === 0 && <Text size="sm">{t('content.slots.empty')}</Text>}
        {slots.map((slot, index) => (
          // On a phone a row wraps after the day: three fields side by side left the network and the
          // day cut to a letter.
          <Group key={slot.rowKey} gap="xs" align="flex-end">
            <Select
              label={index === 0 ? t('content.slots.network') : undefined}
              aria-label={t('content.slots.network')}
              data={choices.networkOptions}
              value={slot.network}
              readOnly={!canEdit}
              onChange={(network) => network && change(index, { network: network as NetworkKey })}
              style={{ flex: '1 1 8rem' }}
            />
            <Select
              label={index === 0 ? t('content.slots.weekday') : undefined}
              aria-label={t('content.slots.weekday')}
              data={weekdays}
              value={String(slot.weekday)}
              readOnly={!canEdit}
              onChange={(day) => day && change(index, { weekday: Number(day) })}
              style={{ flex: '1 1 8rem' }}
            />
            <TimeField
              label={index === 0 ? t('content.slots.time') : undefined}
              aria-label={t('content.slots.time')}
              value={slot.time}
              readOnly={!canEdit}
              onChange={(time) => change(index, { time })}
              style={{ flex: '1 1 6rem' }}
            />
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('content.slots.remove')}
                onClick={() => setSlots((current) => current.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {canEdit && (
          <Group justify="space-between" mt="sm">
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                disabled={!firstNetwork}
                onClick={() =>
                  firstNetwork &&
                  setSlots([...slots, ...toRows([{ network: firstNetwork, weekday: 1, time: '09:00' }])])
                }
              >
                {t('content.slots.add')}
              </Button>
              {view.data && view.data.proposal.length > 0 && !isProposal && (
                <Button
                  variant="light"
                  leftSection={<IconSparkles size={16} aria-hidden />}
                  onClick={() => {
                    setSlots(sortSlots([...slots, ...toRows(view.data?.proposal ?? [])]));
                    setIsProposal(true);
                  }}
                >
                  {t('content.slots.propose')}
                </Button>
              )}
            </Group>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  sortSlots(slots).map(({ rowKey: _rowKey, ...slot }) => slot),
                  {
                    onSuccess: () => {
                      setIsProposal(false);
                      notifySuccess(t('content.slots.saved'));
                      onClose();
                    },
                    onError: notifyProblem,
                  },
                )
              }
            >
              {t('content.slots.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </AppModal>
  );
}
