import type { Media, UpdateMediaBody } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { imageRuleFor } from '../../../core/content/image-fit.js';
import type { RunInTransaction } from '../../platform/db.js';
import { notFound } from '../../platform/problem.js';
import { cleanUploadedImage, type FittedImage, fitImageToNetwork } from './image-processing.js';
import type { MediaRepository } from './media.repository.js';
import { toMediaView } from './post-view.js';
import type { PostsRepository } from './posts.repository.js';

export type MediaServiceDependencies = {
  mediaRepository: MediaRepository;
  postsRepository: Pick<PostsRepository, 'find'>;
  runInTransaction: RunInTransaction;
};

/** A file name kept for downloads only: no path, no control characters, a sane length. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // Control characters and quotes would break the Content-Disposition header.
  const cleaned = Array.from(base)
    .filter((character) => character.charCodeAt(0) >= 0x20 && character !== '\u007f' && character !== '"')
    .join('')
    .trim()
    .slice(0, 120);
  return cleaned || 'image';
}

export type ImageFile = FittedImage & { fileName: string };

/** Images of posts: upload (cleaned), alt text, removal, and the bytes a network gets. */
export function createMediaService({
  mediaRepository,
  postsRepository,
  runInTransaction,
}: MediaServiceDependencies) {
  return {
    /** 404 for a post that is not this workspace's: checked before the file is read. */
    async assertPost(workspaceId: string, postId: string) {
      if (!(await postsRepository.find(workspaceId, postId))) throw notFound();
    },

    async uploadImage(
      workspaceId: string,
      userId: string,
      postId: string,
      file: { bytes: Buffer; fileName: string | undefined },
    ): Promise<Media> {
      const image = await cleanUploadedImage(file.bytes);
      const row = await mediaRepository.insert({
        workspaceId,
        postId,
        mimeType: image.mimeType,
        byteSize: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        isAnimated: image.isAnimated,
        hasAlpha: image.hasAlpha,
        contentHash: image.contentHash,
        fileName: cleanFileName(file.fileName),
        bytes: image.bytes,
        uploadedByUserId: userId,
      });
      return toMediaView(row);
    },

    async updateImage(workspaceId: string, mediaId: string, patch: UpdateMediaBody): Promise<Media> {
      const row = await mediaRepository.setAltText(workspaceId, mediaId, (patch.altText ?? '').trim());
      if (!row) throw notFound();
      return toMediaView(row);
    },

    /** Deletes an image and takes it out of every part of its post that showed it. */
    async deleteImage(workspaceId: string, mediaId: string) {
      await runInTransaction(async (tx) => {
        const deleted = await mediaRepository.delete(tx, workspaceId, mediaId);
        if (!deleted) throw notFound();
        await mediaRepository.forgetInPost(tx, workspaceId, deleted.postId, mediaId);
      });
    },

    /** The stored image, or the copy made for `network` (its size, pixel and format limits). */
    async readImage(workspaceId: string, mediaId: string, network?: NetworkKey): Promise<ImageFile> {
      const row = await mediaRepository.find(workspaceId, mediaId);
      if (!row) throw notFound();
      const image = network ? await fitImageToNetwork(row, imageRuleFor(network)) : row;
      return { bytes: image.bytes, mimeType: image.mimeType, fileName: row.fileName };
    },
  };
}

export type MediaService = ReturnType<typeof createMediaService>;
