import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { RoleBadge } from '../../ui/role-badge.js';
import { invitationsQueryOptions, useRevokeInvitation } from './members-queries.js';

/** Invitations not yet accepted, each revocable. */
export function OpenInvitations({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const { data: invitations, isPending, isError, refetch } = useQuery(invitationsQueryOptions(workspaceId));
  const revoke = useRevokeInvitation(workspaceId);
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <Card p="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('invite.openTitle')}
        </Title>
        {invitations && invitations.length > 0 && <Badge variant="light">{invitations.length}</Badge>}
      </Group>
      {isPending && <Skeleton h={48} />}
      {isError && (
        <Button variant="default" size="xs" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      )}
      {invitations?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('invite.openEmpty')}
        </Text>
      )}
      <Stack gap="xs">
        {invitations?.map((invitation) => (
          <Group
            key={invitation.id}
            justify="space-between"
            wrap="nowrap"
            gap="sm"
            py={6}
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Stack gap={2} miw={0}>
              <Text size="sm" fw={500} truncate="end">
                {invitation.email}
              </Text>
              <Group gap="xs">
                <RoleBadge role={invitation.role} />
                <Text size="xs" c="dimmed">
                  {t('invite.expires', { date: dateFormat.format(new Date(invitation.expiresAt)) })}
                </Text>
              </Group>
            </Stack>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              style={{ flexShrink: 0 }}
              leftSection={<IconX size={14} aria-hidden />}
              aria-label={t('invite.revokeLabel', { email: invitation.email })}
              loading={revoke.isPending && revoke.variables === invitation.id}
              onClick={() =>
                revoke.mutate(invitation.id, {
                  onSuccess: () => notifySuccess(t('invite.revoked')),
                  onError: notifyProblem,
                })
              }
            >
              {t('invite.revoke')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
