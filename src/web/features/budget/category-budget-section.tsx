import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  ColorSwatch,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconInfoCircle,
  IconPencil,
  IconPlus,
} from '@tabler/icons-react';
import { type Dispatch, type SetStateAction, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetView, Category } from '../../../contracts/budget.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useUnsavedChangesGuard } from '../../ui/use-unsaved-changes-guard.js';
import {
  useCreateCategory,
  useReorderCategories,
  useSetBudget,
  useUpdateCategory,
} from './budget-queries.js';
import { CategoryEditModal } from './category-edit-modal.js';
import { categoryDescription, categoryLabel, formatHours, hoursToMinutes } from './format.js';

/** The weekly hours per category, typed to the quarter hour and saved together. */
export function CategoryBudgetSection({
  view,
  workspaceId,
  canEdit,
  typed,
  setTyped,
}: {
  view: BudgetView;
  workspaceId: string;
  canEdit: boolean;
  /** Hours typed and not saved yet, by category id (kept by the page: costs follow them too). */
  typed: Record<string, number>;
  setTyped: Dispatch<SetStateAction<Record<string, number>>>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const setBudget = useSetBudget(workspaceId);
  const isPhone = useMediaMatch('(max-width: 40em)');
  // A finger needs 44 px; a mouse is fine with the compact arrows.
  const tapSize = isPhone ? 44 : 24;
  const [editing, setEditing] = useState<Category | null>(null);

  const active = view.categories.filter((category) => !category.isArchived);
  const archived = view.categories.filter((category) => category.isArchived);
  const minutesOf = (category: Category) => typed[category.id] ?? category.weeklyMinutes;
  const draftTotal = active.reduce((sum, category) => sum + minutesOf(category), 0);
  const isDirty = active.some((category) => minutesOf(category) !== category.weeklyMinutes);
  useUnsavedChangesGuard(isDirty, t('budget.unsavedHours'), () => setTyped({}));

  const reorder = useReorderCategories(workspaceId);
  /** Swaps a category with its neighbour; archived ones keep their place after the active ones. */
  function move(index: number, step: -1 | 1) {
    const ids = active.map((category) => category.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + step, 0, moved);
    reorder.mutate([...ids, ...archived.map((category) => category.id)], { onError: notifyProblem });
  }

  function save() {
    setBudget.mutate(
      { lines: active.map((category) => ({ categoryId: category.id, weeklyMinutes: minutesOf(category) })) },
      {
        onSuccess: () => {
          setTyped({});
          notifySuccess(t('common.saved'));
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('budget.categories')}
          </Title>
          <Badge size="lg" variant="light" data-testid="budget-total">
            {t('budget.total', { hours: formatHours(draftTotal, locale) })}
          </Badge>
        </Group>
        {canEdit && view.totalMinutes === 0 && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
            {t('budget.emptyHint')}
          </Alert>
        )}
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('budget.category')}</Table.Th>
              <Table.Th w={canEdit && !isPhone ? 118 : 92}>{t('budget.hoursPerWeek')}</Table.Th>
              {canEdit && (
                <Table.Th w={isPhone ? 96 : 76}>
                  <VisuallyHidden>{t('budget.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {active.map((category, index) => {
              const label = categoryLabel(category, t);
              const description = categoryDescription(category, t);
              return (
                <Table.Tr key={category.id}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <ColorSwatch
                        color={`var(--mantine-color-${category.color}-6)`}
                        size={12}
                        mt={5}
                        withShadow={false}
                        aria-hidden
                      />
                      <div style={{ minWidth: 0 }}>
                        <Text fw={500} size="sm">
                          {label}
                        </Text>
                        {description && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {description}
                          </Text>
                        )}
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('budget.hoursOf', { name: label })}
                      value={minutesOf(category) / 60}
                      onChange={(value) =>
                        setTyped((current) => ({
                          ...current,
                          [category.id]: hoursToMinutes(
                            typeof value === 'number' ? value : Number(value) || 0,
                          ),
                        }))
                      }
                      step={0.25}
                      min={0}
                      max={168}
                      decimalScale={2}
                      decimalSeparator={locale.startsWith('fr') ? ',' : '.'}
                      suffix=" h"
                      readOnly={!canEdit}
                      variant={canEdit ? 'default' : 'unstyled'}
                      // A phone types with its keypad; the arrows would squeeze the names.
                      hideControls={!canEdit || isPhone}
                      size="xs"
                    />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        {/* Stacked, so that a phone keeps room for the names. */}
                        <Stack gap={2}>
                          <ActionIcon
                            size={tapSize}
                            variant="subtle"
                            color="gray"
                            aria-label={t('budget.moveUp', { name: label })}
                            disabled={index === 0 || reorder.isPending}
                            onClick={() => move(index, -1)}
                          >
                            <IconArrowUp size={14} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            size={tapSize}
                            variant="subtle"
                            color="gray"
                            aria-label={t('budget.moveDown', { name: label })}
                            disabled={index === active.length - 1 || reorder.isPending}
                            onClick={() => move(index, 1)}
                          >
                            <IconArrowDown size={14} aria-hidden />
                          </ActionIcon>
                        </Stack>
                        <ActionIcon
                          size={isPhone ? 44 : 'md'}
                          variant="subtle"
                          aria-label={t('budget.editCategory', { name: label })}
                          onClick={() => setEditing(category)}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {canEdit && (
          <Group justify="space-between" align="flex-end" gap="sm">
            <NewCategoryForm workspaceId={workspaceId} />
            <Button onClick={save} disabled={!isDirty} loading={setBudget.isPending}>
              {t('budget.saveHours')}
            </Button>
          </Group>
        )}
        {archived.length > 0 && (
          <ArchivedCategories categories={archived} workspaceId={workspaceId} canEdit={canEdit} />
        )}
      </Stack>
      <CategoryEditModal category={editing} workspaceId={workspaceId} onClose={() => setEditing(null)} />
    </Paper>
  );
}

/** Moderation, multimedia creation…: the categories the method does not list but people need. */
function NewCategoryForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const createCategory = useCreateCategory(workspaceId);
  const [name, setName] = useState('');

  function add() {
    if (name.trim().length === 0) return;
    createCategory.mutate({ name: name.trim() }, { onSuccess: () => setName(''), onError: notifyProblem });
  }

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" style={{ flex: '1 1 280px', maxWidth: 460 }}>
      <TextInput
        style={{ flex: 1, minWidth: 0 }}
        label={t('budget.addCategory')}
        placeholder={t('budget.categoryPlaceholder')}
        value={name}
        maxLength={60}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && add()}
      />
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        loading={createCategory.isPending}
        disabled={name.trim().length === 0}
      >
        {t('budget.add')}
      </Button>
    </Group>
  );
}

/** Archived categories keep their history; restoring one brings it back to the budget. */
function ArchivedCategories({
  categories,
  workspaceId,
  canEdit,
}: {
  categories: Category[];
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const updateCategory = useUpdateCategory(workspaceId);
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        {t('budget.archived')}
      </Text>
      <Group gap="xs">
        {categories.map((category) => {
          const label = categoryLabel(category, t);
          return canEdit ? (
            <Button
              key={category.id}
              size="compact-sm"
              variant="default"
              rightSection={<IconArrowBackUp size={14} aria-hidden />}
              aria-label={t('budget.unarchiveNamed', { name: label })}
              loading={updateCategory.isPending && updateCategory.variables?.id === category.id}
              onClick={() =>
                updateCategory.mutate(
                  { id: category.id, body: { isArchived: false } },
                  {
                    onSuccess: () => notifySuccess(t('budget.unarchived', { name: label })),
                    onError: notifyProblem,
                  },
                )
              }
            >
              {label}
            </Button>
          ) : (
            <Badge key={category.id} color="gray" variant="outline">
              {label}
            </Badge>
          );
        })}
      </Group>
    </Stack>
  );
}
