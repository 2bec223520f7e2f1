import { Button, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconSparkles } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { personNameSchema } from '../../../contracts/me.js';
import { api } from '../../app/api.js';
import { authClient } from '../../app/auth-client.js';
import { deferred } from '../../app/deferred-schema.js';
import { currentLanguage } from '../../app/i18n/index.js';
import { AnchorLink } from '../../ui/router-links.js';
import { browserTimeZone } from '../../ui/time-zones.js';
import { useFocusBeforeFirstPaint } from '../../ui/use-before-first-paint.js';
import { rememberReturningVisitor } from './account-queries.js';
import { AuthCard } from './auth-card.js';
import { type AuthFailure, describeAuthError } from './auth-errors.js';
import { FailureAlert } from './failure-alert.js';
import { newPasswordSchema } from './new-password-schema.js';
import { useAfterSignIn } from './use-after-sign-in.js';

const route = getRouteApi('/sign-up');

const demoCreatedSchema = deferred(() => z.object({ workspaceId: z.uuid() }));

const signUpSchema = deferred(() =>
  newPasswordSchema.extend({
    name: personNameSchema,
    email: z.email().trim().max(254),
  }),
);

/**
 * Creates the account, then signs in: the server answers a sign-up the same way whether the
 * address is new or already registered (and mails its owner), so only the sign-in can tell, and
 * it then says what to do without saying which it was.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  const nameField = useFocusBeforeFirstPaint<HTMLInputElement>();
  const search = route.useSearch();
  const afterSignIn = useAfterSignIn();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [pending, setPending] = useState<'account' | 'demo' | null>(null);
  const form = useForm({
    initialValues: { name: '', email: search.email ?? '', password: '' },
    validate: schemaResolver(signUpSchema, { sync: true }),
  });

  const createAccount = (withDemo: boolean) =>
    form.onSubmit(async (values) => {
      setPending(withDemo ? 'demo' : 'account');
      setFailure(null);
      const email = values.email.trim();
      const signedUp = await authClient.signUp.email({
        name: values.name.trim(),
        email,
        password: values.password,
      });
      const signedIn = signedUp.error
        ? signedUp
        : await authClient.signIn.email({ email, password: values.password });
      if (signedIn.error) {
        setPending(null);
        const described =
          !signedUp.error && signedIn.error.status === 401
            ? { title: t('auth.failedTitle'), message: t('account.signUpAddressTaken') }
            : describeAuthError(signedIn.error);
        if (described.field) form.setFieldError(described.field, described.message);
        else setFailure(described);
        return;
      }
      rememberReturningVisitor();
      if (!withDemo) return afterSignIn(search.redirect);
      queryClient.clear();
      const demo = await api('/api/demo-workspace', {
        method: 'POST',
        body: { locale: currentLanguage(), timeZone: browserTimeZone() },
        schema: demoCreatedSchema,
      }).catch(() => null);
      if (demo) await navigate({ to: '/w/$workspaceId', params: { workspaceId: demo.workspaceId } });
      else await afterSignIn(undefined);
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
      <form onSubmit={createAccount(false)} noValidate>
        <Stack>
          <FailureAlert failure={failure} />
          {failure?.message === t('account.signUpAddressTaken') && (
            <AnchorLink to="/forgot-password" search={{ email: form.values.email.trim() }} size="sm">
              {t('account.forgotLink')}
            </AnchorLink>
          )}
          <TextInput
            label={t('auth.name')}
            placeholder={t('auth.namePlaceholder')}
            autoComplete="name"
            withAsterisk
            ref={nameField}
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
          <Button
            type="submit"
            loading={pending === 'account'}
            disabled={pending === 'demo'}
            fullWidth
            mt="xs"
          >
            {t('auth.submitSignUp')}
          </Button>
          <Divider label={t('common.or')} labelPosition="center" />
          <Stack gap={4}>
            <Button
              variant="light"
              leftSection={<IconSparkles size={16} aria-hidden />}
              loading={pending === 'demo'}
              disabled={pending === 'account'}
              fullWidth
              onClick={() => createAccount(true)()}
            >
              {t('account.signUpWithDemo')}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('account.signUpWithDemoHint')}
            </Text>
          </Stack>
        </Stack>
      </form>
    </AuthCard>
  );
}
