import { Button, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authClient } from '../../app/auth-client.js';
import { notifySuccess } from '../../ui/notify.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useFocusBeforeFirstPaint } from '../../ui/use-before-first-paint.js';
import { AuthCard } from './auth-card.js';
import { type AuthFailure, describeAuthError } from './auth-errors.js';
import { FailureAlert } from './failure-alert.js';
import { newPasswordSchema } from './new-password-schema.js';

const route = getRouteApi('/reset-password');

/** Where the mailed (or administrator's) link lands: choose a new password, then sign in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const passwordField = useFocusBeforeFirstPaint<HTMLInputElement>();
  const navigate = useNavigate();
  const { token, error: linkError } = route.useSearch();
  const [failure, setFailure] = useState<AuthFailure | null>(
    !token || linkError ? describeAuthError({ status: 400, code: 'INVALID_TOKEN' }) : null,
  );
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: schemaResolver(newPasswordSchema, { sync: true }),
  });

  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    setSubmitting(true);
    setFailure(null);
    const { error } = await authClient.resetPassword({ newPassword: password, token });
    setSubmitting(false);
    if (error) {
      const described = describeAuthError(error);
      if (described.field === 'password') form.setFieldError('password', described.message);
      else setFailure(described);
      return;
    }
    notifySuccess(t('account.resetDone'));
    await navigate({ to: '/sign-in' });
  });

  return (
    <AuthCard
      title={t('account.resetTitle')}
      subtitle={t('account.resetSubtitle')}
      footer={
        <AnchorLink to="/forgot-password" fw={600}>
          {t('account.askNewLink')}
        </AnchorLink>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FailureAlert failure={failure} />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('account.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            ref={passwordField}
            disabled={!token}
            maxLength={128}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={isSubmitting} disabled={!token} fullWidth mt="xs">
            {t('account.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
