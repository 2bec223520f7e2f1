import { NavLink, type NavLinkProps, Stack } from '@mantine/core';
import { createLink, useMatchRoute } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceSections } from './workspace-sections.js';

function NavLinkAnchor(props: NavLinkProps & Omit<ComponentPropsWithRef<'a'>, keyof NavLinkProps>) {
  return <NavLink component="a" {...props} />;
}

const RouterNavLink = createLink(NavLinkAnchor);

/** The sections of the current workspace, as a list of links. */
export function WorkspaceNav({ workspaceId, onNavigate }: { workspaceId: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const matchRoute = useMatchRoute();
  return (
    <Stack gap={4}>
      {workspaceSections.map((section) => {
        const Icon = section.icon;
        const isActive = Boolean(
          matchRoute({ to: section.to, params: { workspaceId }, fuzzy: !section.exact }),
        );
        return (
          <RouterNavLink
            key={section.key}
            to={section.to}
            params={{ workspaceId }}
            label={t(`nav.${section.key}`)}
            leftSection={<Icon size={18} stroke={1.7} />}
            active={isActive}
            activeOptions={{ exact: section.exact ?? false }}
            onClick={onNavigate}
            variant="light"
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Stack>
  );
}
