import { Alert, Stack, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionWarning } from '../../../contracts/connections.js';
import { AnchorLink } from '../../ui/router-links.js';

/**
 * Before the next post scheduled to an account that no longer works, not after it fails: shown
 * on the connections page and in the post editor (filtered to the post's networks).
 */
export function ConnectionWarnings({
  warnings,
  workspaceId,
  timeZone,
  linkToConnections = false,
}: {
  warnings: readonly ConnectionWarning[];
  workspaceId: string;
  timeZone: string;
  linkToConnections?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return (
    <Alert
      color="red"
      variant="light"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      icon={<IconPlugConnectedX aria-hidden />}
      title={t('connections.warningTitle')}
      role="alert"
      data-testid="connection-warnings"
    >
      <Stack gap={4}>
        {warnings.map((warning) => (
          <Text size="sm" key={warning.accountId}>
            {t('connections.warning', {
              count: warning.scheduledVersions,
              name: warning.accountName,
              network: t(`connections.networks.${warning.network}`),
              status: t(`connections.health.${warning.status}`),
              at: format.format(new Date(warning.nextScheduledAt)),
            })}
          </Text>
        ))}
        {linkToConnections && (
          <AnchorLink to="/w/$workspaceId/connections" params={{ workspaceId }} size="sm">
            {t('connections.manage')}
          </AnchorLink>
        )}
      </Stack>
    </Alert>
  );
}
