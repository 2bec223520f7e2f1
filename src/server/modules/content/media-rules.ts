import type { NetworkKey } from '../../../contracts/networks.js';
import { canThread, maxImagesOn } from '../../../core/content/image-fit.js';
import { unprocessable } from '../../platform/problem.js';
import { networkLabel } from './content-references.js';
import type { VersionValues } from './posts.repository.js';

/** The images each part of a version shows: the first part's own, or else the post's. */
export function partsImagesOf(postMediaIds: readonly string[], version: VersionValues): string[][] {
  return [version.mediaIds ?? [...postMediaIds], ...(version.thread ?? []).map((part) => part.mediaIds)];
}

/**
 * What a post's images and threads must respect whenever it is saved: images are the post's own
 * uploads (a foreign or deleted id is refused), at most as many per part as the network takes
 * (4 on Mastodon, Bluesky and X), and threads only where the network has them.
 */
export function assertPostMedia(
  postMediaIds: readonly string[],
  versions: readonly VersionValues[],
  uploadedIds: ReadonlySet<string>,
) {
  const named = [...postMediaIds, ...versions.flatMap((version) => partsImagesOf([], version).flat())];
  if (named.some((id) => !uploadedIds.has(id))) throw unprocessable('media_unknown', {}, ['mediaIds']);
  for (const version of versions) assertVersionMedia(postMediaIds, version);
}

function assertVersionMedia(postMediaIds: readonly string[], version: VersionValues) {
  const network: NetworkKey = version.network;
  if ((version.thread ?? []).length > 0 && !canThread(network))
    throw unprocessable('thread_not_supported', { network: networkLabel(network) }, ['versions']);
  const max = maxImagesOn(network);
  if (max === null) return;
  for (const images of partsImagesOf(postMediaIds, version))
    if (images.length > max)
      throw unprocessable('too_many_images', { network: networkLabel(network), max, count: images.length }, [
        'mediaIds',
      ]);
}
