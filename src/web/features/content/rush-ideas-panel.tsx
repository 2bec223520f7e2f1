import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RushIdeas } from '../../../contracts/rush-ideas.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { formatPostTime } from './post-status-badge.js';
import { rushIdeasQueryOptions, useRushIdeaDraft } from './rush-ideas-queries.js';

type Line = RushIdeas['networks'][number];

/**
 * Rush mode's answer to an empty week: per network with a target and no post yet, its next empty
 * posting slot and a few notebook ideas, one click making a draft there (then the editor opens to
 * finish and schedule it). `compact` (the overview card) shows one idea per network.
 */
export function RushIdeasPanel({
  workspaceId,
  week,
  canWrite,
  compact = false,
}: {
  workspaceId: string;
  /** Any date of the rush week. */
  week: string;
  canWrite: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const ideas = useQuery(rushIdeasQueryOptions(workspaceId, week));
  if (ideas.isPending) return <Skeleton h={compact ? 60 : 120} radius="md" />;
  // The rush banner stands without its ideas: a failed read says so briefly, nothing more.
  if (ideas.isError)
    return (
      <Text size="sm" c="dimmed">
        {t('rush.ideas.loadFailed')}
      </Text>
    );
  const lines = ideas.data.networks;
  if (lines.length === 0) return null;
  const open = lines.filter((line) => line.state !== 'covered');
  return (
    <Stack gap="xs" data-testid="rush-ideas">
      <Group gap={6} wrap="nowrap">
        <IconBulb size={18} aria-hidden />
        <Text fw={600} size="sm">
          {open.length === 0 ? t('rush.ideas.allCovered') : t('rush.ideas.title')}
        </Text>
      </Group>
      {open.map((line) => (
        <RushNetworkLine
          key={line.network}
          line={line}
          workspaceId={workspaceId}
          week={week}
          timeZone={ideas.data.timeZone}
          canWrite={canWrite}
          compact={compact}
        />
      ))}
    </Stack>
  );
}

function RushNetworkLine({
  line,
  workspaceId,
  week,
  timeZone,
  canWrite,
  compact,
}: {
  line: Line;
  workspaceId: string;
  week: string;
  timeZone: string;
  canWrite: boolean;
  compact: boolean;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const draft = useRushIdeaDraft(workspaceId);
  const network = t(`networks.${line.network}`);
  const shown = compact ? line.ideas.slice(0, 1) : line.ideas;
  function draftFrom(ideaId: string) {
    draft.mutate(
      { ideaId, network: line.network, week },
      {
        onSuccess: (post) =>
          void navigate({ to: '/w/$workspaceId/posts/$postId', params: { workspaceId, postId: post.id } }),
        onError: notifyProblem,
      },
    );
  }
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`rush-ideas-${line.network}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <NetworkIcon network={line.network} />
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {network}
            </Text>
            <Text size="xs" c="dimmed">
              {line.state === 'draft_waiting'
                ? t('rush.ideas.draftWaiting')
                : line.slot
                  ? t('rush.ideas.slot', { when: formatPostTime(line.slot.instant, timeZone, i18n.language) })
                  : t('rush.ideas.noSlot')}
            </Text>
          </div>
        </Group>
        {line.state === 'draft_waiting' && line.draftPostId && (
          <AnchorLink
            size="sm"
            to="/w/$workspaceId/posts/$postId"
            params={{ workspaceId, postId: line.draftPostId }}
          >
            {t('rush.ideas.openDraft')}
          </AnchorLink>
        )}
        {line.state === 'empty' && line.ideas.length === 0 && (
          <Text size="sm">
            {t('rush.ideas.noIdea')}{' '}
            <AnchorLink size="sm" to="/w/$workspaceId/ideas" params={{ workspaceId }}>
              {t('rush.ideas.openNotebook')}
            </AnchorLink>
          </Text>
        )}
        {shown.map((idea) => (
          <Stack
            key={idea.id}
            gap={4}
            pl="xs"
            style={{ borderLeft: '3px solid var(--mantine-color-orange-3)' }}
          >
            <Text size="sm" lineClamp={compact ? 2 : 3} style={{ overflowWrap: 'anywhere' }}>
              {idea.text}
            </Text>
            {canWrite && (
              <Group>
                <Button
                  size="compact-sm"
                  variant="default"
                  loading={draft.isPending && draft.variables?.ideaId === idea.id}
                  disabled={draft.isPending}
                  aria-label={t('rush.ideas.useIdeaFor', { network, idea: idea.text.slice(0, 60) })}
                  onClick={() => draftFrom(idea.id)}
                >
                  {t('rush.ideas.useIdea')}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        {compact && line.ideas.length > shown.length && (
          <Text size="xs" c="dimmed">
            {t('rush.ideas.more', { count: line.ideas.length - shown.length })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
