import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArchive, IconDots, IconPencilPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Idea, ideaStatuses } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { FilterBar } from '../../ui/filter-bar.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { QueryList } from '../../ui/query-list.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { FilterSelect, useStrategyChoices } from './content-filters.js';
import { ideasQueryOptions, useDeleteIdea, useIdeaToPost, useUpdateIdea } from './content-queries.js';
import { IdeaCaptureButton } from './idea-capture.js';
import { IdeaCaptureModal } from './idea-capture-modal.js';

type Filters = { status?: string; pillarId?: string; network?: string };

/** The idea notebook: search, filters, and one click from an idea to a draft post. */
export function IdeasPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const choices = useStrategyChoices(workspace.id);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [filters, setFilters] = useState<Filters>({});
  const query = {
    ...(debouncedSearch ? { q: debouncedSearch } : {}),
    ...(filters.status ? { status: filters.status as Idea['status'] } : {}),
    ...(filters.pillarId ? { pillarId: filters.pillarId } : {}),
    ...(filters.network ? { network: filters.network as NetworkKey } : {}),
  };
  const ideas = useQuery(ideasQueryOptions(workspace.id, query));
  const isFiltered = Object.keys(query).length > 0;
  const shared = useSearch({ from: '/authed/w/$workspaceId/ideas' });
  const navigate = useNavigate();
  const hasShared = Boolean(shared.sharedText || shared.sharedLink);

  return (
    <Stack gap="md">
      <ListedPageHeader
        page="ideas"
        actions={<IdeaCaptureButton workspaceId={workspace.id} canWrite={canWrite} withLabel />}
      />
      <FilterBar
        filters={filters}
        lead={
          <TextInput
            label={t('content.ideas.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', xs: 240 }}
            type="search"
          />
        }
      >
        <FilterSelect
          label={t('content.ideas.status')}
          placeholder={t('content.ideas.allStatuses')}
          data={ideaStatuses.map((status) => ({
            value: status,
            label: t(`content.ideas.statuses.${status}`),
          }))}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status })}
        />
        <FilterSelect
          label={t('content.capture.pillar')}
          placeholder={t('content.ideas.allPillars')}
          data={choices.pillarOptions}
          value={filters.pillarId}
          onChange={(pillarId) => setFilters({ ...filters, pillarId })}
        />
        <FilterSelect
          label={t('content.capture.network')}
          placeholder={t('content.ideas.allNetworks')}
          data={choices.networkOptions}
          value={filters.network}
          onChange={(network) => setFilters({ ...filters, network })}
        />
      </FilterBar>
      <QueryList
        query={ideas}
        label={t('content.ideas.title')}
        isFiltered={isFiltered}
        texts={{
          empty: t('content.ideas.empty'),
          emptyHelp: t('content.ideas.emptyHelp'),
          noMatch: t('content.ideas.noMatch'),
        }}
      >
        {(idea) => (
          <IdeaCard
            key={idea.id}
            idea={idea}
            pillarName={choices.pillarName(idea.pillarId)}
            canWrite={canWrite}
          />
        )}
      </QueryList>
      {hasShared && canWrite && (
        <IdeaCaptureModal
          workspaceId={workspace.id}
          opened
          initial={{ text: shared.sharedText, link: shared.sharedLink }}
          onClose={() =>
            void navigate({ to: '/w/$workspaceId/ideas', params: { workspaceId: workspace.id }, search: {} })
          }
        />
      )}
    </Stack>
  );
}

function IdeaCard({
  idea,
  pillarName,
  canWrite,
}: {
  idea: Idea;
  pillarName: string | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const toPost = useIdeaToPost(workspace.id);
  const update = useUpdateIdea(workspace.id);
  const remove = useDeleteIdea(workspace.id);
  const [confirming, setConfirming] = useState(false);
  const isArchived = idea.status === 'archived';

  function writePost() {
    toPost.mutate(idea.id, {
      onSuccess: (post) =>
        void navigate({
          to: '/w/$workspaceId/posts/$postId',
          params: { workspaceId: workspace.id, postId: post.id },
        }),
      onError: notifyProblem,
    });
  }

  return (
    <Card withBorder padding="md" component="li" data-testid="idea">
      <Stack gap={6}>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{idea.text}</Text>
        {idea.link && (
          <Anchor
            href={idea.link}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {idea.link}
          </Anchor>
        )}
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6}>
            <Badge variant="outline" color={idea.status === 'new' ? 'teal.9' : 'gray.7'}>
              {t(`content.ideas.statuses.${idea.status}`)}
            </Badge>
            {pillarName && <Badge variant="outline">{pillarName}</Badge>}
            {idea.network && (
              <Badge
                variant="outline"
                color="gray"
                leftSection={<NetworkIcon network={idea.network} size={12} />}
              >
                {t(`networks.${idea.network}`)}
              </Badge>
            )}
            {idea.tags.map((tag) => (
              <Badge key={tag} variant="dot" color="gray">
                {tag}
              </Badge>
            ))}
          </Group>
          {canWrite && (
            <Group gap="xs">
              <Button
                size="xs"
                leftSection={<IconPencilPlus size={14} aria-hidden />}
                onClick={writePost}
                loading={toPost.isPending}
              >
                {t('content.ideas.toPost')}
              </Button>
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('common.edit')}>
                    <IconDots size={16} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    leftSection={<IconArchive size={14} aria-hidden />}
                    onClick={() =>
                      update.mutate(
                        { ideaId: idea.id, body: { status: isArchived ? 'new' : 'archived' } },
                        { onError: notifyProblem },
                      )
                    }
                  >
                    {isArchived ? t('content.ideas.restore') : t('content.ideas.archive')}
                  </Menu.Item>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    onClick={() => setConfirming(true)}
                  >
                    {t('content.ideas.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          )}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('content.ideas.deleteConfirm')}
        confirmLabel={t('content.ideas.delete')}
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(idea.id, {
            onSuccess: () => notifySuccess(t('content.ideas.deleted')),
            onError: notifyProblem,
          })
        }
      >
        {idea.text.slice(0, 200)}
      </ConfirmModal>
    </Card>
  );
}
