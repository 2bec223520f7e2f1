import type { CreatePostBody, Post, PostsQuery, UpdatePostBody } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { approvalAfterEdit } from '../../../core/content/approval.js';
import { dayBounds } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { notFound } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { ContentReferences } from './content-references.js';
import type { IdeasRepository } from './ideas.repository.js';
import { assertPostMedia } from './media-rules.js';
import type { PostEventsRepository } from './post-events.repository.js';
import { toPostView } from './post-view.js';
import type { PostsRepository } from './posts.repository.js';
import type { PublicationPlanning } from './publication-planning.js';
import { assertFitsEveryNetwork, type TextLimitsLookup } from './schedule-rules.js';

export type PostsServiceDependencies = {
  postsRepository: PostsRepository;
  ideasRepository: IdeasRepository;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  postEventsRepository: Pick<PostEventsRepository, 'record'>;
  references: ContentReferences;
  runInTransaction: RunInTransaction;
  clock: Clock;
  /** The connected accounts' limits, which replace the networks' defaults. */
  textLimits: TextLimitsLookup;
  publicationPlanning: PublicationPlanning;
};

export function createPostsService(dependencies: PostsServiceDependencies) {
  const { postsRepository, ideasRepository, references, runInTransaction, clock } = dependencies;

  async function findPost(workspaceId: string, postId: string): Promise<Post> {
    const row = await postsRepository.find(workspaceId, postId);
    if (!row) throw notFound();
    return toPostView(row, clock.now());
  }

  async function settingsOf(workspaceId: string) {
    const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    return settings;
  }
  const zoneOf = async (workspaceId: string) => (await settingsOf(workspaceId)).timeZone;

  return {
    findPost,

    async listPosts(workspaceId: string, query: PostsQuery): Promise<Post[]> {
      const zone = await zoneOf(workspaceId);
      const rows = await postsRepository.list(workspaceId, {
        ...(query.from ? { from: new Date(dayBounds(query.from, zone).start) } : {}),
        ...(query.to ? { before: new Date(dayBounds(query.to, zone).start) } : {}),
        ...(query.unscheduled === 'true' ? { unscheduled: true } : {}),
        ...(query.pillarId ? { pillarId: query.pillarId } : {}),
        ...(query.authorUserId ? { authorUserId: query.authorUserId } : {}),
        ...(query.network ? { network: query.network } : {}),
      });
      const now = clock.now();
      const views = rows.map((row) => toPostView(row, now));
      return query.status ? views.filter((post) => post.status === query.status) : views;
    },

    /** `scheduledAt` on a draft is the time it is meant for (rush mode's slot), not a schedule. */
    async createPost(
      workspaceId: string,
      userId: string,
      body: CreatePostBody,
      scheduledAt: Date | null = null,
    ): Promise<Post> {
      await references.assertPillar(workspaceId, body.pillarId);
      await references.assertPersona(workspaceId, body.personaId);
      await references.assertIdea(workspaceId, body.ideaId);
      await references.assertStrategyNetworks(
        workspaceId,
        body.versions.map((version) => version.network),
      );
      await references.assertAccounts(workspaceId, body.versions);
      // A new post has no upload yet: any image id it names is unknown.
      assertPostMedia(body.mediaIds, body.versions, new Set());
      const postId = await runInTransaction(async (tx) => {
        const { versions, ...values } = body;
        const row = await postsRepository.insert(tx, workspaceId, {
          ...values,
          authorUserId: userId,
          ...(scheduledAt ? { scheduledAt } : {}),
        });
        await postsRepository.replaceVersions(tx, workspaceId, row.id, versions, 'pending');
        await dependencies.postEventsRepository.record(tx, {
          workspaceId,
          postId: row.id,
          userId,
          kind: 'created',
          at: clock.now(),
        });
        return row.id;
      });
      // The idea leaves the "new" pile once something is written from it.
      if (body.ideaId)
        await ideasRepository.update(workspaceId, body.ideaId, { status: 'planned' }, clock.now());
      return findPost(workspaceId, postId);
    },

    /**
     * One click from the notebook: a draft with the idea's text, link and pillar, on the idea's
     * network (or every network of the strategy); `placement` puts it on one network at a time.
     */
    async createPostFromIdea(
      workspaceId: string,
      userId: string,
      ideaId: string,
      placement: { network: NetworkKey; scheduledAt: Date | null } | null = null,
    ): Promise<Post> {
      const idea = await ideasRepository.find(workspaceId, ideaId);
      if (!idea) throw notFound();
      const strategyNetworks = (await references.listStrategyNetworks(workspaceId)).map(
        (item) => item.network,
      );
      const networks: NetworkKey[] = placement
        ? [placement.network]
        : idea.network && strategyNetworks.includes(idea.network)
          ? [idea.network]
          : strategyNetworks;
      return this.createPost(
        workspaceId,
        userId,
        {
          text: idea.text,
          link: idea.link,
          pillarId: idea.pillarId,
          personaId: null,
          ideaId: idea.id,
          status: 'draft',
          versions: networks.map((network) => ({
            network,
            text: null,
            mediaIds: null,
            thread: [],
            accountIds: null,
          })),
          mediaIds: [],
        },
        placement?.scheduledAt ?? null,
      );
    },

    async updatePost(
      workspaceId: string,
      postId: string,
      patch: UpdatePostBody,
      userId: string | null = null,
    ): Promise<Post> {
      const current = await postsRepository.find(workspaceId, postId);
      if (!current) throw notFound();
      const { postsNeedApproval } = await settingsOf(workspaceId);
      await references.assertPillar(workspaceId, patch.pillarId);
      await references.assertPersona(workspaceId, patch.personaId);
      if (patch.versions) {
        await references.assertStrategyNetworks(
          workspaceId,
          patch.versions.map((version) => version.network),
        );
        await references.assertAccounts(workspaceId, patch.versions);
      }
      const isScheduled = current.status === 'scheduled';
      const versionsAfter =
        patch.versions ??
        current.versions.map((item) => ({
          network: item.network as NetworkKey,
          text: item.text,
          mediaIds: item.mediaIds,
          thread: item.thread,
          accountIds: item.accountIds,
        }));
      assertPostMedia(
        patch.mediaIds ?? current.mediaIds,
        versionsAfter,
        new Set(current.media.map((item) => item.id)),
      );
      // A scheduled post stays publishable: an edit that breaks a limit is refused, not saved.
      if (isScheduled)
        assertFitsEveryNetwork(
          patch.text ?? current.text,
          versionsAfter,
          await dependencies.textLimits(workspaceId),
        );
      const { versions, status, ...values } = patch;
      const changesWords = patch.text !== undefined || patch.link !== undefined || versions !== undefined;
      // Approved words that change need approving again (a scheduled post waits for it again).
      const approval = changesWords ? approvalAfterEdit(current, postsNeedApproval) : null;
      const backToApproval = approval?.status === 'awaiting_approval';
      await runInTransaction(async (tx) => {
        const now = clock.now();
        // Setting draft/ready by hand is only for posts not yet scheduled (unschedule first), and
        // a post awaiting approval leaves it through approval only.
        const editorial =
          status && !isScheduled && current.status !== 'published' && current.status !== 'awaiting_approval'
            ? { status }
            : {};
        const reviewed = approval
          ? {
              approvedAt: null,
              approvedByUserId: null,
              ...(backToApproval ? { status: 'awaiting_approval' as const } : {}),
            }
          : {};
        await postsRepository.update(tx, workspaceId, postId, { ...values, ...editorial, ...reviewed }, now);
        if (versions)
          await postsRepository.replaceVersions(
            tx,
            workspaceId,
            postId,
            versions,
            isScheduled && !backToApproval ? 'scheduled' : 'pending',
          );
        // Before its minute, an edit re-plans the publications (409 if one is on its way); an
        // approved post edited goes back to the client, and its publications wait with it.
        if (backToApproval) {
          await postsRepository.setPendingVersionsStatus(tx, workspaceId, postId, 'pending');
          await dependencies.publicationPlanning.cancelPost(tx, workspaceId, postId);
        } else if (isScheduled)
          await dependencies.publicationPlanning.planPost(tx, workspaceId, postId, 'edited');
        await dependencies.postEventsRepository.record(tx, {
          workspaceId,
          postId,
          userId,
          kind: 'edited',
          at: now,
        });
        if (backToApproval)
          await dependencies.postEventsRepository.record(tx, {
            workspaceId,
            postId,
            userId,
            kind: 'sent_for_approval',
            at: now,
          });
      });
      return findPost(workspaceId, postId);
    },

    async deletePost(workspaceId: string, postId: string) {
      if (!(await postsRepository.delete(workspaceId, postId))) throw notFound();
    },
  };
}

export type PostsService = ReturnType<typeof createPostsService>;
