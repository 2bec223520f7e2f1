import { Alert, Button, Card, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconHandClick, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Post, postStatuses } from '../../../contracts/content.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { FilterBar } from '../../ui/filter-bar.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem } from '../../ui/notify.js';
import { QueryList } from '../../ui/query-list.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { PublicationProblems } from '../publishing/publication-problems.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { FilterSelect, useStrategyChoices } from './content-filters.js';
import {
  dueByHandQueryOptions,
  type PostsFilter,
  postsQueryOptions,
  useCreatePost,
} from './content-queries.js';
import { formatPostTime, PostStatusBadge } from './post-status-badge.js';

const ImportPostsModal = lazy(() =>
  import('./import-posts-modal.js').then((module) => ({ default: module.ImportPostsModal })),
);

/** Every post, by time, with what must be published by hand now at the top. */
export function PostsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const choices = useStrategyChoices(workspace.id);
  const [filter, setFilter] = useState<PostsFilter>({});
  const posts = useQuery(postsQueryOptions(workspace.id, filter));
  const due = useQuery(dueByHandQueryOptions(workspace.id));
  const create = useCreatePost(workspace.id);
  const isFiltered = Object.values(filter).some(Boolean);
  const [importOpened, importModal] = useDisclosure(false);
  const importWanted = useOpenedOnce(importOpened);

  function newPost() {
    create.mutate(
      { versions: choices.networks.map((item) => ({ network: item.network, text: null })) },
      {
        onSuccess: (post) =>
          void navigate({
            to: '/w/$workspaceId/posts/$postId',
            params: { workspaceId: workspace.id, postId: post.id },
          }),
        onError: notifyProblem,
      },
    );
  }

  return (
    <Stack gap="md">
      <ListedPageHeader
        page="posts"
        actions={
          canWrite && (
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={importModal.open}
              >
                {t('content.import.open')}
              </Button>
              <Button
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={newPost}
                loading={create.isPending}
              >
                {t('content.posts.new')}
              </Button>
            </Group>
          )
        }
      />
      <PublicationProblems workspaceId={workspace.id} timeZone={workspace.timeZone} canWrite={canWrite} />
      {due.data && due.data.length > 0 && (
        <Alert color="orange" icon={<IconHandClick aria-hidden />} title={t('content.posts.dueTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('content.posts.dueHelp')}</Text>
            {due.data.map((item) => (
              <AnchorLink
                key={`${item.postId}-${item.network}`}
                to="/w/$workspaceId/posts/$postId"
                params={{ workspaceId: workspace.id, postId: item.postId }}
                size="sm"
              >
                {t(`networks.${item.network}`)} · {item.text.slice(0, 80) || t('content.posts.untitled')}
              </AnchorLink>
            ))}
          </Stack>
        </Alert>
      )}
      <FilterBar filters={filter}>
        <FilterSelect
          label={t('content.ideas.status')}
          placeholder={t('content.posts.allStatuses')}
          data={postStatuses.map((status) => ({
            value: status,
            label: t(`content.posts.statuses.${status}`),
          }))}
          value={filter.status}
          onChange={(status) => setFilter({ ...filter, status })}
        />
        <FilterSelect
          label={t('content.capture.network')}
          placeholder={t('content.ideas.allNetworks')}
          data={choices.networkOptions}
          value={filter.network}
          onChange={(network) => setFilter({ ...filter, network })}
        />
        <FilterSelect
          label={t('content.capture.pillar')}
          placeholder={t('content.ideas.allPillars')}
          data={choices.pillarOptions}
          value={filter.pillarId}
          onChange={(pillarId) => setFilter({ ...filter, pillarId })}
        />
      </FilterBar>
      <QueryList
        query={posts}
        label={t('content.posts.title')}
        isFiltered={isFiltered}
        texts={{
          empty: t('content.posts.empty'),
          emptyHelp: t('content.posts.emptyHelp'),
          noMatch: t('content.posts.noMatch'),
        }}
      >
        {(post) => <PostRow key={post.id} post={post} pillarName={choices.pillarName(post.pillarId)} />}
      </QueryList>
      {importWanted && (
        <Suspense fallback={null}>
          <ImportPostsModal workspaceId={workspace.id} opened={importOpened} onClose={importModal.close} />
        </Suspense>
      )}
    </Stack>
  );
}

function PostRow({ post, pillarName }: { post: Post; pillarName: string | null }) {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  return (
    <Card withBorder padding="sm" component="li" data-testid="post-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} miw={0}>
          <AnchorLink
            to="/w/$workspaceId/posts/$postId"
            params={{ workspaceId: workspace.id, postId: post.id }}
            fw={600}
            lineClamp={2}
            style={{ overflowWrap: 'anywhere' }}
          >
            {post.text.trim() || t('content.posts.untitled')}
          </AnchorLink>
          <Group gap={8}>
            <Text size="sm" c="dimmed">
              {post.scheduledAt
                ? formatPostTime(post.scheduledAt, workspace.timeZone, i18n.language)
                : t('content.posts.notScheduled')}
            </Text>
            {post.versions.map((version) => (
              <span key={version.network} title={t(`networks.${version.network}`)}>
                <NetworkIcon network={version.network} size={16} />
                <VisuallyHidden>{t(`networks.${version.network}`)}</VisuallyHidden>
              </span>
            ))}
            {pillarName && (
              <Text size="sm" c="dimmed">
                · {pillarName}
              </Text>
            )}
          </Group>
        </Stack>
        <div style={{ flexShrink: 0 }}>
          <PostStatusBadge status={post.status} />
        </div>
      </Group>
    </Card>
  );
}
