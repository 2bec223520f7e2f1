import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  logoUploadMimeTypes,
  type OrganisationProfile,
  organisationLimits,
  organisationProfileSchema,
  type SaveOrganisationBody,
} from '../../../contracts/organisation.js';
import { api, ProblemError, readProblem } from '../../app/api.js';
import { currentLanguage, i18n } from '../../app/i18n/index.js';

const organisationKey = ['instance', 'organisation'];

export const useOrganisationProfile = () =>
  useQuery({
    queryKey: organisationKey,
    queryFn: () => api('/api/instance/organisation', { schema: organisationProfileSchema }),
  });

/** The preview's address: it changes with each upload, so the browser's cache never shows an old logo. */
export const logoUrl = (profile: OrganisationProfile) =>
  profile.logo ? `/api/instance/organisation/logo?v=${encodeURIComponent(profile.logo.updatedAt)}` : null;

const localRefusal = (code: string, detail: string) =>
  new ProblemError({ status: 400, code, title: i18n.t('instance.organisation.logoRefused'), detail });

/**
 * Sends the logo as multipart (the JSON client cannot carry a file). Type and size are checked
 * here first so that the person is told at once; the server reads the bytes and checks again.
 */
async function uploadLogo(file: File): Promise<OrganisationProfile> {
  if (!(logoUploadMimeTypes as readonly string[]).includes(file.type))
    throw localRefusal('logo_type_not_supported', i18n.t('instance.organisation.logoWrongType'));
  if (file.size > organisationLimits.logoMaxBytes)
    throw localRefusal('logo_too_large', i18n.t('instance.organisation.logoTooLarge'));
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/instance/organisation/logo', {
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
  return organisationProfileSchema.parse(await response.json());
}

function useOrganisationMutation<Variables>(work: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: work,
    onSettled: () => queryClient.invalidateQueries({ queryKey: organisationKey }),
  });
}

export const useSaveOrganisation = () =>
  useOrganisationMutation((body: SaveOrganisationBody) =>
    api('/api/instance/organisation', { method: 'PUT', body, schema: organisationProfileSchema }),
  );

export const useUploadLogo = () => useOrganisationMutation(uploadLogo);

export const useDeleteLogo = () =>
  useOrganisationMutation(() => api('/api/instance/organisation/logo', { method: 'DELETE', schema: null }));

export const useDeleteOrganisation = () =>
  useOrganisationMutation(() => api('/api/instance/organisation', { method: 'DELETE', schema: null }));
