import { and, eq, inArray } from 'drizzle-orm';
import type { AccountLimits, PublicationPart } from '../../../contracts/connectors.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { imageRuleFor } from '../../../core/content/image-fit.js';
import type { Queryable } from '../../platform/db.js';
import { posts, postVersions } from './content.table.js';
import { fitImageToNetwork } from './image-processing.js';
import { createMediaRepository } from './media.repository.js';
import { partsImagesOf } from './media-rules.js';

type ImageLimits = Pick<AccountLimits, 'maxImageBytes' | 'maxImages' | 'imageMimeTypes'>;

/**
 * The parts a version publishes, in order, each with its images made to fit the account: the
 * first part is the version's text (or the post's), then its thread. Images are the stored,
 * already cleaned bytes, resized and recompressed for the network (and the account's own limits
 * when given: a Mastodon instance's size and types), with their alt text. null: no such version here.
 */
export async function loadPublicationParts(
  db: Queryable,
  workspaceId: string,
  postVersionId: string,
  limits?: ImageLimits,
): Promise<PublicationPart[] | null> {
  const loaded = await loadPublicationPartsOfVersions(db, [{ workspaceId, postVersionId }], limits);
  return loaded.get(postVersionId) ?? null;
}

/**
 * The parts of many versions at once (the publishing pipeline freezes a batch of publications
 * with it): one query for the versions, one per workspace for their images, then the images
 * fitted with sharp. Called outside any transaction, since fitting is the slow step and PGlite's
 * one connection must not wait on it. Versions not found (or not in the workspace named) are absent.
 */
export async function loadPublicationPartsOfVersions(
  db: Queryable,
  versions: readonly { workspaceId: string; postVersionId: string }[],
  limits?: ImageLimits,
): Promise<Map<string, PublicationPart[]>> {
  const result = new Map<string, PublicationPart[]>();
  if (versions.length === 0) return result;
  const rows = await db
    .select({ version: postVersions, post: posts })
    .from(postVersions)
    .innerJoin(posts, and(eq(posts.id, postVersions.postId), eq(posts.workspaceId, postVersions.workspaceId)))
    .where(inArray(postVersions.id, [...new Set(versions.map((version) => version.postVersionId))]));
  // Each version only in the workspace it was asked for (ids alone keep the plan on primary keys).
  const askedIn = new Map(versions.map((version) => [version.postVersionId, version.workspaceId]));
  const mine = rows.filter((row) => askedIn.get(row.version.id) === row.version.workspaceId);
  const planned = mine.map((row) => {
    const network = row.version.network as NetworkKey;
    const imagesPerPart = partsImagesOf(row.post.mediaIds, {
      network,
      text: row.version.text,
      mediaIds: row.version.mediaIds,
      thread: row.version.thread,
    });
    const texts = [row.version.text ?? row.post.text, ...row.version.thread.map((part) => part.text)];
    return { row, network, imagesPerPart, texts };
  });
  const mediaIdsByWorkspace = new Map<string, string[]>();
  for (const { row, imagesPerPart } of planned)
    mediaIdsByWorkspace.set(row.version.workspaceId, [
      ...(mediaIdsByWorkspace.get(row.version.workspaceId) ?? []),
      ...imagesPerPart.flat(),
    ]);
  const mediaRepository = createMediaRepository(db);
  const stored = new Map<string, Awaited<ReturnType<typeof mediaRepository.findMany>>[number]>();
  for (const [workspaceId, ids] of mediaIdsByWorkspace)
    for (const item of await mediaRepository.findMany(workspaceId, ids, db)) stored.set(item.id, item);

  for (const { row, network, imagesPerPart, texts } of planned) {
    const rule = imageRuleFor(network, limits);
    const parts: PublicationPart[] = [];
    for (const [index, text] of texts.entries()) {
      const images: PublicationPart['images'] = [];
      // An image deleted since the post was saved is simply no longer sent.
      for (const id of imagesPerPart[index] ?? []) {
        const image = stored.get(id);
        if (!image || image.workspaceId !== row.version.workspaceId) continue;
        const fitted = await fitImageToNetwork(image, rule);
        // A copy: the request is frozen and handed to every attempt, independent of any buffer pool.
        images.push({
          bytes: new Uint8Array(fitted.bytes),
          mimeType: fitted.mimeType,
          altText: image.altText,
        });
      }
      parts.push({ text, images });
    }
    result.set(row.version.id, parts);
  }
  return result;
}
