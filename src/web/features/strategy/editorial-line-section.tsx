import { Button, Chip, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentFormats, type StrategyView } from '../../../contracts/strategy.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useStrategyWrite } from './strategy-queries.js';

type Format = (typeof contentFormats)[number];

/** The strategy in a few lines, its tone and the content formats it relies on. */
export function EditorialLineSection({
  view,
  workspaceId,
  canEdit,
}: {
  view: StrategyView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'strategy');
  const [summary, setSummary] = useState(view.summary ?? '');
  const [tone, setTone] = useState(view.tone ?? '');
  const [formats, setFormats] = useState<Format[]>(view.formats);

  useEffect(() => {
    setSummary(view.summary ?? '');
    setTone(view.tone ?? '');
    setFormats(view.formats);
  }, [view]);

  const isDirty =
    summary !== (view.summary ?? '') ||
    tone !== (view.tone ?? '') ||
    JSON.stringify(formats) !== JSON.stringify(view.formats);

  function save() {
    write.mutate(
      {
        method: 'PATCH',
        path: 'strategy',
        body: { summary: summary.trim() || null, tone: tone.trim() || null, formats },
      },
      { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('budget.strategy.editorialLine')}
        </Title>
        <Textarea
          label={t('budget.strategy.summary')}
          placeholder={canEdit ? t('budget.strategy.summaryPlaceholder') : undefined}
          autosize
          minRows={2}
          maxLength={4000}
          readOnly={!canEdit}
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
        />
        <TextInput
          label={t('budget.strategy.tone')}
          placeholder={canEdit ? t('budget.strategy.tonePlaceholder') : undefined}
          value={tone}
          maxLength={200}
          readOnly={!canEdit}
          onChange={(event) => setTone(event.currentTarget.value)}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500} mb={6} p={0}>
            {t('budget.strategy.formats')}
          </Text>
          <Chip.Group multiple value={formats} onChange={(value) => canEdit && setFormats(value as Format[])}>
            <Group gap="xs">
              {contentFormats.map((format) => (
                <Chip key={format} value={format} size="sm" disabled={!canEdit && !formats.includes(format)}>
                  {t(`budget.strategy.formatNames.${format}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </fieldset>
        {canEdit && (
          <Group justify="flex-end">
            <Button loading={write.isPending} disabled={!isDirty} onClick={save}>
              {t('budget.strategy.saveEditorialLine')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
