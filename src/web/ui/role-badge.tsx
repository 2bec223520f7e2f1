import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../contracts/workspaces.js';

const roleColors: Record<Role, string> = {
  owner: 'indigo',
  manager: 'violet',
  member: 'cyan',
  viewer: 'gray',
};

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Badge color={roleColors[role]} variant="light" radius="sm">
      {t(`roles.${role}.label`)}
    </Badge>
  );
}
