import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { personNameSchema } from '../../../contracts/me.js';
import { authClient } from '../../app/auth-client.js';
import { i18n } from '../../app/i18n/index.js';
import { AnchorLink } from '../../ui/router-links.js';
import { AuthCard } from './auth-card.js';
import { type AuthFailure, describeAuthError } from './auth-errors.js';
import { useAfterSignIn } from './use-after-sign-in.js';

const route = getRouteApi('/sign-up');

const signUpSchema = z.object({
  name: personNameSchema,
  email: z.email().trim().max(254),
  password: z
    .string()
    .min(8, { error: () => i18n.t('auth.passwordTooShort') })
    .max(128),
});

export function SignUpPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const afterSignIn = useAfterSignIn();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { name: '', email: search.email ?? '', password: '' },
    validate: schemaResolver(signUpSchema, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFailure(null);
    const { error } = await authClient.signUp.email({
      name: values.name.trim(),
      email: values.email.trim(),
      password: values.password,
    });
    if (error) {
      setSubmitting(false);
      const described = describeAuthError(error);
      if (described.field) form.setFieldError(described.field, described.message);
      else setFailure(described);
      return;
    }
    await afterSignIn(search.redirect);
  });

  return (
    <AuthCard
      title={t('auth.signUpTitle')}
      subtitle={t('auth.signUpSubtitle')}
      footer={
        <>
          {t('auth.haveAccount')}{' '}
          <AnchorLink to="/sign-in" search={search} fw={600}>
            {t('auth.signInLink')}
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
            label={t('auth.name')}
            placeholder={t('auth.namePlaceholder')}
            autoComplete="name"
            withAsterisk
            autoFocus
            maxLength={80}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('auth.email')}
            placeholder={t('auth.emailPlaceholder')}
            type="email"
            autoComplete="email"
            withAsterisk
            {...form.getInputProps('email')}
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            withAsterisk
            minLength={8}
            maxLength={128}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={isSubmitting} fullWidth mt="xs">
            {t('auth.submitSignUp')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
