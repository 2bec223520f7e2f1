import { ActionIcon, Button, Popover, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlayerPlayFilled, IconRotateClockwise } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeEntry } from '../../../contracts/tracking.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { notifyProblem } from '../../ui/notify.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';
import { lastEntryQueryOptions, useStartTimer } from './tracking-queries.js';

/** The person's last finished entry in this workspace: what "resume" starts again. */
export function useLastEntry(workspaceId: string): TimeEntry | null {
  const me = useSignedInMe();
  const entries = useQuery(lastEntryQueryOptions(workspaceId, me.user.id));
  return entries.data?.entries.find((entry) => entry.endedAt !== null) ?? null;
}

/** One tap starts the last entry's category, network and note again, as Toggl's "continue". */
export function ResumeLastEntry({
  label,
  note,
  isPending,
  onResume,
}: {
  label: string;
  note: string;
  isPending: boolean;
  onResume: () => void;
}) {
  const { t } = useTranslation();
  const name = note ? `${label} · ${note}` : label;
  return (
    <Tooltip label={`${t('routine.timer.resume', { category: name })} · ${t('routine.timer.shortcut')}`}>
      <Button
        variant="subtle"
        size="sm"
        h={44}
        px="xs"
        loading={isPending}
        onClick={onResume}
        aria-label={t('routine.timer.resume', { category: name })}
        aria-keyshortcuts="S"
        maw={220}
      >
        <IconRotateClockwise size={18} aria-hidden />
        {/* On a phone the header has no room for the name: the icon, the tooltip and the label say it. */}
        <Text span size="sm" fw={600} ml={6} visibleFrom="sm" truncate>
          {label}
        </Text>
      </Button>
    </Tooltip>
  );
}

/** Start a timer on a category, with an optional note. */
export function StartTimerPopover({
  workspaceId,
  opened,
  onOpenedChange,
}: {
  workspaceId: string;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
}) {
  const { t } = useTranslation();
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const start = useStartTimer(workspaceId);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const options = (categories.data ?? [])
    .filter((category) => !category.isArchived)
    .map((category) => ({ value: category.id, label: categoryName(category) }));
  return (
    <Popover opened={opened} onChange={onOpenedChange} width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="light"
          size={44}
          aria-label={t('routine.timer.startTimer')}
          onClick={() => onOpenedChange(!opened)}
        >
          <IconPlayerPlayFilled size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!categoryId) return;
            start.mutate(
              { categoryId, note },
              {
                onSuccess: () => {
                  onOpenedChange(false);
                  setNote('');
                },
                onError: notifyProblem,
              },
            );
          }}
        >
          <Stack gap="xs">
            <Select
              label={t('routine.timer.category')}
              placeholder={t('routine.timer.pickCategory')}
              data={options}
              value={categoryId}
              onChange={setCategoryId}
              comboboxProps={{ withinPortal: false }}
              required
            />
            <TextInput
              label={t('routine.timer.note')}
              value={note}
              maxLength={2000}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Button type="submit" loading={start.isPending} disabled={!categoryId}>
              {t('routine.timer.start')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
