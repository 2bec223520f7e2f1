import {
  Button,
  FileButton,
  Group,
  Image,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  logoUploadMimeTypes,
  type OrganisationProfile,
  organisationLimits,
  saveOrganisationBodySchema,
} from '../../../contracts/organisation.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import {
  logoUrl,
  useDeleteLogo,
  useDeleteOrganisation,
  useOrganisationProfile,
  useSaveOrganisation,
  useUploadLogo,
} from './organisation-queries.js';

/** The organisation named on every client report of this instance: name, logo, web and contact. */
export function OrganisationPanel() {
  const { t } = useTranslation();
  const profile = useOrganisationProfile();
  return (
    <Stack gap="md" component="section" aria-labelledby="organisation-title">
      <div>
        <Title order={2} size="h3" id="organisation-title">
          {t('instance.organisation.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('instance.organisation.help')}
        </Text>
      </div>
      {profile.isPending && <Skeleton h={160} radius="md" />}
      {profile.isError && <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />}
      {profile.data && (
        <>
          <LogoField profile={profile.data} />
          <DetailsForm profile={profile.data} />
        </>
      )}
    </Stack>
  );
}

function LogoField({ profile }: { profile: OrganisationProfile }) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  const remove = useDeleteLogo();
  const url = logoUrl(profile);
  return (
    <Group align="center" gap="md" wrap="wrap">
      <Paper withBorder p="xs" w={180} h={72} style={{ display: 'grid', placeItems: 'center' }}>
        {url ? (
          <Image src={url} alt={t('instance.organisation.logoAlt')} fit="contain" h={52} w={160} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('instance.organisation.noLogo')}
          </Text>
        )}
      </Paper>
      <Stack gap={6} style={{ flex: '1 1 220px' }}>
        <Group gap="sm">
          <FileButton
            accept={logoUploadMimeTypes.join(',')}
            onChange={(file) =>
              file &&
              upload.mutate(file, {
                onSuccess: () => notifySuccess(t('instance.organisation.logoSaved')),
                onError: notifyProblem,
              })
            }
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                size="xs"
                loading={upload.isPending}
                leftSection={<IconPhotoPlus size={16} aria-hidden />}
              >
                {url ? t('instance.organisation.replaceLogo') : t('instance.organisation.chooseLogo')}
              </Button>
            )}
          </FileButton>
          {url && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              loading={remove.isPending}
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => notifySuccess(t('instance.organisation.logoDeleted')),
                  onError: notifyProblem,
                })
              }
            >
              {t('instance.organisation.deleteLogo')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('instance.organisation.logoFormats', {
            megabytes: organisationLimits.logoMaxBytes / 1024 / 1024,
          })}
        </Text>
      </Stack>
    </Group>
  );
}

function DetailsForm({ profile }: { profile: OrganisationProfile }) {
  const { t } = useTranslation();
  const save = useSaveOrganisation();
  const removeAll = useDeleteOrganisation();
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    initialValues: { name: profile.name, website: profile.website, contactLine: profile.contactLine },
    validate: schemaResolver(saveOrganisationBodySchema, { sync: true }),
  });
  const { setValues, resetDirty } = form;
  // A profile removed or saved elsewhere: the fields show what is stored.
  useEffect(() => {
    const stored = { name: profile.name, website: profile.website, contactLine: profile.contactLine };
    setValues(stored);
    resetDirty(stored);
  }, [profile.name, profile.website, profile.contactLine, setValues, resetDirty]);
  const isSet = profile.name !== '' || profile.logo !== null;

  return (
    <>
      <form
        onSubmit={form.onSubmit((values) =>
          save.mutate(values, {
            onSuccess: () => notifySuccess(t('instance.organisation.saved')),
            onError: (error) => showProblemInForm(form, error, ['name', 'website', 'contactLine']),
          }),
        )}
      >
        <Stack gap="sm">
          <TextInput
            label={t('instance.organisation.name')}
            description={t('instance.organisation.nameHelp')}
            required
            maxLength={organisationLimits.nameMax}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('instance.organisation.website')}
            placeholder="https://"
            type="url"
            maxLength={organisationLimits.websiteMax}
            {...form.getInputProps('website')}
          />
          <TextInput
            label={t('instance.organisation.contactLine')}
            description={t('instance.organisation.contactLineHelp')}
            maxLength={organisationLimits.contactLineMax}
            {...form.getInputProps('contactLine')}
          />
          <Group justify="space-between" wrap="wrap">
            <Button type="submit" loading={save.isPending}>
              {t('instance.organisation.save')}
            </Button>
            {isSet && (
              <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                {t('instance.organisation.remove')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('instance.organisation.removeTitle')}
        confirmLabel={t('instance.organisation.remove')}
        isPending={removeAll.isPending}
        onConfirm={() =>
          removeAll.mutate(undefined, {
            onSuccess: () => notifySuccess(t('instance.organisation.removed')),
            onError: notifyProblem,
            onSettled: () => setConfirming(false),
          })
        }
      >
        {t('instance.organisation.removeBody')}
      </ConfirmModal>
    </>
  );
}
