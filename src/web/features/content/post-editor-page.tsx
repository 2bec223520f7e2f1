import { Button, Chip, Group, Paper, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../contracts/content.js';
import type { Media } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { isProblem } from '../../app/api.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { NotFound } from '../../ui/not-found.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { ConnectionWarnings } from '../connections/connection-warnings.js';
import { useConnectionsView } from '../connections/connections-queries.js';
import { PublicationsPanel } from '../publishing/publications-panel.js';
import { PostMetricsPanel } from '../results/post-metrics-panel.js';
import { TrackedLinkPreview } from '../results/tracked-links.js';
import { personasQueryOptions } from '../strategy/strategy-queries.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { ByHandPanel } from './by-hand-panel.js';
import { useStrategyChoices } from './content-filters.js';
import { postQueryOptions, useDeletePost, useUpdatePost } from './content-queries.js';
import { LengthCounters, measureVersions } from './length-counters.js';
import { PostEffortPanel } from './post-effort-panel.js';
import { PostImages } from './post-images.js';
import { PostReviewPanel } from './post-review-panel.js';
import { PostStatusBadge } from './post-status-badge.js';
import { PostTimerButton } from './post-timer-button.js';
import { rebaseDraft } from './rebase-draft.js';
import { SchedulePanel } from './schedule-panel.js';
import { type EditorVersion, findOverLimits, imagesShownBy, VersionEditor } from './version-editor.js';

type Draft = {
  text: string;
  link: string;
  pillarId: string | null;
  personaId: string | null;
  mediaIds: string[];
  versions: EditorVersion[];
  status: 'draft' | 'ready';
};

const toDraft = (post: Post): Draft => ({
  text: post.text,
  link: post.link ?? '',
  pillarId: post.pillarId,
  personaId: post.personaId,
  mediaIds: post.mediaIds,
  versions: post.versions.map((version) => ({
    network: version.network,
    text: version.text,
    mediaIds: version.mediaIds,
    thread: version.thread,
    accountIds: version.accountIds,
  })),
  status: post.status === 'ready' ? 'ready' : 'draft',
});

const mediaMapOf = (post: Post) => new Map(post.media.map((item) => [item.id, item]));

// The panels under the text depend on the saved post, not on the draft: drawn again when their own
// props change, not on each keystroke in the boxes above (a phone redrew all of them per letter).
const PublicationsSection = memo(PublicationsPanel);
const ByHandSection = memo(ByHandPanel);
const ReviewSection = memo(PostReviewPanel);
const EffortSection = memo(PostEffortPanel);
const MetricsSection = memo(PostMetricsPanel);

/** One post: the main text, a version per chosen network with live counters, and its time. */
export function PostEditorPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const { postId } = useParams({ from: '/authed/w/$workspaceId/posts/$postId' });
  const post = useQuery(postQueryOptions(workspace.id, postId));
  return (
    <Stack gap="md">
      <AnchorLink to="/w/$workspaceId/posts" params={{ workspaceId: workspace.id }} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('content.editor.back')}
        </Group>
      </AnchorLink>
      {post.isPending && <Skeleton h={300} radius="md" />}
      {/* An address that names no post of this workspace (a mistyped or stale link): not a form's error. */}
      {post.isError &&
        (isProblem(post.error) && [400, 404].includes(post.error.status) ? (
          <NotFound />
        ) : (
          <ErrorState error={post.error} onRetry={() => void post.refetch()} />
        ))}
      {post.data && <PostEditor key={post.data.id} post={post.data} />}
    </Stack>
  );
}

