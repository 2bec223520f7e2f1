import { and, eq } from 'drizzle-orm';
import type { AccountLimits, PublicationPart } from '../../../contracts/connectors.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { imageRuleFor } from '../../../core/content/image-fit.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from './content.table.js';
import { fitImageToNetwork } from './image-processing.js';
import { createMediaRepository } from './media.repository.js';
import { partsImagesOf } from './media-rules.js';

/**
 * The parts a version publishes, in order, each with its images made to fit the account: the
 * first part is the version's text (or the post's), then its thread. Images are the stored,
 * already cleaned bytes, resized and recompressed for the network (and the account's own limits
 * when given: a Mastodon instance's size and types), with their alt text. The publishing
 * pipeline calls this once when it freezes a publication. null: no such version here.
 */
export async function loadPublicationParts(
  db: Queryable,
  workspaceId: string,
  postVersionId: string,
  limits?: Pick<AccountLimits, 'maxImageBytes' | 'maxImages' | 'imageMimeTypes'>,
): Promise<PublicationPart[] | null> {
  const [row] = await db
    .select({ version: postVersions, post: posts })
    .from(postVersions)
    .innerJoin(posts, eq(posts.id, postVersions.postId))
    .where(
      and(
        eq(postVersions.workspaceId, workspaceId),
        eq(posts.workspaceId, workspaceId),
        eq(postVersions.id, postVersionId),
      ),
    );
  if (!row) return null;
  const network = row.version.network as NetworkKey;
  const version = {
    network,
    text: row.version.text,
    mediaIds: row.version.mediaIds,
    thread: row.version.thread,
  };
  const imagesPerPart = partsImagesOf(row.post.mediaIds, version);
  const stored = await createMediaRepository(db).findMany(workspaceId, imagesPerPart.flat(), db);
  const byId = new Map(stored.map((item) => [item.id, item]));
  const rule = imageRuleFor(network, limits);
  const texts = [row.version.text ?? row.post.text, ...row.version.thread.map((part) => part.text)];
  const parts: PublicationPart[] = [];
  for (const [index, text] of texts.entries()) {
    const images: PublicationPart['images'] = [];
    // An image deleted since the post was saved is simply no longer sent.
    for (const id of imagesPerPart[index] ?? []) {
      const image = byId.get(id);
      if (!image) continue;
      const fitted = await fitImageToNetwork(image, rule);
      // A copy: the request is frozen and handed to every attempt, independent of any buffer pool.
      images.push({ bytes: new Uint8Array(fitted.bytes), mimeType: fitted.mimeType, altText: image.altText });
    }
    parts.push({ text, images });
  }
  return parts;
}
