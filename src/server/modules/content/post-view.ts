import type { Post } from '../../../contracts/content.js';
import type { Media } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { derivePostStatus, deriveVersionStatus } from '../../../core/content/post-status.js';
import type { MediaSummary } from './media.repository.js';
import type { PostWithVersions } from './posts.repository.js';

export function toMediaView(item: MediaSummary): Media {
  return {
    id: item.id,
    mimeType: item.mimeType,
    byteSize: item.byteSize,
    width: item.width,
    height: item.height,
    isAnimated: item.isAnimated,
    fileName: item.fileName,
    altText: item.altText,
    createdAt: item.createdAt.toISOString(),
  };
}

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
    mediaIds: row.mediaIds,
    media: row.media.map(toMediaView),
    versions: row.versions.map((version) => ({
      network: version.network as NetworkKey,
      text: version.text,
      mediaIds: version.mediaIds ?? null,
      thread: version.thread,
      accountIds: version.accountIds ?? null,
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
