import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../contracts/workspaces.js';
import { RoleBadge } from '../../ui/role-badge.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';

/** Shows the current workspace and lists the others; "new workspace" at the bottom. */
export function WorkspaceSwitcher({
  current,
  onCreate,
  onSwitch,
  fullWidth = false,
}: {
  current: Workspace;
  onCreate: () => void;
  onSwitch?: () => void;
  fullWidth?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: workspaces = [current] } = useQuery(workspacesQueryOptions);

  return (
    <Menu position="bottom-start" width={360} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<IconSelector size={16} aria-hidden />}
          fullWidth={fullWidth}
          justify="space-between"
          aria-label={`${t('shell.switchWorkspace')} (${current.name})`}
          maw={fullWidth ? undefined : 300}
        >
          <Text span truncate="end" fw={600} size="sm">
            {current.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.switchWorkspace')}</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            leftSection={
              workspace.id === current.id ? (
                <IconCheck size={16} aria-hidden />
              ) : (
                <span style={{ width: 16 }} />
              )
            }
            onClick={() => {
              onSwitch?.();
              void navigate({ to: '/w/$workspaceId', params: { workspaceId: workspace.id } });
            }}
          >
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" truncate="end" miw={0} style={{ flex: 1 }}>
                {workspace.name}
              </Text>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                {workspace.isDemo && (
                  <Badge size="xs" variant="outline" color="grape">
                    {t('shell.demoBadge')}
                  </Badge>
                )}
                <RoleBadge role={workspace.role} />
              </Group>
            </Group>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
          {t('shell.newWorkspace')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
