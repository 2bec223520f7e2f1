import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { TimeEntry, UpdateTimeEntryBody } from '../../../contracts/tracking.js';
import { formatDuration } from '../../../core/tracking/format-duration.js';
import { describeLocalEntryTimes, resolveLocalEntryTimes } from '../../../core/tracking/local-entry-times.js';
import { parseDurationInput } from '../../../core/tracking/parse-duration-input.js';
import { AppModal } from '../../ui/app-modal.js';
import { DateField } from '../../ui/date-field.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { useCreateEntry, useUpdateEntry } from './tracking-queries.js';
import { useCategoryOptions, useNetworkOptions } from './use-tracking-options.js';

type EndMode = 'endTime' | 'duration';
type Values = {
  date: string;
  startTime: string;
  endMode: EndMode;
  endTime: string;
  duration: string;
  categoryId: string | null;
  networkKey: string | null;
  note: string;
  userId: string | null;
};

function initialValues(entry: TimeEntry | null, defaultDate: string, timeZone: string): Values {
  const base = { endMode: 'duration' as EndMode, networkKey: null, note: '', userId: null };
  if (!entry) {
    return {
      ...base,
      date: defaultDate,
      startTime: '09:00',
      endTime: '10:00',
      duration: '1:00',
      categoryId: null,
    };
  }
  const local = describeLocalEntryTimes(entry.startedAt, entry.endedAt ?? entry.startedAt, timeZone);
  return {
    ...base,
    date: local.date,
    startTime: local.startTime,
    endMode: 'endTime',
    endTime: entry.endedAt ? local.endTime : '',
    duration: entry.durationSeconds ? formatDuration(entry.durationSeconds, 'clock') : '',
    categoryId: entry.categoryId,
    networkKey: entry.networkKey,
    note: entry.note,
  };
}

/**
 * Adds or edits an entry. Times are typed in the WORKSPACE's zone (shown in the form), whatever
 * the device's zone. On edit, only what changed is sent, so an untouched start keeps its seconds.
 */
