import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklyReviewView } from '../../../contracts/review.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useSaveReviewNotes } from './review-queries.js';

/** The week's conclusions: what to keep, stop and try; one text per week, shared by the team. */
export function ReviewNotes({
  review,
  workspaceId,
  canWrite,
}: {
  review: WeeklyReviewView;
  workspaceId: string;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const saved = review.notes?.text ?? '';
  // The page keys this component on the week and the notes' last change: it starts from what is stored.
  const [text, setText] = useState(saved);
  const save = useSaveReviewNotes(workspaceId);
  const updated = review.notes
    ? t('review.notes.updated', {
        date: new Date(review.notes.updatedAt).toLocaleString(i18n.language, {
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: review.timeZone,
        }),
        name: review.notes.updatedByName ?? '—',
      })
    : null;
  return (
    <Card
      withBorder
      radius="md"
      component="section"
      aria-label={t('review.notes.title')}
      data-testid="review-notes"
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('review.notes.title')}
        </Title>
        {canWrite ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(
                { weekStart: review.weekStart, text },
                { onSuccess: () => notifySuccess(t('review.notes.saved')), onError: notifyProblem },
              );
            }}
          >
            <Stack gap="xs">
              <GrowingTextarea
                label={t('review.notes.label')}
                description={t('review.notes.help')}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
                minRows={3}
                maxRows={12}
                maxLength={5000}
              />
              <Group justify="space-between" gap="xs">
                <Text size="xs" c="dimmed">
                  {updated}
                </Text>
                <Button type="submit" loading={save.isPending} disabled={text === saved}>
                  {t('review.notes.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{saved || t('review.notes.readOnly')}</Text>
            {updated && (
              <Text size="xs" c="dimmed">
                {updated}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
