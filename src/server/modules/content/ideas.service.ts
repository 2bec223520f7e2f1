import type { CreateIdeaBody, Idea, IdeasQuery, UpdateIdeaBody } from '../../../contracts/content.js';
import type { Clock } from '../../platform/clock.js';
import { notFound } from '../../platform/problem.js';
import type { ContentReferences } from './content-references.js';
import type { IdeasRepository } from './ideas.repository.js';

export function createIdeasService({
  ideasRepository,
  references,
  clock,
}: {
  ideasRepository: IdeasRepository;
  references: ContentReferences;
  clock: Clock;
}) {
  return {
    listIdeas: (workspaceId: string, query: IdeasQuery) => ideasRepository.list(workspaceId, query),

    async createIdea(workspaceId: string, userId: string, body: CreateIdeaBody): Promise<Idea> {
      await references.assertPillar(workspaceId, body.pillarId);
      return ideasRepository.insert(workspaceId, userId, { ...body, tags: uniqueTags(body.tags) });
    },

    async updateIdea(workspaceId: string, ideaId: string, patch: UpdateIdeaBody): Promise<Idea> {
      await references.assertPillar(workspaceId, patch.pillarId);
      const cleaned = patch.tags ? { ...patch, tags: uniqueTags(patch.tags) } : patch;
      const updated = await ideasRepository.update(workspaceId, ideaId, cleaned, clock.now());
      if (!updated) throw notFound();
      return updated;
    },

    async deleteIdea(workspaceId: string, ideaId: string) {
      if (!(await ideasRepository.delete(workspaceId, ideaId))) throw notFound();
    },
  };
}

/** Tags are compared without case: "Recette" and "recette" are one tag, kept as first typed. */
function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type IdeasService = ReturnType<typeof createIdeasService>;
