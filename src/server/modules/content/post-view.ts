import type { Post } from '../../../contracts/content.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { derivePostStatus, deriveVersionStatus } from '../../../core/content/post-status.js';
import type { PostWithVersions } from './posts.repository.js';

/** A stored post as the API shows it at `now` (states read from the clock). */
export function toPostView(row: PostWithVersions, now: Date): Post {
  return {
    id: row.id,
    text: row.text,
    link: row.link,
    pillarId: row.pillarId,
    personaId: row.personaId,
    ideaId: row.ideaId,
    status: derivePostStatus(row, row.versions, now),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    authorUserId: row.authorUserId,
    versions: row.versions.map((version) => ({
      network: version.network as NetworkKey,
      text: version.text,
      publishMode: version.publishMode,
      status: deriveVersionStatus(version, row.scheduledAt, now),
      publishedAt: version.publishedAt?.toISOString() ?? null,
      publishedUrl: version.publishedUrl,
    })),
    effortMinutes: row.effortMinutes,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
