import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { authClient } from '../../app/auth-client.js';
import { deferred } from '../../app/deferred-schema.js';
import { notifySuccess } from '../../ui/notify.js';
import { type AuthFailure, describeAuthError } from '../auth/auth-errors.js';
import { FailureAlert } from '../auth/failure-alert.js';
import { newPasswordSchema } from '../auth/new-password-schema.js';

const changeSchema = deferred(() => newPasswordSchema.extend({ currentPassword: z.string().min(1) }));

/** A new password; every other device is signed out (the server insists), this one stays. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', password: '' },
    validate: schemaResolver(changeSchema, { sync: true }),
  });

  const submit = form.onSubmit(async ({ currentPassword, password }) => {
    setSubmitting(true);
    setFailure(null);
    const { error } = await authClient.changePassword({
      currentPassword,
      newPassword: password,
      revokeOtherSessions: true,
    });
    setSubmitting(false);
    if (error) {
      const described = describeAuthError(error);
      if (error.code === 'INVALID_PASSWORD')
        form.setFieldError('currentPassword', t('account.currentPasswordWrong'));
      else if (described.field === 'password') form.setFieldError('password', described.message);
      else setFailure(described);
      return;
    }
    form.reset();
    notifySuccess(t('account.passwordChanged'));
  });

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="change-password-title"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Stack gap={4}>
            <Title order={2} size="h4" id="change-password-title">
              {t('account.changePasswordTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('account.changePasswordIntro')}
            </Text>
          </Stack>
          <FailureAlert failure={failure} />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('account.currentPassword')}
            autoComplete="current-password"
            withAsterisk
            maw={360}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('account.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            maxLength={128}
            maw={360}
            {...form.getInputProps('password')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('account.changePasswordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
