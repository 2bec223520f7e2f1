import { AppShell, Burger, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../ui/brand.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import type { ListedPage } from '../workspaces/page-headings.js';

/** The frame's measures, shared by the app's frame (workspace-layout.tsx) and its first view. */
export const frameHeader = { height: 60 } as const;
export const frameNavbarWidth = 250;
export const framePadding = { base: 'md', sm: 'lg' } as const;

/**
 * A workspace page as the server sends it, before any script has run
 * (scripts/write-first-views.tsx renders it at build time, web-shell.ts puts it in the page): the
 * frame's header with the menu button and the brand, and the page's heading, where the app draws
 * them. React replaces it with the page; until then a phone shows what it is about to open.
 */
export function FirstView({ page }: { page: ListedPage }) {
  const { t } = useTranslation();
  return (
    <AppShell
      header={frameHeader}
      navbar={{ width: frameNavbarWidth, breakpoint: 'sm', collapsed: { mobile: true } }}
      padding={framePadding}
    >
      <AppShell.Header>
        <Group h="100%" px="md" wrap="nowrap" gap="sm">
          {/* Disabled until the app replaces it: a tap on it would be lost (and a test's click
              waits for the app's own). */}
          <Burger opened={false} hiddenFrom="sm" size="sm" disabled aria-label={t('shell.openNavigation')} />
          <a href="/" style={{ textDecoration: 'none' }} aria-label={t('common.appName')}>
            <Brand size="md" compactBelow="xs" />
          </a>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')} />
      <AppShell.Main bg="gray.0">
        <Container size="lg" px={0}>
          <ListedPageHeader page={page} isPlaceholder />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
