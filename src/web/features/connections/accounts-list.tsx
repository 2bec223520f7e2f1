import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected, IconTrash, IconWebhook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectedAccount } from '../../../contracts/connections.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { HealthBadge } from './health-badge.js';

function AccountIcon({ network }: { network: ConnectedAccount['network'] }) {
  if (network === 'webhook') return <IconWebhook size={22} stroke={1.6} aria-hidden />;
  return <NetworkIcon network={network} size={22} />;
}

function useDateTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => format.format(new Date(iso));
}

/** One card per account: who it is, how it is doing, what it allows; test and disconnect. */
export function AccountsList({
  accounts,
  canManage,
  testingId,
  onTest,
  onDisconnect,
}: {
  accounts: readonly ConnectedAccount[];
  canManage: boolean;
  testingId: string | null;
  onTest: (account: ConnectedAccount) => void;
  onDisconnect: (account: ConnectedAccount) => void;
}) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useDateTime();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Stack
      gap="sm"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('connections.title')}
    >
      {accounts.map((account) => (
        <Card key={account.id} withBorder component="li" data-testid="connected-account">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
              <AccountIcon network={account.network} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {account.accountName}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`connections.networks.${account.network}`)} ·{' '}
                  {t('connections.limitsLine', {
                    max: number.format(account.limits.maxCharacters),
                    images: account.limits.maxImages,
                  })}
                </Text>
                <Group gap="xs">
                  <HealthBadge status={account.health.status} />
                  <Text size="xs" c="dimmed">
                    {account.health.checkedAt
                      ? t('connections.checkedAt', { at: formatDateTime(account.health.checkedAt) })
                      : t('connections.neverChecked')}
                  </Text>
                </Group>
                {account.health.message && account.health.status !== 'healthy' && (
                  <Text size="sm" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                    {account.health.message}
                  </Text>
                )}
              </Stack>
            </Group>
            {canManage && (
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlugConnected size={16} aria-hidden />}
                  loading={testingId === account.id}
                  onClick={() => onTest(account)}
                  aria-label={t('connections.testAccount', { name: account.accountName })}
                >
                  {t('connections.test')}
                </Button>
                <Button
                  variant="subtle"
                  color="red.9"
                  size="xs"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => onDisconnect(account)}
                  aria-label={t('connections.disconnectAccount', { name: account.accountName })}
                >
                  {t('connections.disconnect')}
                </Button>
              </Group>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
