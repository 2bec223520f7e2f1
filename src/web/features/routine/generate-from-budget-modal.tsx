import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryMinutes } from '../../../core/routine/summarise-routine-minutes.js';
import { AppModal } from '../../ui/app-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { weekdayName } from './calendar-dates.js';
import { formatHours } from './format-hours.js';
import { categoriesQueryOptions, useCategoryName, useGenerateFromBudget } from './routine-queries.js';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const SLOT_SIZES = ['15', '30', '60'] as const;

/**
 * "A routine derived from the budget": the daily window, the working days and the block size are
 * chosen here; with a routine already in place, replacing it or adding to it is an explicit choice.
 * What does not fit is listed before the modal closes.
 */
export function GenerateFromBudgetModal({
  workspaceId,
  opened,
  existingBlocks,
  onClose,
}: {
  workspaceId: string;
  opened: boolean;
  existingBlocks: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const generate = useGenerateFromBudget(workspaceId);
  const categories = useQuery(categoriesQueryOptions(workspaceId));
  const categoryName = useCategoryName();
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('12:00');
  const [workingDays, setWorkingDays] = useState<string[]>(['1', '2', '3', '4', '5']);
  const [slot, setSlot] = useState<(typeof SLOT_SIZES)[number]>('30');
  const [mode, setMode] = useState<'replace' | 'add'>('replace');
  const [unplaced, setUnplaced] = useState<CategoryMinutes[] | null>(null);
  const isWindowValid = start !== '' && end !== '' && end > start;

  function close() {
    setUnplaced(null);
    onClose();
  }

  function submit() {
    generate.mutate(
      {
        mode: existingBlocks > 0 ? mode : 'replace',
        dailyWindow: { start, end },
        workingDays: workingDays.map(Number).sort((a, b) => a - b),
        slotMinutes: Number(slot) as 15 | 30 | 60,
      },
      {
        onSuccess: (result) => {
          if (result.blocks.length === 0 && result.unplaced.length === 0) {
            notifications.show({
              color: 'orange',
              message: t('routine.page.emptyBudget'),
              autoClose: 8000,
              closeButtonProps: { 'aria-label': t('common.close') },
            });
            return;
          }
          notifySuccess(t('routine.page.generatedFromBudget'));
          if (result.unplaced.length > 0) setUnplaced(result.unplaced);
          else close();
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('routine.page.fromBudgetTitle')} size="lg">
      {unplaced ? (
        <Stack>
          <Alert
            color="orange"
            // The light alert's orange title is too pale to read: the title keeps the text colour.
            title={
              <Text fw={700} size="sm" c="var(--mantine-color-text)">
                {t('routine.page.unplacedTitle')}
              </Text>
            }
          >
            <Text size="sm" mb="xs">
              {t('routine.page.unplacedDetail')}
            </Text>
            <List size="sm">
              {unplaced.map((line) => (
                <List.Item key={line.categoryId}>
                  {t('routine.page.unplacedLine', {
                    category: categoryName(
                      categories.data?.find((category) => category.id === line.categoryId),
                    ),
                    hours: formatHours(line.minutes, i18n.language),
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('routine.page.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('routine.page.fromBudgetHelp')}
            </Text>
            <SimpleGrid cols={2}>
              <TimeField label={t('routine.page.dayStart')} value={start} onChange={setStart} required />
              <TimeField
                label={t('routine.page.dayEnd')}
                value={end}
                onChange={setEnd}
                error={start && end && !isWindowValid ? t('routine.page.windowOrder') : undefined}
                required
              />
            </SimpleGrid>
            <Checkbox.Group
              label={t('routine.page.workingDays')}
              value={workingDays}
              onChange={setWorkingDays}
            >
              <Group gap="sm" mt={6}>
                {WEEKDAYS.map((day) => (
                  <Checkbox key={day} value={String(day)} label={weekdayName(day, i18n.language)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="routine-slot-label">
                {t('routine.page.slot')}
              </Text>
              <SegmentedControl
                aria-labelledby="routine-slot-label"
                value={slot}
                onChange={(value) => setSlot(value as (typeof SLOT_SIZES)[number])}
                data={SLOT_SIZES.map((size) => ({
                  value: size,
                  label: t('routine.page.slotMinutes', { count: Number(size) }),
                }))}
              />
            </Stack>
            {existingBlocks > 0 && (
              <Radio.Group
                label={t('routine.page.existing', { count: existingBlocks })}
                value={mode}
                onChange={(value) => setMode(value as 'replace' | 'add')}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="replace" label={t('routine.page.modeReplace')} />
                  <Radio value="add" label={t('routine.page.modeAdd')} />
                </Stack>
              </Radio.Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('routine.page.cancel')}
              </Button>
              <Button
                type="submit"
                loading={generate.isPending}
                disabled={!isWindowValid || workingDays.length === 0}
                color={existingBlocks > 0 && mode === 'replace' ? 'red' : undefined}
              >
                {t('routine.page.generateSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
