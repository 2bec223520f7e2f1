import { Button, CheckIcon, ColorSwatch, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Category, type CategoryColor, categoryColors } from '../../../contracts/budget.js';
import { AppModal } from '../../ui/app-modal.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useUpdateCategory } from './budget-queries.js';
import { categoryLabel, referenceDescription, referenceName } from './format.js';

type Draft = { name: string; description: string; color: CategoryColor; isComplex: boolean };

/**
 * Name, description, colour and "complex" flag of one category. A reference category's name and
 * description may be left empty: it then keeps the translated ones (and follows the language).
 * Only the workspace's own categories can be archived; a reference one is set to 0 h instead.
 */
export function CategoryEditModal({
  category,
  workspaceId,
  onClose,
}: {
  /** null = closed. */
  category: Category | null;
  workspaceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCategory(workspaceId);
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => {
    setDraft(
      category && {
        name: category.name ?? '',
        description: category.description ?? '',
        color: category.color,
        isComplex: category.isComplex,
      },
    );
  }, [category]);

  if (!category || !draft) return <AppModal opened={false} onClose={onClose} />;
  const isReference = category.referenceKey !== null;
  const name = draft.name.trim();
  const isValid = isReference || name.length > 0;

  function save() {
    if (!category || !draft || !isValid) return;
    update.mutate(
      {
        id: category.id,
        body: {
          name: name.length > 0 ? name : null,
          description: draft.description.trim() || null,
          color: draft.color,
          isComplex: draft.isComplex,
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('common.saved'));
          onClose();
        },
        onError: notifyProblem,
      },
    );
  }

  function archive() {
    if (!category) return;
    const label = categoryLabel(category, t);
    update.mutate(
      { id: category.id, body: { isArchived: true } },
      {
        onSuccess: () => {
          notifySuccess(t('budget.archivedNamed', { name: label }));
          onClose();
        },
        onError: notifyProblem,
      },
    );
  }

  return (
    <AppModal
      opened
      onClose={onClose}
      title={<Text fw={600}>{t('budget.editCategory', { name: categoryLabel(category, t) })}</Text>}
    >
      <Stack>
        <TextInput
          label={t('budget.categoryName')}
          required={!isReference}
          placeholder={category.referenceKey ? referenceName(category.referenceKey, t) : undefined}
          description={isReference ? t('budget.referenceNameHint') : undefined}
          value={draft.name}
          maxLength={60}
          error={!isValid ? t('validation.required') : undefined}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          data-autofocus
        />
        <GrowingTextarea
          label={t('budget.categoryDescription')}
          placeholder={category.referenceKey ? referenceDescription(category.referenceKey, t) : undefined}
          minRows={2}
          maxLength={500}
          value={draft.description}
          onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
        />
        <ColorChoice value={draft.color} onChange={(color) => setDraft({ ...draft, color })} />
        <Switch
          label={t('budget.isComplex')}
          description={t('budget.isComplexHint')}
          checked={draft.isComplex}
          onChange={(event) => setDraft({ ...draft, isComplex: event.currentTarget.checked })}
        />
        <Group justify="space-between" mt="sm">
          {isReference ? (
            <span />
          ) : (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconArchive size={16} aria-hidden />}
              onClick={archive}
              disabled={update.isPending}
            >
              {t('budget.archive')}
            </Button>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={save} loading={update.isPending} disabled={!isValid}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** The palette as toggle buttons: each swatch is named for screen readers and says if it is chosen. */
function ColorChoice({
  value,
  onChange,
}: {
  value: CategoryColor;
  onChange: (color: CategoryColor) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" size="sm" fw={500} mb={6} p={0}>
        {t('budget.color')}
      </Text>
      <Group gap={8}>
        {categoryColors.map((color) => (
          <ColorSwatch
            key={color}
            component="button"
            type="button"
            aria-pressed={value === color}
            aria-label={t(`budget.colors.${color}`)}
            title={t(`budget.colors.${color}`)}
            color={`var(--mantine-color-${color}-6)`}
            size={28}
            onClick={() => onChange(color)}
            style={{ color: 'white', cursor: 'pointer' }}
          >
            {value === color && <CheckIcon width={12} aria-hidden />}
          </ColorSwatch>
        ))}
      </Group>
    </fieldset>
  );
}
