import {
  Alert,
  Button,
  Grid,
  Group,
  List,
  Paper,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentSession } from '../../../contracts/content-work.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { formatMinutes } from '../../../core/format/format-minutes.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { BatchComposer, type ComposerIdea } from './batch-composer.js';
import { BatchWeekPanel } from './batch-week-panel.js';
import { useStrategyChoices } from './content-filters.js';
import { ideasQueryOptions } from './content-queries.js';
import {
  batchPlanQueryOptions,
  currentSessionQueryOptions,
  useStartSession,
  useStopSession,
} from './content-work-queries.js';
import { formatPostTime } from './post-status-badge.js';
import { PostingSlotsDialog } from './posting-slots-dialog.js';

/**
 * The batch session: the week's empty slots on one side, the idea notebook on the other, and
 * posts written one after another in between, each dropped into its slot. The session runs the
 * timer; ending it shares its minutes out over the posts written.
 */
export function BatchSessionPage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const plan = useQuery(batchPlanQueryOptions(workspace.id, null));
  const current = useQuery({ ...currentSessionQueryOptions(workspace.id), enabled: canWrite });
  const ideas = useQuery(ideasQueryOptions(workspace.id, {}));
  const choices = useStrategyChoices(workspace.id);
  const start = useStartSession(workspace.id);
  const stop = useStopSession(workspace.id);
  const [ended, setEnded] = useState<ContentSession | null>(null);
  const [idea, setIdea] = useState<ComposerIdea | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [slotsOpened, slots] = useDisclosure(false);
  // A timer on one post is not a batch: the composer waits for a batch session.
  const session = current.data && current.data.postId === null ? current.data : null;
  const weekStart = plan.data?.weekStart;

  const startSession = () =>
    start.mutate(null, {
      onSuccess: () => {
        setEnded(null);
        setTimeout(() => textRef.current?.focus(), 0);
      },
      onError: notifyProblem,
    });
  const stopSession = () =>
    session && stop.mutate(session.id, { onSuccess: setEnded, onError: notifyProblem });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('content.batch.title')}
        subtitle={
          weekStart
            ? t('content.batch.subtitle', {
                week: new Date(`${weekStart}T12:00:00Z`).toLocaleDateString(i18n.language, {
                  day: 'numeric',
                  month: 'long',
                  timeZone: 'UTC',
                }),
              })
            : undefined
        }
        actions={
          canWrite &&
          (session ? (
            <Button
              color="red"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              onClick={stopSession}
              loading={stop.isPending}
              data-testid="batch-stop"
            >
              {t('content.batch.stop')}
            </Button>
          ) : (
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={startSession}
              loading={start.isPending}
              data-testid="batch-start"
            >
              {t('content.batch.start')}
            </Button>
          ))
        }
      />
      {!canWrite && <Alert color="gray">{t('content.batch.readOnly')}</Alert>}
      {ended && (
        <Alert color="teal" title={t('content.batch.endedTitle')} data-testid="batch-ended">
          {t('content.batch.ended', {
            duration: formatMinutes(ended.minutes ?? 0, i18n.language),
            count: ended.posts.length,
          })}
        </Alert>
      )}
      {canWrite && !session && !ended && (
        <Text size="sm" c="dimmed">
          {t('content.batch.startHelp')}
        </Text>
      )}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3 }}>
          {plan.data ? (
            <BatchWeekPanel plan={plan.data} onAddSlots={canWrite ? slots.open : undefined} />
          ) : (
            <Skeleton h={240} radius="md" />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            {canWrite && (
              <BatchComposer
                workspaceId={workspace.id}
                sessionId={session?.id ?? null}
                networks={choices.networks.map((item) => item.network)}
                idea={idea}
                onIdeaUsed={() => setIdea(null)}
                textRef={textRef}
              />
            )}
            {session && <WrittenPosts session={session} timeZone={workspace.timeZone} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="batch-ideas-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="batch-ideas-title">
                {t('content.batch.ideasTitle')}
              </Title>
              {ideas.data?.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('content.batch.noIdeas')}
                </Text>
              )}
              <ScrollArea.Autosize mah={480}>
                <Stack gap="xs">
                  {(ideas.data ?? [])
                    .filter((item) => item.status === 'new')
                    .map((item) => (
                      <Paper
                        key={item.id}
                        withBorder
                        p="xs"
                        bg={idea?.id === item.id ? 'indigo.0' : undefined}
                      >
                        <Text size="sm" lineClamp={3}>
                          {item.text}
                        </Text>
                        {canWrite && (
                          <Button
                            mt={6}
                            size="compact-xs"
                            variant="light"
                            disabled={!session}
                            onClick={() => {
                              setIdea(item);
                              textRef.current?.focus();
                            }}
                          >
                            {t('content.batch.useIdea')}
                          </Button>
                        )}
                      </Paper>
                    ))}
                </Stack>
              </ScrollArea.Autosize>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <PostingSlotsDialog
        workspaceId={workspace.id}
        opened={slotsOpened}
        onClose={slots.close}
        canEdit={canWrite}
      />
    </Stack>
  );

  function WrittenPosts({ session: open, timeZone }: { session: ContentSession; timeZone: string }) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="batch-written-title">
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h5" id="batch-written-title">
              {t('content.batch.writtenTitle', { count: open.posts.length })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('content.batch.since', { time: formatPostTime(open.startedAt, timeZone, i18n.language) })}
            </Text>
          </Group>
          <List size="sm" spacing={4} data-testid="batch-written">
            {open.posts.map((post) => (
              <List.Item key={post.postId}>
                <AnchorLink
                  to="/w/$workspaceId/posts/$postId"
                  params={{ workspaceId: workspace.id, postId: post.postId }}
                  size="sm"
                >
                  {post.text.slice(0, 60) || t('content.posts.untitled')}
                </AnchorLink>{' '}
                <Text span size="xs" c="dimmed">
                  {post.scheduledAt
                    ? `${formatPostTime(post.scheduledAt, timeZone, i18n.language)} · ${t(`content.posts.statuses.${post.status}`)}`
                    : t('content.batch.noSlot')}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    );
  }
}
