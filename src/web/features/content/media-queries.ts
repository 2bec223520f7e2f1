import { type Media, mediaSchema, type UpdateMediaBody } from '../../../contracts/media.js';
import type { NetworkKey } from '../../../contracts/networks.js';
import { uploadLimits } from '../../../core/content/image-fit.js';
import { api, ProblemError, readProblem } from '../../app/api.js';
import { currentLanguage, i18n } from '../../app/i18n/index.js';

export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** Where an image is read: shown in the editor, or downloaded as the network's copy. */
export function mediaUrl(
  workspaceId: string,
  mediaId: string,
  options: { network?: NetworkKey; download?: boolean } = {},
) {
  const search = new URLSearchParams();
  if (options.network) search.set('network', options.network);
  if (options.download) search.set('download', 'true');
  const query = search.toString();
  return `/api/workspaces/${workspaceId}/media/${mediaId}${query ? `?${query}` : ''}`;
}

const localRefusal = (code: string, detail: string) =>
  new ProblemError({ status: 400, code, title: i18n.t('content.media.refusedTitle'), detail });

/**
 * Sends one image as multipart (the JSON client cannot carry a file). The type and the 10 MB cap
 * are checked here first so that a person is told at once; the server checks both again.
 */
export async function uploadImage(workspaceId: string, postId: string, file: File): Promise<Media> {
  if (!acceptedImageTypes.includes(file.type))
    throw localRefusal('image_type_not_supported', i18n.t('content.media.wrongType', { name: file.name }));
  if (file.size > uploadLimits.maxBytes)
    throw localRefusal('image_too_large', i18n.t('content.media.tooLarge', { name: file.name }));
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/workspaces/${workspaceId}/posts/${postId}/media`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': currentLanguage() },
    });
  } catch {
    throw new ProblemError({
      status: 0,
      code: 'network',
      title: i18n.t('errors.networkTitle'),
      detail: i18n.t('errors.networkDetail'),
    });
  }
  if (!response.ok) throw await readProblem(response);
  return mediaSchema.parse(await response.json());
}

export function updateMedia(workspaceId: string, mediaId: string, body: UpdateMediaBody) {
  return api(`/api/workspaces/${workspaceId}/media/${mediaId}`, {
    method: 'PATCH',
    body,
    schema: mediaSchema,
  });
}
