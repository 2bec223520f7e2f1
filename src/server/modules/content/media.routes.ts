import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { emptyResponseSchema } from '../../../contracts/common.js';
import { postParamsSchema } from '../../../contracts/content.js';
import {
  mediaFileQuerySchema,
  mediaParamsSchema,
  mediaSchema,
  updateMediaBodySchema,
} from '../../../contracts/media.js';
import { uploadLimits } from '../../../core/content/image-fit.js';
import { requireMembership } from '../../platform/access.js';
import { HttpProblem } from '../../platform/problem.js';
import { readUploadedFile } from '../../platform/uploaded-file.js';
import type { ImageFile, MediaService } from './media.service.js';

const tags = ['content'];
const read = { access: { workspace: 'read' as const } };
const write = { access: { workspace: 'write' as const } };
/** Room for the multipart envelope around a file of the largest accepted size. */
const envelopeBytes = 64 * 1024;
const tooLarge = () => new HttpProblem(413, 'image_too_large');

const extensionOf: Record<ImageFile['mimeType'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** `name.ext` with the extension of what is actually sent (a PNG may leave as a JPEG). */
function contentDisposition(file: ImageFile, kind: 'inline' | 'attachment') {
  const name = `${file.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.${extensionOf[file.mimeType]}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\%]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const mediaRoutes: FastifyPluginAsyncZod<{ mediaService: MediaService }> = async (
  app,
  { mediaService },
) => {
  // Only these routes read multipart bodies; a file is streamed with a hard cap, never buffered whole.
  await app.register(multipart, {
    limits: { fileSize: uploadLimits.maxBytes, files: 1, fields: 0, parts: 1, headerPairs: 50 },
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/media', {
    config: write,
    schema: {
      tags,
      summary: 'Upload an image to a post (multipart, field `file`): JPEG, PNG, WebP or GIF, 10 MB at most',
      consumes: ['multipart/form-data'],
      params: postParamsSchema,
      response: { 201: mediaSchema },
    },
    // Refused by its announced length before a byte of it is read.
    onRequest: async (request) => {
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > uploadLimits.maxBytes + envelopeBytes) throw tooLarge();
    },
    async handler(request, reply) {
      const { userId } = requireMembership(request);
      const { workspaceId, postId } = request.params;
      await mediaService.assertPost(workspaceId, postId);
      const { bytes, fileName } = await readUploadedFile(request, tooLarge);
      const media = await mediaService.uploadImage(workspaceId, userId, postId, {
        bytes,
        fileName,
      });
      return reply.status(201).send(media);
    },
  });

  app.get('/api/workspaces/:workspaceId/media/:mediaId', {
    config: read,
    schema: {
      tags,
      summary: "An image's bytes, or its copy for a network (`?network=`), shown or downloaded",
      params: mediaParamsSchema,
      querystring: mediaFileQuerySchema,
    },
    async handler(request, reply) {
      const { workspaceId, mediaId } = request.params;
      const file = await mediaService.readImage(workspaceId, mediaId, request.query.network);
      const kind = request.query.download === 'true' ? 'attachment' : 'inline';
      return (
        reply
          .header('content-type', file.mimeType)
          .header('content-disposition', contentDisposition(file, kind))
          .header('x-content-type-options', 'nosniff')
          // An image never changes under its id; only members may read it, so no shared cache.
          .header('cache-control', 'private, max-age=86400')
          .send(Buffer.from(file.bytes))
      );
    },
  });

  app.patch('/api/workspaces/:workspaceId/media/:mediaId', {
    config: write,
    schema: {
      tags,
      summary: "Set an image's alt text",
      params: mediaParamsSchema,
      body: updateMediaBodySchema,
      response: { 200: mediaSchema },
    },
    handler: (request) =>
      mediaService.updateImage(request.params.workspaceId, request.params.mediaId, request.body),
  });

  app.delete('/api/workspaces/:workspaceId/media/:mediaId', {
    config: write,
    schema: { tags, params: mediaParamsSchema, response: { 204: emptyResponseSchema } },
    async handler(request, reply) {
      await mediaService.deleteImage(request.params.workspaceId, request.params.mediaId);
      return reply.status(204).send(null);
    },
  });
};
