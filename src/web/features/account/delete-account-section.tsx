import { Alert, Button, List, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDeletionPlan } from '../../../contracts/account.js';
import { authClient } from '../../app/auth-client.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { AnchorLink } from '../../ui/router-links.js';
import { accountDeletionPlanQuery } from '../auth/account-queries.js';
import { type AuthFailure, describeAuthError } from '../auth/auth-errors.js';
import { FailureAlert } from '../auth/failure-alert.js';

function WorkspaceList({
  workspaces,
  linkTo,
}: {
  workspaces: AccountDeletionPlan['deletedWorkspaces'];
  linkTo?: 'members';
}) {
  return (
    <List size="sm" spacing={2}>
      {workspaces.map((workspace) => (
        <List.Item key={workspace.id}>
          {linkTo ? (
            <AnchorLink
              to="/w/$workspaceId/members"
              params={{ workspaceId: workspace.id }}
              c="inherit"
              underline="always"
            >
              {workspace.name}
            </AnchorLink>
          ) : (
            workspace.name
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** What deleting the account does to each workspace, said before the button; then the password. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const plan = useQuery(accountDeletionPlanQuery);
  const [opened, modal] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [isPending, setPending] = useState(false);
  const blocked = (plan.data?.workspacesNeedingOwner.length ?? 0) > 0;

  const confirm = async () => {
    setPending(true);
    setFailure(null);
    const { error } = await authClient.deleteUser({ password });
    if (error) {
      setPending(false);
      setFailure(
        error.code === 'INVALID_PASSWORD'
          ? { title: t('account.deleteFailedTitle'), message: t('account.currentPasswordWrong') }
          : describeAuthError(error),
      );
      void plan.refetch();
      return;
    }
    // A full reload forgets everything cached for the person who no longer exists.
    window.location.assign('/sign-up?deleted=1');
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="delete-account-title">
      <Stack>
        <Stack gap={4}>
          <Title order={2} size="h4" id="delete-account-title">
            {t('account.deleteTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.deleteIntro')}
          </Text>
        </Stack>
        {plan.data && (
          <Stack gap="sm">
            {plan.data.deletedWorkspaces.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  {t('account.deleteWorkspacesGone', { count: plan.data.deletedWorkspaces.length })}
                </Text>
                <WorkspaceList workspaces={plan.data.deletedWorkspaces} />
              </div>
            )}
            {plan.data.leftWorkspaces.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  {t('account.deleteWorkspacesLeft', { count: plan.data.leftWorkspaces.length })}
                </Text>
                <WorkspaceList workspaces={plan.data.leftWorkspaces} />
              </div>
            )}
            {blocked && (
              <Alert
                color="orange"
                styles={{ title: { color: 'var(--mantine-color-text)' } }}
                icon={<IconAlertTriangle aria-hidden />}
                title={t('account.deleteBlockedTitle')}
              >
                <Stack gap={4}>
                  <Text size="sm">{t('account.deleteBlocked')}</Text>
                  <WorkspaceList workspaces={plan.data.workspacesNeedingOwner} linkTo="members" />
                </Stack>
              </Alert>
            )}
          </Stack>
        )}
        <div>
          <Button color="red" variant="light" disabled={!plan.data || blocked} onClick={modal.open}>
            {t('account.deleteButton')}
          </Button>
        </div>
      </Stack>
      <ConfirmModal
        opened={opened}
        onClose={() => {
          modal.close();
          setPassword('');
          setFailure(null);
        }}
        onConfirm={() => void confirm()}
        title={t('account.deleteConfirmTitle')}
        confirmLabel={t('account.deleteConfirm')}
        isPending={isPending}
        isConfirmDisabled={password.length === 0}
      >
        <Stack>
          <Text size="sm">{t('account.deleteConfirmBody')}</Text>
          <FailureAlert failure={failure} />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            label={t('account.currentPassword')}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
