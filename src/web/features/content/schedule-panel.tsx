import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarPlus, IconCalendarX, IconStack2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/content.js';
import { DateField } from '../../ui/date-field.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { TimeField } from '../../ui/time-field.js';
import { toZonedInputValue } from '../tracking/zoned-input-value.js';
import { usePostAction } from './content-queries.js';
import { formatPostTime } from './post-status-badge.js';

/** Date and time on the workspace's clock; "add to queue" takes the next free posting slot. */
export function SchedulePanel({
  post,
  workspaceId,
  timeZone,
  canWrite,
  blockedReason,
  warning = null,
  saveFirst,
}: {
  post: Post;
  workspaceId: string;
  timeZone: string;
  canWrite: boolean;
  /** Why scheduling cannot happen yet (over a limit), shown instead of acting. */
  blockedReason: string | null;
  /** Worth knowing before scheduling, but no reason to refuse (an image without alt text). */
  warning?: string | null;
  /** Saves pending edits; scheduling acts on the saved post. */
  saveFirst: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const action = usePostAction(workspaceId);
  const initial = toZonedInputValue(
    post.scheduledAt ? Date.parse(post.scheduledAt) : Date.now() + 24 * 3600_000,
    timeZone,
  );
  const [date, setDate] = useState(initial.slice(0, 10));
  const [time, setTime] = useState(post.scheduledAt ? initial.slice(11, 16) : '09:00');
  const isScheduled = post.status === 'scheduled' || post.status === 'to_publish_by_hand';
  const isPublished = post.status === 'published';

  async function run(input: Parameters<typeof action.mutate>[0], message: string) {
    try {
      await saveFirst();
      await action.mutateAsync(input);
      notifySuccess(message);
    } catch (error) {
      notifyProblem(error);
    }
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('content.schedule.title')}
        </Title>
        {post.scheduledAt && (
          <Text size="sm" data-testid="scheduled-for">
            {/* A draft may carry the time it is meant for (a rush slot, an approval sent back). */}
            {t(
              post.status === 'draft' || post.status === 'ready'
                ? 'content.schedule.meantFor'
                : 'content.schedule.scheduledFor',
              {
                when: formatPostTime(post.scheduledAt, timeZone, i18n.language),
              },
            )}
          </Text>
        )}
        {canWrite && !isPublished && (
          <>
            <Group grow align="flex-end">
              <DateField label={t('content.schedule.date')} value={date} onChange={setDate} />
              <TimeField
                label={t('content.schedule.time')}
                description={t('content.schedule.zone', { zone: timeZone })}
                value={time}
                onChange={setTime}
              />
            </Group>
            {warning && (
              <Group gap={6} wrap="nowrap" align="flex-start" data-testid="schedule-warning">
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-hidden />
                <Text size="sm">{warning}</Text>
              </Group>
            )}
            {blockedReason && (
              <Text size="sm" c="red.8" role="alert">
                {blockedReason}
              </Text>
            )}
            <Group gap="sm">
              <Button
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                disabled={Boolean(blockedReason) || !date || !time}
                loading={action.isPending}
                onClick={() =>
                  run(
                    { postId: post.id, action: 'schedule', body: { date, time: time.slice(0, 5) } },
                    t('content.schedule.scheduled'),
                  )
                }
              >
                {t('content.schedule.schedule')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconStack2 size={16} aria-hidden />}
                disabled={Boolean(blockedReason)}
                title={t('content.schedule.queueHelp')}
                onClick={() => run({ postId: post.id, action: 'queue' }, t('content.schedule.scheduled'))}
              >
                {t('content.schedule.queue')}
              </Button>
              {isScheduled && (
                <Button
                  variant="subtle"
                  color="gray"
                  leftSection={<IconCalendarX size={16} aria-hidden />}
                  onClick={() =>
                    run({ postId: post.id, action: 'unschedule' }, t('content.schedule.unscheduled'))
                  }
                >
                  {t('content.schedule.unschedule')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
