import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NetworkKey, networkKeys } from '../../../contracts/networks.js';
import type { CreateRoutineBlockBody, RoutineBlockView } from '../../../contracts/routine.js';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_INTERVAL_WEEKS,
  MAX_TITLE_LENGTH,
} from '../../../core/routine/routine-block.js';
import { DateField } from '../../ui/date-field.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { BlockTimeFields } from './block-time-fields.js';
import { weekdayName } from './calendar-dates.js';
import { categoriesQueryOptions, useCategoryName } from './routine-queries.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Everything a series has: what, when, how often, until when. */
export type BlockDraft = {
  categoryId: string;
  weekdays: string[];
  startTime: string;
  durationMinutes: number | string;
  intervalWeeks: number | string;
  startsOn: string;
  endsOn: string;
  networkKey: string;
  note: string;
  title: string;
  description: string;
};

export function toBlockBody(draft: BlockDraft): Omit<CreateRoutineBlockBody, 'memberUserId'> {
  return {
    categoryId: draft.categoryId,
    weekdays: draft.weekdays.map(Number).sort((a, b) => a - b),
    startTime: draft.startTime,
    durationMinutes: Number(draft.durationMinutes),
    intervalWeeks: Number(draft.intervalWeeks),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn === '' ? null : draft.endsOn,
    networkKey: draft.networkKey === '' ? null : (draft.networkKey as NetworkKey),
    note: draft.note.trim() === '' ? null : draft.note.trim(),
    title: draft.title.trim() === '' ? null : draft.title.trim(),
    description: draft.description.trim() === '' ? null : draft.description.trim(),
  };
}

/** The series editor's starting values from a stored block. */
export function toBlockDraft(block: RoutineBlockView): BlockDraft {
  return {
    categoryId: block.categoryId,
    weekdays: block.weekdays.map(String),
    startTime: block.startTime,
    durationMinutes: block.durationMinutes,
    intervalWeeks: block.intervalWeeks,
    startsOn: block.startsOn,
    endsOn: block.endsOn ?? '',
    networkKey: block.networkKey ?? '',
    note: block.note ?? '',
    title: block.title ?? '',
    description: block.description ?? '',
  };
}

/**
 * The series editor: category, weekdays, start, duration, every N weeks, first and last date,
 * network and note. Used to add a block and to change a whole series; the server answers a
 * complex overlap with its 409, shown by the caller.
 */
export function BlockForm({
  workspaceId,
  initial,
  submitLabel,
  isPending,
  onSubmit,
  secondaryActions,
  problem,
  templatePlaceholder,
}: {
  /** The generated task's name, shown while the title is left empty. */
  templatePlaceholder?: string | undefined;
  workspaceId: string;
  initial: BlockDraft;
  submitLabel: string;
  isPending: boolean;
  onSubmit: (draft: BlockDraft) => void;
  secondaryActions?: ReactNode;
  /** The server's refusal (a complex overlap...), shown in the form where the fix is made. */
  problem?: { title: string; detail: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const [draft, setDraft] = useState(initial);
  const isPhone = useMediaMatch('(max-width: 40em)');
  const change = (patch: Partial<BlockDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const areDatesInOrder = draft.endsOn === '' || draft.endsOn >= draft.startsOn;
  const complexNames = (categories.data ?? [])
    .filter((category) => category.isComplex && !category.isArchived)
    .map((category) => categoryName(category));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(draft);
      }}
    >
      <Stack>
        {problem && (
          <Alert
            color="red"
            role="alert"
            title={
              <Text fw={700} size="sm" c="var(--mantine-color-text)">
                {problem.title}
              </Text>
            }
          >
            <Text size="sm">{problem.detail}</Text>
          </Alert>
        )}
        <Select
          label={t('routine.timer.category')}
          data={(categories.data ?? [])
            .filter((category) => !category.isArchived)
            .map((category) => ({ value: category.id, label: categoryName(category) }))}
          value={draft.categoryId || null}
          onChange={(value) => change({ categoryId: value ?? '' })}
          allowDeselect={false}
          required
          // Said before the server's 409: which categories may not overlap each other.
          description={
            complexNames.length > 0
              ? t('routine.page.complexHelp', { names: complexNames.join(', ') })
              : undefined
          }
        />
        <TextInput
          label={t('routine.page.taskTitle')}
          description={t('routine.page.taskTitleHelp')}
          placeholder={templatePlaceholder}
          value={draft.title}
          maxLength={MAX_TITLE_LENGTH}
          onChange={(event) => change({ title: event.currentTarget.value })}
        />
        <GrowingTextarea
          label={t('routine.page.taskDescription')}
          value={draft.description}
          maxLength={MAX_DESCRIPTION_LENGTH}
          minRows={1}
          onChange={(event) => change({ description: event.currentTarget.value })}
        />
        <Checkbox.Group
          label={t('routine.page.weekdays')}
          value={draft.weekdays}
          onChange={(weekdays) => change({ weekdays })}
          required
        >
          <Group gap="sm" mt={6}>
            {WEEKDAYS.map((day) => (
              <Checkbox key={day} value={String(day)} label={weekdayName(day, i18n.language)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <BlockTimeFields
            startTime={draft.startTime}
            durationMinutes={draft.durationMinutes}
            onStartTimeChange={(startTime) => change({ startTime })}
            onDurationChange={(durationMinutes) => change({ durationMinutes })}
          />
          <NumberInput
            label={t('routine.page.intervalWeeks')}
            value={draft.intervalWeeks}
            onChange={(value) => change({ intervalWeeks: value })}
            min={1}
            max={MAX_INTERVAL_WEEKS}
            required
            hideControls={isPhone}
            inputMode="numeric"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateField
            label={t('routine.page.startsOn')}
            value={draft.startsOn}
            onChange={(startsOn) => change({ startsOn })}
            required
          />
          <DateField
            label={t('routine.page.endsOn')}
            description={t('routine.page.endsOnHelp')}
            value={draft.endsOn}
            onChange={(endsOn) => change({ endsOn })}
            clearable
            error={areDatesInOrder ? undefined : t('routine.page.datesOrder')}
          />
        </SimpleGrid>
        <Select
          label={t('routine.page.network')}
          placeholder={t('routine.page.noNetwork')}
          data={networkKeys.map((key) => ({ value: key, label: t(`networks.${key}`) }))}
          value={draft.networkKey || null}
          onChange={(value) => change({ networkKey: value ?? '' })}
          clearable
        />
        <GrowingTextarea
          label={t('routine.page.note')}
          value={draft.note}
          maxLength={1000}
          minRows={2}
          onChange={(event) => change({ note: event.currentTarget.value })}
        />
        <Group justify="space-between">
          <Group gap="xs">{secondaryActions}</Group>
          <Button
            type="submit"
            loading={isPending}
            disabled={!draft.categoryId || draft.weekdays.length === 0 || !areDatesInOrder}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
