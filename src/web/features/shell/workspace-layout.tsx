import { AppShell, Box, Burger, Container, Group, ScrollArea, useMantineTheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from '@tanstack/react-router';
import { lazy, Suspense, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { useUpdateMe } from '../../app/me-queries.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { Brand } from '../../ui/brand.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { IdeaCaptureButton } from '../content/idea-capture.js';
import { NotificationBell } from '../notifications/notification-bell.js';
import { QuickLogOutcomeButton } from '../results/quick-log-button.js';
import { HeaderTimer } from '../tracking/header-timer.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { SkipLink } from './skip-link.js';
import { UserMenu } from './user-menu.js';
import { WorkspaceNav } from './workspace-nav.js';
import { WorkspaceSwitcher } from './workspace-switcher.js';

// Fetched on first use: its form, time-zone list and selects are not needed to show a page.
const NewWorkspaceModal = lazy(() =>
  import('../workspaces/new-workspace-modal.js').then((module) => ({ default: module.NewWorkspaceModal })),
);

/**
 * The page inside the frame, drawn in a second pass when the frame first appears. The router
 * draws what it loaded in one synchronous pass (its state is an external store), which on a phone
 * was one long task of a second or more; a deferred value is drawn by React in slices that let
 * the browser paint and answer taps in between. Later navigations are not affected.
 */
function PageOutlet() {
  const isFrameShown = useDeferredValue(true, false);
  return isFrameShown ? <Outlet /> : null;
}

/** The frame of every workspace page: header, sections navbar (a drawer on phones), content. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const me = useSignedInMe();
  const [navOpened, nav] = useDisclosure(false);
  // On a phone the navbar is a drawer, off screen until the burger opens it: its links and the
  // workspace switcher are drawn the first time it opens (then kept, so it slides away), not
  // with every first page. From the `sm` breakpoint up it is always shown.
  const { breakpoints } = useMantineTheme();
  const isNavbarBeside = useMediaMatch(`(min-width: ${breakpoints.sm})`);
  // What the header hides on a small screen is not drawn there at all (a hidden menu, tooltip or
  // FR | EN control still costs its render, its portal and, for FR | EN, a layout measurement).
  const hasRoomForLanguage = useMediaMatch(`(min-width: ${breakpoints.xs})`);
  const navWanted = useOpenedOnce(navOpened) || isNavbarBeside;
  const [createOpened, create] = useDisclosure(false);
  const createWanted = useOpenedOnce(createOpened);
  const { mutate: updateMe } = useUpdateMe();
  const canWrite = canAccessWorkspace(workspace.role, 'write');

  // Moving to another section puts keyboard and screen-reader focus on its title, as a page load would.
  const pathname = useLocation({ select: (location) => location.pathname });
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
  }, [pathname]);

  // Opening a workspace makes it the one "/" returns to next time (written once the page is drawn).
  const isDrawn = useAfterFirstDraw();
  useEffect(() => {
    if (isDrawn && me.profile.lastWorkspaceId !== workspace.id) updateMe({ lastWorkspaceId: workspace.id });
  }, [isDrawn, me.profile.lastWorkspaceId, workspace.id, updateMe]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('shell.closeNavigation') : t('shell.openNavigation')}
            />
            <Link to="/" style={{ textDecoration: 'none' }} aria-label={t('common.appName')}>
              <Brand size="md" compactBelow="xs" />
            </Link>
            {isNavbarBeside && (
              <Group ml="md" miw={0}>
                <WorkspaceSwitcher current={workspace} onCreate={create.open} />
              </Group>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <IdeaCaptureButton workspaceId={workspace.id} canWrite={canWrite} />
            {/* A phone's header has room for the capture, the timer and the bell; outcomes are
                logged there from the Results page (and the R key on a keyboard). */}
            <Group visibleFrom="sm">
              <QuickLogOutcomeButton workspace={workspace} canWrite={canWrite} />
            </Group>
            <HeaderTimer workspaceId={workspace.id} />
            <NotificationBell />
            {/* Below 576 px a running timer leaves no room for FR | EN: it moves to the drawer,
                and the bulb no longer covers the brand. */}
            {hasRoomForLanguage && (
              <Box>
                <LanguageSwitcher />
              </Box>
            )}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        {navWanted && (
          <>
            {!isNavbarBeside && (
              <AppShell.Section mb="sm">
                <WorkspaceSwitcher
                  current={workspace}
                  onCreate={create.open}
                  onSwitch={nav.close}
                  fullWidth
                />
                {!hasRoomForLanguage && (
                  <Box mt="sm">
                    <LanguageSwitcher />
                  </Box>
                )}
              </AppShell.Section>
            )}
            <AppShell.Section grow component={ScrollArea}>
              <WorkspaceNav workspaceId={workspace.id} onNavigate={nav.close} />
            </AppShell.Section>
          </>
        )}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg" px={0}>
          <PageOutlet />
        </Container>
      </AppShell.Main>
      {createWanted && (
        <Suspense fallback={null}>
          <NewWorkspaceModal opened={createOpened} onClose={create.close} />
        </Suspense>
      )}
    </AppShell>
  );
}
