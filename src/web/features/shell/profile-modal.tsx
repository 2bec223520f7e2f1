import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { personNameSchema } from '../../../contracts/me.js';
import { deferred } from '../../app/deferred-schema.js';
import { currentLanguage, i18n } from '../../app/i18n/index.js';
import { useUpdateMe } from '../../app/me-queries.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { AppModal } from '../../ui/app-modal.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { centsToAmountInput, parseAmountToCents } from '../../ui/money.js';
import { notifySuccess } from '../../ui/notify.js';

const profileSchema = deferred(() =>
  z.object({
    name: personNameSchema,
    hourlyRate: z.string().refine((value) => parseAmountToCents(value) !== undefined, {
      error: () => i18n.t('onboarding.rateInvalid'),
    }),
  }),
);

export function ProfileModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const updateMe = useUpdateMe();
  const savedRate = centsToAmountInput(me.profile.defaultHourlyRateCents, currentLanguage());
  const form = useForm({
    initialValues: { name: me.user.name, hourlyRate: savedRate },
    validate: schemaResolver(profileSchema, { sync: true }),
  });
  const { setValues } = form;

  useEffect(() => {
    if (opened) setValues({ name: me.user.name, hourlyRate: savedRate });
  }, [opened, me.user.name, savedRate, setValues]);

  const submit = form.onSubmit((values) =>
    updateMe.mutate(
      { name: values.name.trim(), defaultHourlyRateCents: parseAmountToCents(values.hourlyRate) ?? null },
      {
        onSuccess: () => {
          notifySuccess(t('shell.profileSaved'));
          onClose();
        },
        onError: (error) => showProblemInForm(form, error, ['name']),
      },
    ),
  );

  return (
    <AppModal opened={opened} onClose={onClose} title={t('shell.profileTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('shell.profileName')}
            withAsterisk
            maxLength={80}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('shell.profileRate')}
            description={t('shell.profileRateHint')}
            placeholder={t('onboarding.ratePlaceholder')}
            inputMode="decimal"
            maw={280}
            {...form.getInputProps('hourlyRate')}
          />
          <TextInput label={t('auth.email')} value={me.user.email} readOnly variant="filled" />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={updateMe.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