function PostEditor({ post }: { post: Post }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const canWrite = canAccessWorkspace(workspace.role, 'write');
  const choices = useStrategyChoices(workspace.id);
  const personas = useQuery(personasQueryOptions(workspace.id));
  const update = useUpdatePost(workspace.id, post.id);
  const remove = useDeletePost(workspace.id);
  const [draft, setDraft] = useState<Draft>(() => toDraft(post));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // Uploads and alt texts are saved at once, apart from the draft: kept here until the next refetch.
  const [media, setMedia] = useState(() => mediaMapOf(post));
  const saveMedia = (item: Media) => setMedia((current) => new Map(current).set(item.id, item));
  // A refetch (after saving, scheduling, a teammate's edit) brings the server's version of the
  // post: the draft takes it, except for what the person is editing.
  const [shownPost, setShownPost] = useState(post);
  if (post !== shownPost) {
    setShownPost(post);
    setDraft((current) => rebaseDraft(current, toDraft(shownPost), toDraft(post)));
    setMedia(mediaMapOf(post));
  }

  const isDirty = JSON.stringify(draft) !== JSON.stringify(toDraft(post));
  const connections = useConnectionsView(workspace.id, workspace.role);
  const lengths = measureVersions(draft.text, draft.versions, connections?.textLimits);
  const warnings = (connections?.warnings ?? []).filter((warning) =>
    draft.versions.some((version) => version.network === warning.network),
  );
  const overNetworks = findOverLimits(
    draft.text,
    draft.versions,
    (network, part) =>
      part === 1
        ? t(`networks.${network}`)
        : t('content.thread.tooLong', { number: part, network: t(`networks.${network}`) }),
    connections?.textLimits,
  );
  const missingAltTexts = imagesShownBy(draft.mediaIds, draft.versions).filter(
    (id) => media.get(id)?.altText.trim() === '',
  ).length;
  const isLocked = post.status === 'published';
  const fieldError = (path: string) =>
    isProblem(update.error) ? update.error.errors.find((error) => error.path === path)?.message : undefined;

  async function save() {
    if (!isDirty) return;
    const sent = draft;
    const saved = await update.mutateAsync({
      text: sent.text,
      link: sent.link.trim() || null,
      pillarId: sent.pillarId,
      personaId: sent.personaId,
      mediaIds: sent.mediaIds,
      versions: sent.versions,
      status: sent.status,
    });
    // What was sent comes back as the server saved it (a trimmed link); typing since is kept.
    setDraft((current) => rebaseDraft(current, sent, toDraft(saved)));
  }

  function toggleNetworks(networks: string[]) {
    const kept = draft.versions.filter((version) => networks.includes(version.network));
    const added = networks
      .filter((network) => !kept.some((version) => version.network === network))
      .map((network) => ({
        network: network as NetworkKey,
        text: null,
        mediaIds: null,
        thread: [],
        accountIds: null,
      }));
    // Versions follow the strategy's order of networks.
    const order = choices.networks.map((item) => item.network);
    setDraft({
      ...draft,
      versions: [...kept, ...added].sort((a, b) => order.indexOf(a.network) - order.indexOf(b.network)),
    });
  }

  const setVersion = (changed: EditorVersion) =>
    setDraft({
      ...draft,
      versions: draft.versions.map((version) => (version.network === changed.network ? changed : version)),
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('content.editor.title')}
        subtitle={post.ideaId ? t('content.editor.fromIdea') : undefined}
        actions={<PostStatusBadge status={post.status} />}
      />
      <PostTimerButton post={post} workspaceId={workspace.id} canWrite={canWrite} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <GrowingTextarea
            label={t('content.editor.text')}
            placeholder={t('content.editor.textPlaceholder')}
            minRows={5}
            maxRows={20}
            value={draft.text}
            readOnly={!canWrite || isLocked}
            onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })}
            error={fieldError('text')}
          />
          <LengthCounters lengths={lengths} />
          <ConnectionWarnings
            warnings={warnings}
            workspaceId={workspace.id}
            timeZone={workspace.timeZone}
            linkToConnections
          />
          <TextInput
            label={t('content.editor.link')}
            type="url"
            placeholder="https://"
            value={draft.link}
            readOnly={!canWrite || isLocked}
            onChange={(event) => setDraft({ ...draft, link: event.currentTarget.value })}
            error={fieldError('link')}
          />
          <PostImages
            workspaceId={workspace.id}
            postId={post.id}
            label={t('content.media.images')}
            mediaIds={draft.mediaIds}
            media={media}
            max={null}
            maxReason={null}
            readOnly={!canWrite || isLocked}
            onChange={(mediaIds) => setDraft({ ...draft, mediaIds })}
            onMediaSaved={saveMedia}
          />
          <TrackedLinkPreview
            workspaceId={workspace.id}
            postId={post.id}
            link={draft.link}
            text={draft.text}
            networks={draft.versions.map((version) => version.network)}
            campaign={choices.pillarName(draft.pillarId)}
          />
          {/* The fields side by side on their bottom line: "Persona (facultatif)" wraps on a phone. */}
          <Group grow align="flex-end">
            <Select
              label={t('content.editor.pillar')}
              placeholder={t('content.capture.none')}
              clearable
              data={choices.pillarOptions}
              nothingFoundMessage={t('content.editor.noPillars')}
              value={draft.pillarId}
              readOnly={!canWrite || isLocked}
              onChange={(pillarId) => setDraft({ ...draft, pillarId })}
            />
            <Select
              label={t('content.editor.persona')}
              placeholder={t('content.capture.none')}
              clearable
              data={(personas.data ?? []).map((persona) => ({ value: persona.id, label: persona.name }))}
              nothingFoundMessage={t('content.editor.noPersonas')}
              value={draft.personaId}
              readOnly={!canWrite || isLocked}
              onChange={(personaId) => setDraft({ ...draft, personaId })}
            />
          </Group>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('content.editor.networks')}
            </Text>
            {choices.networks.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('content.editor.noNetworks')}
              </Text>
            )}
            <Chip.Group
              multiple
              value={draft.versions.map((version) => version.network)}
              onChange={toggleNetworks}
            >
              <Group gap="xs">
                {choices.networks.map((item) => (
                  <Chip key={item.network} value={item.network} disabled={!canWrite || isLocked}>
                    {t(`networks.${item.network}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
          {draft.versions.map((version, index) => (
            <VersionEditor
              key={version.network}
              workspaceId={workspace.id}
              postId={post.id}
              version={version}
              mainText={draft.text}
              postMediaIds={draft.mediaIds}
              accounts={connections?.accounts ?? []}
              length={lengths[index]}
              media={media}
              readOnly={!canWrite || isLocked}
              onChange={setVersion}
              onMediaSaved={saveMedia}
            />
          ))}
          {canWrite && !isLocked && (
            <Group justify="space-between">
              <Chip
                checked={draft.status === 'ready'}
                onChange={(checked) => setDraft({ ...draft, status: checked ? 'ready' : 'draft' })}
                disabled={post.status === 'scheduled' || post.status === 'to_publish_by_hand'}
              >
                {t('content.editor.ready')}
              </Chip>
              <Group gap="sm">
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => setConfirmingDelete(true)}
                >
                  {t('content.editor.delete')}
                </Button>
                <Button
                  disabled={!isDirty}
                  loading={update.isPending}
                  onClick={() =>
                    save().then(
                      () => notifySuccess(t('content.editor.saved')),
                      (error) => {
                        if (!isProblem(error) || error.errors.length === 0) notifyProblem(error);
                      },
                    )
                  }
                >
                  {t('content.editor.save')}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </Paper>
      <SchedulePanel
        post={post}
        workspaceId={workspace.id}
        timeZone={workspace.timeZone}
        canWrite={canWrite}
        blockedReason={
          overNetworks.length > 0
            ? t('content.editor.tooLongFor', { networks: overNetworks.join(', ') })
            : null
        }
        warning={missingAltTexts > 0 ? t('content.media.missingAltText', { count: missingAltTexts }) : null}
        saveFirst={save}
      />
      <PublicationsSection
        postId={post.id}
        workspaceId={workspace.id}
        timeZone={workspace.timeZone}
        canWrite={canWrite}
      />
      <ByHandSection
        post={post}
        workspaceId={workspace.id}
        timeZone={workspace.timeZone}
        canWrite={canWrite}
        accounts={connections?.accounts}
      />
      <ReviewSection post={post} workspace={workspace} />
      <EffortSection post={post} workspace={workspace} />
      <MetricsSection post={post} workspaceId={workspace.id} canWrite={canWrite} />
      <ConfirmModal
        opened={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={t('content.editor.deleteConfirm')}
        confirmLabel={t('content.editor.delete')}
        isPending={remove.isPending}
        onConfirm={() =>
          remove.mutate(post.id, {
            onSuccess: () => {
              notifySuccess(t('content.editor.deleted'));
              void navigate({ to: '/w/$workspaceId/posts', params: { workspaceId: workspace.id } });
            },
            onError: notifyProblem,
          })
        }
      >
        {post.text.slice(0, 200)}
      </ConfirmModal>
    </Stack>
  );
}
