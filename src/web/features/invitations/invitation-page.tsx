import { Alert, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClockX, IconLinkOff, IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { invitationPreviewSchema } from '../../../contracts/workspaces.js';
import { api, isProblem } from '../../app/api.js';
import { meQueryKey, useMe } from '../../app/me-queries.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { PageLoader } from '../../ui/page-loader.js';
import { PublicLayout } from '../../ui/public-layout.js';
import { ButtonLink } from '../../ui/router-links.js';
import { SignOutButton } from '../shell/sign-out-button.js';

function signInHref(search: { email: string; redirect: string }): string {
  return `/sign-in?${new URLSearchParams(search).toString()}`;
}

const route = getRouteApi('/invite/$token');

function Unavailable({ isExpired }: { isExpired: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="sm" p="xl">
      <Stack align="center" ta="center" gap="sm">
        <ThemeIcon size={56} radius="xl" variant="light" color={isExpired ? 'orange' : 'gray'} aria-hidden>
          {isExpired ? <IconClockX size={30} /> : <IconLinkOff size={30} />}
        </ThemeIcon>
        <Title order={1} size="h3">
          {isExpired ? t('invitation.expiredTitle') : t('invitation.invalidTitle')}
        </Title>
        <Text c="dimmed">{isExpired ? t('invitation.expiredBody') : t('invitation.invalidBody')}</Text>
        <ButtonLink to="/" variant="default" mt="sm">
          {t('invitation.goHome')}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

/** /invite/:token — who invites you where; sign in or up with the invited address, then accept. */
export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me, isPending: isMePending } = useMe();
  const preview = useQuery({
    queryKey: ['invitations', token],
    queryFn: ({ signal }) =>
      api(`/api/invitations/${encodeURIComponent(token)}`, { schema: invitationPreviewSchema, signal }),
  });
  const accept = useMutation({
    mutationFn: () =>
      api(`/api/invitations/${encodeURIComponent(token)}/accept`, {
        method: 'POST',
        schema: z.object({ workspaceId: z.uuid() }),
      }),
    onSuccess: async ({ workspaceId }) => {
      notifySuccess(t('invitation.accepted', { workspace: preview.data?.workspaceName ?? '' }));
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['workspaces'] });
      await navigate({ to: '/w/$workspaceId', params: { workspaceId } });
    },
    onError: notifyProblem,
  });

  let content: ReactNode;
  if (preview.isPending || isMePending) {
    content = <PageLoader />;
  } else if (preview.isError) {
    const error = preview.error;
    if (isProblem(error) && (error.status === 400 || error.status === 404 || error.status === 410)) {
      content = <Unavailable isExpired={error.status === 410 || error.code === 'invitation_expired'} />;
    } else {
      content = <ErrorState error={error} onRetry={() => void preview.refetch()} />;
    }
  } else {
    const invitation = preview.data;
    const expires = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
      new Date(invitation.expiresAt),
    );
    const authSearch = { email: invitation.email, redirect: `/invite/${token}` };
    const isOtherAddress = me && me.user.email.toLowerCase() !== invitation.email.toLowerCase();
    content = (
      <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
              <IconMailOpened size={24} />
            </ThemeIcon>
            <Title order={1} size="h3">
              {t('invitation.title')}
            </Title>
          </Group>
          <Text size="lg">
            {t('invitation.body', {
              inviter: invitation.inviterName,
              workspace: invitation.workspaceName,
              role: t(`roles.${invitation.role}.label`).toLowerCase(),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`roles.${invitation.role}.description`)}
          </Text>
          <Stack gap={2}>
            <Text size="sm">{t('invitation.sentTo', { email: invitation.email })}</Text>
            <Text size="sm" c="dimmed">
              {t('invitation.expires', { date: expires })}
            </Text>
          </Stack>
          {me ? (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('invitation.signedInAs', { email: me.user.email })}
              </Text>
              {isOtherAddress && (
                <Alert color="red" variant="light" role="alert">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{t('invitation.otherAddress', { email: invitation.email })}</Text>
                    <SignOutButton variant="light" color="red" size="xs" target={signInHref(authSearch)} />
                  </Stack>
                </Alert>
              )}
              <Button size="md" onClick={() => accept.mutate()} loading={accept.isPending}>
                {t('invitation.accept')}
              </Button>
            </Stack>
          ) : (
            <Stack gap="sm">
              <Text size="sm">{t('invitation.signedOutHint')}</Text>
              <Stack gap="xs">
                <ButtonLink to="/sign-up" search={authSearch} size="md" fullWidth>
                  {t('invitation.signUp')}
                </ButtonLink>
                <ButtonLink to="/sign-in" search={authSearch} size="md" variant="default" fullWidth>
                  {t('invitation.signIn')}
                </ButtonLink>
              </Stack>
            </Stack>
          )}
        </Stack>
      </Paper>
    );
  }

  return <PublicLayout size={520}>{content}</PublicLayout>;
}
