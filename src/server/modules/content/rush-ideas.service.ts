import type { Post } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import type { RushIdeaDraftBody, RushIdeas } from '../../../contracts/rush-ideas.js';
import { computePillarBalance } from '../../../core/content/pillar-balance.js';
import { proposePostingSlots } from '../../../core/content/posting-slots.js';
import { suggestRushIdeas } from '../../../core/content/rush-ideas.js';
import { rushWeekOf } from '../../../core/routine/rush-week.js';
import { addDaysToDate } from '../../../core/time/index.js';
import { dayBounds, getLocalDate } from '../../../core/time/zoned-bounds.js';
import type { Clock } from '../../platform/clock.js';
import { conflict, notFound, unprocessable } from '../../platform/problem.js';
import type { StrategyRepository } from '../strategy/strategy.repository.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import { type ContentReferences, networkLabel } from './content-references.js';
import type { IdeasRepository } from './ideas.repository.js';
import type { PostingSlotsRepository } from './posting-slots.repository.js';
import type { PostsRepository } from './posts.repository.js';
import type { PostsService } from './posts.service.js';

/** The pillar balance is judged over the four weeks that end with the rush week. */
const balanceDays = 28;

/**
 * Rush mode's ideas for the empty slots: per network with a target and nothing placed in the
 * week, the week's next empty posting slot and notebook ideas for it; one click turns an idea
 * into a draft for that network at that slot (the notebook's own idea -> post conversion).
 */
export function createRushIdeasService(dependencies: {
  postsRepository: Pick<PostsRepository, 'list'>;
  ideasRepository: Pick<IdeasRepository, 'list' | 'find'>;
  postingSlotsRepository: Pick<PostingSlotsRepository, 'list'>;
  strategyRepository: Pick<StrategyRepository, 'listPillars'>;
  references: Pick<ContentReferences, 'listStrategyNetworks'>;
  workspacesRepository: Pick<WorkspacesRepository, 'findSettings'>;
  postsService: Pick<PostsService, 'createPostFromIdea'>;
  clock: Clock;
}) {
  async function suggest(workspaceId: string, week: string | undefined) {
    const settings = await dependencies.workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    const zone = settings.timeZone;
    const now = dependencies.clock.now().toISOString();
    const weekStart = rushWeekOf(week ?? getLocalDate(now, zone));
    const weekEnd = addDaysToDate(weekStart, 7);
    const [storedSlots, targets, posts, ideas, pillars] = await Promise.all([
      dependencies.postingSlotsRepository.list(workspaceId),
      dependencies.references.listStrategyNetworks(workspaceId),
      dependencies.postsRepository.list(workspaceId, {
        from: new Date(dayBounds(addDaysToDate(weekEnd, -balanceDays), zone).start),
        before: new Date(dayBounds(weekEnd, zone).start),
      }),
      dependencies.ideasRepository.list(workspaceId, {}),
      dependencies.strategyRepository.listPillars(workspaceId),
    ]);
    // A network whose slots were never saved gets the ones proposed from its target (what the
    // posting-slots dialog shows), so a rushed person is not sent to set slots first.
    const withSlots = new Set(storedSlots.map((slot) => slot.network));
    const slots = [
      ...storedSlots,
      ...targets
        .filter((target) => !withSlots.has(target.network) && target.targetPostsPerWeek)
        .flatMap((target) => proposePostingSlots(target.network, target.targetPostsPerWeek ?? 0)),
    ];
    // Drafts and ready posts hold a time without being posted; the pillar balance counts posts only.
    const isDraft = (status: string) => status === 'draft' || status === 'ready';
    const balance = computePillarBalance(
      posts.filter((post) => !isDraft(post.status)),
      pillars.map((pillar) => ({ id: pillar.id, sharePercent: pillar.sharePercent })),
    );
    const networks = suggestRushIdeas({
      weekStart,
      zone,
      now,
      targets,
      slots,
      ideas,
      pillarBalance: balance.lines,
      versions: posts.flatMap((post) =>
        post.versions.map((version) => ({
          postId: post.id,
          network: version.network as NetworkKey,
          at: (version.publishedAt ?? post.scheduledAt)?.toISOString() ?? null,
          isDraft: isDraft(post.status),
        })),
      ),
    });
    return { weekStart, timeZone: zone, networks };
  }

  return {
    async getRushIdeas(workspaceId: string, week: string | undefined): Promise<RushIdeas> {
      const { networks, ...rest } = await suggest(workspaceId, week);
      return {
        ...rest,
        networks: networks.map(({ slot, ...line }) => ({
          ...line,
          slot: slot ? { instant: slot.instant, localDate: slot.localDate, time: slot.time } : null,
        })),
      };
    },

    /**
     * The idea as a draft for that network, given the week's next empty slot of it as its time
     * (none left: a draft without a time). Refused when the network is no longer empty (409) or
     * the idea is not one the rush view offers it (422), so two clicks make one draft.
     */
    async draftFromIdea(
      workspaceId: string,
      userId: string,
      ideaId: string,
      body: RushIdeaDraftBody,
    ): Promise<Post> {
      const idea = await dependencies.ideasRepository.find(workspaceId, ideaId);
      if (!idea) throw notFound();
      const { networks } = await suggest(workspaceId, body.week);
      const line = networks.find((item) => item.network === body.network);
      if (!line)
        throw unprocessable('rush_network_without_target', { network: networkLabel(body.network) }, [
          'network',
        ]);
      if (line.state !== 'empty') throw conflict('rush_slot_filled');
      const isUsable = idea.status === 'new' || idea.status === 'planned';
      if (!isUsable || (idea.network !== null && idea.network !== body.network))
        throw unprocessable('idea_not_for_network', {}, ['network']);
      return dependencies.postsService.createPostFromIdea(workspaceId, userId, ideaId, {
        network: body.network,
        scheduledAt: line.slot ? new Date(line.slot.instant) : null,
      });
    },
  };
}

export type RushIdeasService = ReturnType<typeof createRushIdeasService>;
