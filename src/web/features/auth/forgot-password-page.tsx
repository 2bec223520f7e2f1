import { Alert, Button, Code, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { authClient } from '../../app/auth-client.js';
import { deferred } from '../../app/deferred-schema.js';
import { PageLoader } from '../../ui/page-loader.js';
import { AnchorLink } from '../../ui/router-links.js';
import { useFocusBeforeFirstPaint } from '../../ui/use-before-first-paint.js';
import { passwordResetOptionsQuery } from './account-queries.js';
import { AuthCard } from './auth-card.js';
import { type AuthFailure, describeAuthError } from './auth-errors.js';
import { FailureAlert } from './failure-alert.js';

const route = getRouteApi('/forgot-password');

const forgotSchema = deferred(() => z.object({ email: z.email().trim() }));

/** Asks for a reset link by mail; on a server without mail, says who can reset it and how. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const emailField = useFocusBeforeFirstPaint<HTMLInputElement>();
  const search = route.useSearch();
  const options = useQuery(passwordResetOptionsQuery);
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: search.email ?? '' },
    validate: schemaResolver(forgotSchema, { sync: true }),
  });

  const submit = form.onSubmit(async ({ email }) => {
    setSubmitting(true);
    setFailure(null);
    const { error } = await authClient.requestPasswordReset({
      email: email.trim(),
      redirectTo: `${window.location.origin}/reset-password`,
    });
    setSubmitting(false);
    if (error) setFailure(describeAuthError(error));
    else setSentTo(email.trim());
  });

  const footer = (
    <AnchorLink to="/sign-in" search={search} fw={600}>
      {t('account.backToSignIn')}
    </AnchorLink>
  );

  if (options.isPending) return <PageLoader />;
  if (options.data && !options.data.byMail)
    return (
      <AuthCard title={t('account.forgotTitle')} subtitle={t('account.forgotNoMailSubtitle')} footer={footer}>
        <Stack gap="sm">
          <Text>{t('account.forgotNoMail')}</Text>
          <Code block>npm run reset-password -- {search.email || t('auth.emailPlaceholder')}</Code>
          <Text size="sm" c="dimmed">
            {t('account.forgotNoMailHint')}
          </Text>
        </Stack>
      </AuthCard>
    );

  return (
    <AuthCard title={t('account.forgotTitle')} subtitle={t('account.forgotSubtitle')} footer={footer}>
      {sentTo ? (
        <Alert icon={<IconMailCheck aria-hidden />} title={t('account.forgotSentTitle')} role="status">
          {t('account.forgotSent', { email: sentTo })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FailureAlert failure={failure} />
            <TextInput
              label={t('auth.email')}
              placeholder={t('auth.emailPlaceholder')}
              type="email"
              autoComplete="email"
              withAsterisk
              ref={emailField}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={isSubmitting} fullWidth mt="xs">
              {t('account.forgotSubmit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
