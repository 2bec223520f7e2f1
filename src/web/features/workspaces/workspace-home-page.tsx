import { Alert, Badge, Card, EmptyState, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconClockHour4,
  IconCoin,
  IconFlask,
  IconLanguage,
  IconRocket,
  IconSettings,
  IconShieldCheck,
  IconUsersPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleBadge } from '../../ui/role-badge.js';
import { ButtonLink } from '../../ui/router-links.js';
import { DemoWorkspaceButton } from './demo-workspace-button.js';
import { PageHeader } from './page-header.js';
import { useCurrentWorkspace } from './use-current-workspace.js';

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Card p="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={36} radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {label}
          </Text>
          <div>{children}</div>
        </Stack>
      </Group>
    </Card>
  );
}

/** The overview: what this workspace is, and what to do next. */
export function WorkspaceHomePage() {
  const { t, i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const currencyName = new Intl.DisplayNames([i18n.language], { type: 'currency' }).of(workspace.currency);

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {t('home.welcome', { name: workspace.name })}
            {workspace.isDemo && (
              <Badge
                color="grape"
                variant="light"
                size="lg"
                leftSection={<IconFlask size={14} aria-hidden />}
              >
                {t('shell.demoBadge')}
              </Badge>
            )}
          </Group>
        }
        subtitle={t('home.intro')}
      />
      {workspace.isDemo && (
        <Alert color="grape" variant="light" mb="lg" icon={<IconFlask aria-hidden />}>
          {t('home.demoNotice')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" mb="xl">
        <Fact icon={<IconShieldCheck size={20} />} label={t('home.yourRole')}>
          <RoleBadge role={workspace.role} />
          <Text size="xs" c="dimmed" mt={4}>
            {t(`roles.${workspace.role}.description`)}
          </Text>
        </Fact>
        <Fact icon={<IconClockHour4 size={20} />} label={t('home.timeZone')}>
          <Text fw={600}>{workspace.timeZone.replaceAll('_', ' ')}</Text>
        </Fact>
        <Fact icon={<IconCoin size={20} />} label={t('home.currency')}>
          <Text fw={600}>
            {workspace.currency}
            {currencyName && currencyName !== workspace.currency ? ` · ${currencyName}` : ''}
          </Text>
        </Fact>
        <Fact icon={<IconLanguage size={20} />} label={t('home.locale')}>
          <Text fw={600}>{t(`language.${workspace.locale}`)}</Text>
        </Fact>
      </SimpleGrid>
      <Card p={{ base: 'lg', sm: 'xl' }}>
        <EmptyState variant="light">
          <EmptyState.Indicator>
            <IconRocket size={30} aria-hidden />
          </EmptyState.Indicator>
          <EmptyState.Title order={2}>{t('home.emptyTitle')}</EmptyState.Title>
          <EmptyState.Description>{t('home.emptyBody')}</EmptyState.Description>
          <EmptyState.Actions>
            <Group justify="center" gap="sm" mt="xs">
              {workspace.canManage && (
                <ButtonLink
                  to="/w/$workspaceId/members"
                  params={{ workspaceId: workspace.id }}
                  leftSection={<IconUsersPlus size={16} aria-hidden />}
                >
                  {t('home.inviteCta')}
                </ButtonLink>
              )}
              <ButtonLink
                to="/w/$workspaceId/settings"
                params={{ workspaceId: workspace.id }}
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
              >
                {t('home.settingsCta')}
              </ButtonLink>
              {!workspace.isDemo && <DemoWorkspaceButton label={t('home.demoCta')} />}
            </Group>
          </EmptyState.Actions>
        </EmptyState>
      </Card>
    </>
  );
}
