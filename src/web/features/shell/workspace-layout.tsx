import { AppShell, Box, Burger, Container, Group, ScrollArea, useMantineTheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from '@tanstack/react-router';
import { lazy, memo, Suspense, useDeferredValue, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { Brand } from '../../ui/brand.js';
import { LanguageSwitcher as PlainLanguageSwitcher } from '../../ui/language-switcher.js';
import { useMediaMatch } from '../../ui/use-media-match.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { IdeaCaptureButton as PlainIdeaCaptureButton } from '../content/idea-capture.js';
import { NotificationBell as PlainNotificationBell } from '../notifications/notification-bell.js';
import { PendingOverviewHeader } from '../overview/overview-header.js';
import { QuickLogOutcomeButton as PlainQuickLogOutcomeButton } from '../results/quick-log-button.js';
import { HeaderTimer as PlainHeaderTimer } from '../tracking/header-timer.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { listedPageAt } from '../workspaces/page-headings.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { frameHeader, frameNavbarWidth, framePadding } from './first-view.js';
import { RememberLastWorkspace } from './remember-last-workspace.js';
import { SkipLink } from './skip-link.js';
import { UserMenu as PlainUserMenu } from './user-menu.js';
import { WorkspaceNav as PlainWorkspaceNav } from './workspace-nav.js';
import { WorkspaceSwitcher as PlainWorkspaceSwitcher } from './workspace-switcher.js';

// Fetched on first use: its form, time-zone list and selects are not needed to show a page.
const NewWorkspaceModal = lazy(() =>
  import('../workspaces/new-workspace-modal.js').then((module) => ({ default: module.NewWorkspaceModal })),
);

// The header's and the navbar's parts are drawn again only when their own props or data change:
// not when the frame is (the drawer opened, a dialog wanted). Each holds menus, popovers and
// tooltips whose every drawing costs Mantine's styles and floating-ui's hooks, and redrawn with
// the frame they made one blocking task of 100-300 ms at 4x on a phone. Their props are stable:
// ids, booleans, the memoised workspace and useDisclosure's callbacks.
const IdeaCaptureButton = memo(PlainIdeaCaptureButton);
const NotificationBell = memo(PlainNotificationBell);
const QuickLogOutcomeButton = memo(PlainQuickLogOutcomeButton);
const HeaderTimer = memo(PlainHeaderTimer);
const LanguageSwitcher = memo(PlainLanguageSwitcher);
const UserMenu = memo(PlainUserMenu);
const WorkspaceNav = memo(PlainWorkspaceNav);
const WorkspaceSwitcher = memo(PlainWorkspaceSwitcher);

/**
 * The page inside the frame, drawn in a second pass when the frame first appears. The router
 * draws what it loaded in one synchronous pass (its state is an external store), which on a phone
 * was one long task of a second or more; a deferred value is drawn by React in slices that let
 * the browser paint and answer taps in between. Later navigations are not affected.
 */
const overviewPath = /^\/w\/[^/]+\/?$/;

const PageOutlet = memo(function PageOutlet() {
  const isFrameShown = useDeferredValue(true, false);
  // Meanwhile the page's heading stays where the server's first view drew it (web-shell.ts), and
  // the overview's, which names the workspace, is drawn from the workspace already loaded.
  const pendingPage = useLocation({
    select: (location) =>
      overviewPath.test(location.pathname) ? 'overview' : listedPageAt(location.pathname),
  });
  if (isFrameShown) return <Outlet />;
  if (pendingPage === 'overview') return <PendingOverviewHeader />;
  return pendingPage ? <ListedPageHeader page={pendingPage} isPlaceholder /> : null;
});

/** The frame of every workspace page: header, sections navbar (a drawer on phones), content. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
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
  const canWrite = canAccessWorkspace(workspace.role, 'write');

  // Moving to another section puts keyboard and screen-reader focus on its title, as a page load would.
  const pathname = useLocation({ select: (location) => location.pathname });
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus());
  }, [pathname]);

  return (
    <AppShell
      header={frameHeader}
      navbar={{ width: frameNavbarWidth, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={framePadding}
    >
      <RememberLastWorkspace workspaceId={workspace.id} />
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
