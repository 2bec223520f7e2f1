import { Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { PublicLayout } from '../../ui/public-layout.js';
import { AnchorLink } from '../../ui/router-links.js';
import { NotificationSettingsSection } from '../notifications/notification-settings-section.js';
import { ApiTokensSection } from './api-tokens-section.js';
import { ChangePasswordSection } from './change-password-section.js';
import { DeleteAccountSection } from './delete-account-section.js';

/** The person's own account, apart from any workspace: notifications, API tokens, password and deletion. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  return (
    <PublicLayout size={640}>
      <Stack gap="lg">
        <AnchorLink to="/" size="sm">
          <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('account.backToApp')}
        </AnchorLink>
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('account.title')}
          </Title>
          {/* A long address breaks anywhere rather than widening a phone's page. */}
          <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.user.name} · {me.user.email}
          </Text>
        </Stack>
        <NotificationSettingsSection />
        <ApiTokensSection />
        <ChangePasswordSection />
        <DeleteAccountSection />
      </Stack>
    </PublicLayout>
  );
}
