import { Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CancelledOccurrenceView,
  RoutineBlockView,
  RoutineOccurrenceView,
} from '../../../contracts/routine.js';
import { isProblem } from '../../app/api.js';
import { AppModal } from '../../ui/app-modal.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { BlockForm, toBlockBody, toBlockDraft } from './block-form.js';
import { BlockTimeFields } from './block-time-fields.js';
import { fromLocalDateTime } from './calendar-dates.js';
import { OccurrenceStatusBadge } from './occurrence-status.js';
import {
  categoriesQueryOptions,
  useBlockDescription,
  useBlockTitle,
  useDeleteBlock,
  useRestoreOccurrence,
  useSaveException,
  useTemplateTitle,
  useUpdateBlock,
} from './routine-queries.js';

/** What was clicked in the calendar: a live occurrence, or a cancelled one (shown so it can come back). */
export type SelectedOccurrence =
  | { isCancelled: false; occurrence: RoutineOccurrenceView }
  | { isCancelled: true; occurrence: CancelledOccurrenceView };

type Scope = 'occurrence' | 'series';

function useDayLabel() {
  const { i18n } = useTranslation();
  return (localDate: string) =>
    fromLocalDateTime(localDate, '12:00').toLocaleDateString(i18n.language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
}

/** Where this one occurrence goes and how long it lasts. */
type Draft = { date: string; startTime: string; duration: number | string };

/**
 * Click on a block: change, move or cancel THIS occurrence only (an exception; the series stays),
 * or change or delete the whole series. A cancelled or moved occurrence can be put back.
 */
export function OccurrenceModal({
  workspaceId,
  selected,
  opened,
  block,
  categoryLabel,
  onClose,
}: {
  workspaceId: string;
  selected: SelectedOccurrence | null;
  opened: boolean;
  block: RoutineBlockView | undefined;
  categoryLabel: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  const blockTitle = useBlockTitle();
  const blockDescription = useBlockDescription();
  const templateTitle = useTemplateTitle();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const category = categories.data?.find((item) => item.id === selected?.occurrence.categoryId);
  const saveException = useSaveException(workspaceId);
  const restore = useRestoreOccurrence(workspaceId);
  const updateBlock = useUpdateBlock(workspaceId);
  const removeBlock = useDeleteBlock(workspaceId);
  const [confirmingDelete, confirmDelete] = useDisclosure(false);
  const [scope, setScope] = useState<Scope>('occurrence');
  const [draft, setDraft] = useState<Draft>({ date: '', startTime: '', duration: 60 });
  const [shownFor, setShownFor] = useState<string | null>(null);
  const occurrence = selected?.occurrence;
  // The form starts again from the occurrence each time the modal opens on it.
  const key =
    occurrence && opened
      ? `${occurrence.blockId}|${occurrence.occurrenceDate}|${selected?.isCancelled}`
      : null;
  if (key !== shownFor) setShownFor(key);
  if (occurrence && key !== null && key !== shownFor) {
    setScope('occurrence');
    setDraft({
      date: occurrence.localDate,
      startTime: occurrence.startTime,
      duration: occurrence.durationMinutes,
    });
  }
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const done = (message: string) => () => {
    notifySuccess(message);
    onClose();
  };
  const target = occurrence
    ? { blockId: occurrence.blockId, occurrenceDate: occurrence.occurrenceDate }
    : null;

  function putBack() {
    if (!target) return;
    restore.mutate(target, { onSuccess: done(t('routine.page.restored')), onError: notifyProblem });
  }

  function saveOccurrence() {
    if (!target || !block || !occurrence) return;
    // Only what differs from the series is an exception: the rest keeps following the series.
    const newDate = draft.date !== occurrence.occurrenceDate ? draft.date : null;
    const newStartTime = draft.startTime !== block.startTime ? draft.startTime : null;
    const newDurationMinutes =
      Number(draft.duration) !== block.durationMinutes ? Number(draft.duration) : null;
    if (!newDate && !newStartTime && !newDurationMinutes) {
      if (occurrence.isMoved) putBack();
      else onClose();
      return;
    }
    saveException.mutate(
      { ...target, body: { kind: 'moved', newDate, newStartTime, newDurationMinutes } },
      { onSuccess: done(t('routine.page.occurrenceMoved')), onError: notifyProblem },
    );
  }

  return (
    <>
      <AppModal
        opened={opened && Boolean(selected) && !confirmingDelete}
        onClose={() => {
          // A refusal shown in the series form belongs to this visit of the modal only.
          updateBlock.reset();
          onClose();
        }}
        title={<Text fw={600}>{categoryLabel}</Text>}
      >
        {selected && occurrence && (
          <Stack>
            <Group gap="xs">
              <Text size="sm">
                {dayLabel(occurrence.localDate)} · {occurrence.startTime}–{occurrence.endTime}
              </Text>
              {!selected.isCancelled && <OccurrenceStatusBadge status={selected.occurrence.status} />}
              {occurrence.isMoved && (
                <Badge variant="outline" color="grape">
                  {t('routine.page.movedBadge')}
                </Badge>
              )}
            </Group>
            <Stack gap={2}>
              <Text fw={600}>{blockTitle(occurrence, category)}</Text>
              {blockDescription(occurrence) && (
                <Text size="sm" c="dimmed">
                  {blockDescription(occurrence)}
                </Text>
              )}
            </Stack>
            {selected.isCancelled && selected.occurrence.isRush ? (
              <Text size="sm" data-testid="occurrence-rush-skipped">
                {t('rush.skippedDetail')}
              </Text>
            ) : selected.isCancelled ? (
              <>
                <Text size="sm">{t('routine.page.cancelledDetail')}</Text>
                <Group justify="flex-end">
                  <Button onClick={putBack} loading={restore.isPending}>
                    {t('routine.page.restore')}
                  </Button>
                </Group>
              </>
            ) : (
              <Stack>
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="occurrence-scope-label">
                    {t('routine.page.scope')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="occurrence-scope-label"
                    value={scope}
                    onChange={(value) => setScope(value as Scope)}
                    data={[
                      { value: 'occurrence', label: t('routine.page.scopeOccurrence') },
                      { value: 'series', label: t('routine.page.scopeSeries') },
                    ]}
                  />
                </Stack>
                {scope === 'series' && block ? (
                  <BlockForm
                    key={block.id}
                    workspaceId={workspaceId}
                    initial={toBlockDraft(block)}
                    templatePlaceholder={templateTitle(block.templateKey)}
                    submitLabel={t('routine.page.save')}
                    isPending={updateBlock.isPending}
                    problem={isProblem(updateBlock.error) ? updateBlock.error : null}
                    onSubmit={(series) =>
                      updateBlock.mutate(
                        { blockId: block.id, body: toBlockBody(series) },
                        {
                          onSuccess: done(t('routine.page.saved')),
                          onError: (error) => isProblem(error) || notifyProblem(error),
                        },
                      )
                    }
                    secondaryActions={
                      <Button color="red" variant="subtle" onClick={confirmDelete.open}>
                        {t('routine.page.delete')}
                      </Button>
                    }
                  />
                ) : (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      saveOccurrence();
                    }}
                  >
                    <Stack>
                      <DateField
                        label={t('routine.page.date')}
                        value={draft.date}
                        onChange={(date) => change({ date })}
                        required
                      />
                      <Group grow align="flex-start">
                        <BlockTimeFields
                          startTime={draft.startTime}
                          durationMinutes={draft.duration}
                          onStartTimeChange={(startTime) => change({ startTime })}
                          onDurationChange={(duration) => change({ duration })}
                        />
                      </Group>
                      <Group justify="space-between">
                        <Group gap="xs">
                          <Button
                            color="red"
                            variant="subtle"
                            loading={
                              saveException.isPending && saveException.variables?.body.kind === 'cancelled'
                            }
                            onClick={() =>
                              target &&
                              saveException.mutate(
                                { ...target, body: { kind: 'cancelled' } },
                                {
                                  onSuccess: done(t('routine.page.occurrenceCancelled')),
                                  onError: notifyProblem,
                                },
                              )
                            }
                          >
                            {t('routine.page.cancelOccurrence')}
                          </Button>
                          {occurrence.isMoved && (
                            <Button variant="subtle" onClick={putBack} loading={restore.isPending}>
                              {t('routine.page.restoreMoved')}
                            </Button>
                          )}
                        </Group>
                        <Button type="submit" loading={saveException.isPending}>
                          {t('routine.page.save')}
                        </Button>
                      </Group>
                    </Stack>
                  </form>
                )}
              </Stack>
            )}
          </Stack>
        )}
      </AppModal>
      <ConfirmModal
        opened={confirmingDelete}
        onClose={confirmDelete.close}
        title={t('routine.page.delete')}
        confirmLabel={t('routine.page.delete')}
        isPending={removeBlock.isPending}
        onConfirm={() => {
          if (!block) return;
          removeBlock.mutate(block.id, {
            onSuccess: () => notifySuccess(t('routine.page.deleted')),
            onError: notifyProblem,
            onSettled: () => {
              confirmDelete.close();
              onClose();
            },
          });
        }}
      >
        {t('routine.page.deleteConfirm')}
      </ConfirmModal>
    </>
  );
}