export function EntryFormModal({
  workspaceId,
  timeZone,
  entry,
  defaultDate,
  members,
  opened,
  onClose,
}: {
  workspaceId: string;
  timeZone: string;
  /** Null to add an entry. */
  entry: TimeEntry | null;
  defaultDate: string;
  /** For managers adding time for someone else; empty otherwise. */
  members: { value: string; label: string }[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const networks = useNetworkOptions();
  const create = useCreateEntry(workspaceId);
  const update = useUpdateEntry(workspaceId);
  const isRunning = entry !== null && entry.endedAt === null;
  const initial = initialValues(entry, defaultDate, timeZone);
  const form = useForm<Values>({
    initialValues: initial,
    validate: {
      categoryId: (value) => (value ? null : t('validation.required')),
      date: (value) => (value ? null : t('validation.required')),
      startTime: (value) => (value ? null : t('validation.required')),
      endTime: (value, values) =>
        isRunning || values.endMode !== 'endTime' || value ? null : t('validation.required'),
      duration: (value, values) => {
        if (isRunning || values.endMode !== 'duration') return null;
        const parsed = parseDurationInput(value);
        return parsed.ok ? null : t(`tracking.duration.${parsed.error.code}`, { input: value });
      },
    },
  });
  const { values } = form;
  const endsNextDay =
    values.endMode === 'endTime' && values.endTime !== '' && values.endTime <= values.startTime;
  const fieldPaths = ['categoryId', 'startedAt', 'endedAt', 'durationSeconds', 'note', 'networkKey'];

  // The API names instants; the form shows their problems next to the inputs that made them.
  const endInput = values.endMode === 'endTime' ? 'endTime' : 'duration';
  const inputOf: Record<string, string> = {
    startedAt: 'startTime',
    endedAt: endInput,
    durationSeconds: 'duration',
  };
  const onSubmitError = (error: unknown) => {
    const renamed = {
      setFieldError: (path: string, message: string) => form.setFieldError(inputOf[path] ?? path, message),
    };
    showProblemInForm(renamed, error, fieldPaths);
  };

  const submit = form.onSubmit((submitted) => {
    const durationSeconds = parseDurationInput(submitted.duration);
    const times = isRunning
      ? null
      : resolveLocalEntryTimes(
          {
            date: submitted.date,
            startTime: submitted.startTime,
            end:
              submitted.endMode === 'endTime'
                ? { endTime: submitted.endTime }
                : { durationSeconds: durationSeconds.ok ? durationSeconds.seconds : 0 },
          },
          timeZone,
        );
    const networkKey = (submitted.networkKey as NetworkKey | null) ?? null;
    if (!entry) {
      if (!times || !submitted.categoryId) return;
      create.mutate(
        {
          categoryId: submitted.categoryId,
          startedAt: times.startedAt,
          ...(submitted.endMode === 'endTime'
            ? { endedAt: times.endedAt }
            : { durationSeconds: durationSeconds.ok ? durationSeconds.seconds : 0 }),
          networkKey,
          note: submitted.note,
          ...(submitted.userId ? { userId: submitted.userId } : {}),
        },
        {
          onSuccess: () => {
            notifySuccess(t('tracking.entries.added'));
            onClose();
          },
          onError: onSubmitError,
        },
      );
      return;
    }
    const patch: UpdateTimeEntryBody = {};
    if (submitted.categoryId && submitted.categoryId !== entry.categoryId)
      patch.categoryId = submitted.categoryId;
    if (networkKey !== entry.networkKey) patch.networkKey = networkKey;
    if (submitted.note !== entry.note) patch.note = submitted.note;
    const timesChanged = (['date', 'startTime', 'endMode', 'endTime', 'duration'] as const).some(
      (field) => submitted[field] !== initial[field],
    );
    if (isRunning && (submitted.date !== initial.date || submitted.startTime !== initial.startTime)) {
      patch.startedAt = resolveLocalEntryTimes(
        { date: submitted.date, startTime: submitted.startTime, end: { durationSeconds: 0 } },
        timeZone,
      ).startedAt;
    } else if (times && timesChanged) {
      patch.startedAt = times.startedAt;
      patch.endedAt = times.endedAt;
    }
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { entryId: entry.id, body: patch },
      {
        onSuccess: () => {
          notifySuccess(t('tracking.entries.saved'));
          onClose();
        },
        onError: onSubmitError,
      },
    );
  });

  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{entry ? t('tracking.entries.edit') : t('tracking.entries.add')}</Text>}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {members.length > 0 && (
            <Select
              label={t('tracking.entryForm.member')}
              data={members}
              clearable
              {...form.getInputProps('userId')}
            />
          )}
          <Select
            label={t('tracking.entryForm.category')}
            data={categories.options}
            required
            searchable
            {...form.getInputProps('categoryId')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateField label={t('tracking.entryForm.date')} required {...form.getInputProps('date')} />
            <TimeField
              label={t('tracking.entryForm.startTime')}
              required
              {...form.getInputProps('startTime')}
            />
          </SimpleGrid>
          {isRunning ? (
            <Text size="sm" c="dimmed">
              {t('tracking.entryForm.runningHint')}
            </Text>
          ) : (
            <>
              <SegmentedControl
                aria-label={t('tracking.entryForm.endMode')}
                data={[
                  { value: 'duration', label: t('tracking.entryForm.byDuration') },
                  { value: 'endTime', label: t('tracking.entryForm.byEndTime') },
                ]}
                {...form.getInputProps('endMode')}
              />
              {values.endMode === 'endTime' ? (
                <TimeField
                  label={t('tracking.entryForm.endTime')}
                  description={endsNextDay ? t('tracking.entryForm.endsNextDay') : undefined}
                  required
                  {...form.getInputProps('endTime')}
                />
              ) : (
                <TextInput
                  label={t('tracking.entryForm.duration')}
                  placeholder={t('tracking.entryForm.durationPlaceholder')}
                  description={t('tracking.entryForm.durationHelp')}
                  required
                  autoComplete="off"
                  {...form.getInputProps('duration')}
                />
              )}
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('tracking.entryForm.zone', { zone: timeZone })}
          </Text>
          <Select
            label={t('tracking.entryForm.network')}
            data={networks}
            clearable
            {...form.getInputProps('networkKey')}
          />
          <GrowingTextarea
            label={t('tracking.entryForm.note')}
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('tracking.entryForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
