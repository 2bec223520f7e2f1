import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '../../ui/notify.js';
import { categoriesQueryOptions, useCategoryName } from '../routine/routine-queries.js';
import { useStartTimer } from './tracking-queries.js';

/** The start popover's form: a category and an optional note (its own file, see start-timer-popover). */
export function StartTimerForm({ workspaceId, onStarted }: { workspaceId: string; onStarted: () => void }) {
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
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!categoryId) return;
        start.mutate(
          { categoryId, note },
          {
            onSuccess: () => {
              onStarted();
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
  );
}
