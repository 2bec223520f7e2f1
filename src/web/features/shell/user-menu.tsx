import { Avatar, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLock, IconLogout, IconServerCog, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { usePopoverOnDemand } from '../../ui/use-popover-on-demand.js';
import { useIsInstanceAdministrator } from '../instance/instance-queries.js';
import { signOut } from './sign-out-button.js';

// Fetched on first use, like every dialog of the header.
const ProfileModal = lazy(() =>
  import('./profile-modal.js').then((module) => ({ default: module.ProfileModal })),
);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** The account menu: who is signed in, the profile, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [profileOpened, profile] = useDisclosure(false);
  const profileWanted = useOpenedOnce(profileOpened);
  // Only a link inside the closed menu depends on it: asked once the page is drawn.
  const isInstanceAdministrator = useIsInstanceAdministrator(useAfterFirstDraw());
  const menu = usePopoverOnDemand<HTMLButtonElement>();
  const avatar = (
    <Avatar color="indigo" radius="xl" size={34} alt="">
      {initials(me.user.name)}
    </Avatar>
  );
  const buttonProps = { 'aria-label': t('shell.userMenu'), style: { borderRadius: '50%' } };
  return (
    <>
      {!menu.isMounted && (
        <UnstyledButton {...buttonProps} aria-haspopup="menu" aria-expanded={false} onClick={menu.open}>
          {avatar}
        </UnstyledButton>
      )}
      {menu.isMounted && (
        <Menu
          position="bottom-end"
          width={240}
          shadow="md"
          withinPortal
          opened={menu.opened}
          onChange={menu.setOpened}
        >
          <Menu.Target>
            <UnstyledButton {...buttonProps} ref={menu.targetRef}>
              {avatar}
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>
              <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
                {me.user.name}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {me.user.email}
              </Text>
            </Menu.Label>
            <Menu.Divider />
            <Menu.Item leftSection={<IconUserCircle size={16} aria-hidden />} onClick={profile.open}>
              {t('shell.profile')}
            </Menu.Item>
            <Menu.Item component={Link} to="/account" leftSection={<IconLock size={16} aria-hidden />}>
              {t('account.menuItem')}
            </Menu.Item>
            {isInstanceAdministrator && (
              <Menu.Item
                component={Link}
                to="/instance"
                leftSection={<IconServerCog size={16} aria-hidden />}
              >
                {t('instance.menu')}
              </Menu.Item>
            )}
            <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
              {t('auth.signOut')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      {profileWanted && (
        <Suspense fallback={null}>
          <ProfileModal opened={profileOpened} onClose={profile.close} />
        </Suspense>
      )}
    </>
  );
}
