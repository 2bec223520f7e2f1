import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconEye, IconPlugConnected } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectedAccount } from '../../../contracts/connections.js';
import { canManageConnections } from '../../../core/access/index.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { AccountsList } from './accounts-list.js';
import { ConnectForms } from './connect-forms.js';
import { ConnectionWarnings } from './connection-warnings.js';
import { connectionsQueryOptions, useDisconnect, useTestConnection } from './connections-queries.js';

const knownReasons = ['expired', 'denied', 'forbidden'] as const;

/** How the Mastodon round trip ended, from the callback's redirect (`?connection=…`). */
function CallbackOutcome() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/authed/w/$workspaceId/connections' });
  const navigate = useNavigate();
  if (!search.connection) return null;
  const close = () => void navigate({ to: '.', search: {}, replace: true });
  if (search.connection === 'connected')
    return (
      <Alert
        color="teal.9"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        withCloseButton
        onClose={close}
        role="status"
      >
        {t('connections.connected', { name: search.account ?? '' })}
      </Alert>
    );
  const reason = knownReasons.find((known) => known === search.reason);
  return (
    <Alert
      color="red"
      variant="light"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={t('connections.callbackFailedTitle')}
      withCloseButton
      onClose={close}
      role="alert"
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {reason ? t(`connections.callbackReasons.${reason}`) : search.reason}
      </Text>
    </Alert>
  );
}

export function ConnectionsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canManage = canManageConnections(workspace.role);
  const view = useQuery(connectionsQueryOptions(workspace.id));
  const test = useTestConnection(workspace.id);
  const disconnect = useDisconnect(workspace.id);
  const [disconnecting, setDisconnecting] = useState<ConnectedAccount | null>(null);

  const runTest = (account: ConnectedAccount) =>
    test.mutate(account.id, {
      onSuccess: () => notifySuccess(t('connections.tested', { name: account.accountName })),
      onError: notifyProblem,
    });
  function confirmDisconnect() {
    if (!disconnecting) return;
    const name = disconnecting.accountName;
    disconnect.mutate(disconnecting.id, {
      onSuccess: () => notifySuccess(t('connections.disconnected', { name })),
      onError: notifyProblem,
      onSettled: () => setDisconnecting(null),
    });
  }

  return (
    <Stack gap="lg">
      <ListedPageHeader page="connections" />
      <CallbackOutcome />
      {!canManage && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('connections.readOnly')}
        </Alert>
      )}
      {view.isPending && <Skeleton h={120} radius="md" />}
      {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && (
        <>
          <ConnectionWarnings
            warnings={view.data.warnings}
            workspaceId={workspace.id}
            timeZone={workspace.timeZone}
          />
          {view.data.accounts.length === 0 ? (
            <Alert
              variant="light"
              color="gray"
              icon={<IconPlugConnected aria-hidden />}
              data-testid="connections-empty"
            >
              {t('connections.empty')}
            </Alert>
          ) : (
            <AccountsList
              accounts={view.data.accounts}
              canManage={canManage}
              testingId={test.isPending ? (test.variables ?? null) : null}
              onTest={runTest}
              onDisconnect={setDisconnecting}
            />
          )}
        </>
      )}
      {canManage && <ConnectForms workspaceId={workspace.id} />}
      <ConfirmModal
        opened={disconnecting !== null}
        onClose={() => setDisconnecting(null)}
        onConfirm={confirmDisconnect}
        title={t('connections.disconnectTitle', { name: disconnecting?.accountName ?? '' })}
        confirmLabel={t('connections.disconnect')}
        isPending={disconnect.isPending}
      >
        <Text size="sm">{t('connections.disconnectBody')}</Text>
      </ConfirmModal>
    </Stack>
  );
}
