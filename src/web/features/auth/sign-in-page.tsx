import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { authClient } from '../../app/auth-client.js';
import { deferred } from '../../app/deferred-schema.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useFocusBeforeFirstPaint } from '../../ui/use-before-first-paint.js';
import { rememberReturningVisitor } from './account-queries.js';
import { AuthCard } from './auth-card.js';
import { type AuthFailure, describeAuthError } from './auth-errors.js';
import { useAfterSignIn } from './use-after-sign-in.js';

const route = getRouteApi('/sign-in');

const signInSchema = deferred(() => z.object({ email: z.email().trim(), password: z.string().min(1) }));

export function SignInPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const emailField = useFocusBeforeFirstPaint<HTMLInputElement>(!search.email);
  const passwordField = useFocusBeforeFirstPaint<HTMLInputElement>(Boolean(search.email));
  const afterSignIn = useAfterSignIn();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: search.email ?? '', password: '' },
    validate: schemaResolver(signInSchema, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFailure(null);
    const { error } = await authClient.signIn.email({
      email: values.email.trim(),
      password: values.password,
    });
    if (error) {
      setSubmitting(false);
      setFailure(describeAuthError(error));
      return;
    }
    rememberReturningVisitor();
    await afterSignIn(search.redirect);
  });

  return (
    <AuthCard
      title={t('auth.signInTitle')}
      subtitle={t('auth.signInSubtitle')}
      footer={
        <>
          {t('auth.noAccount')}{' '}
          <AnchorLink to="/sign-up" search={search} fw={600}>
            {t('auth.createAccount')}
          </AnchorLink>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={failure.title}
              role="alert"
            >
              {failure.message}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            placeholder={t('auth.emailPlaceholder')}
            type="email"
            autoComplete="email"
            withAsterisk
            data-autofocus
            ref={emailField}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('auth.password')}
            autoComplete="current-password"
            withAsterisk
            ref={passwordField}
            {...form.getInputProps('password')}
          />
          <AnchorLink
            to="/forgot-password"
            search={form.values.email.trim() ? { email: form.values.email.trim() } : {}}
            size="sm"
            ta="right"
          >
            {t('account.forgotLink')}
          </AnchorLink>
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth.submitSignIn')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
