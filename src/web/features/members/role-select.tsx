import { Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../contracts/workspaces.js';

/** A role picker that explains each role in its option. */
export function RoleSelect({ roles, ...props }: Omit<SelectProps, 'data'> & { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Select
      allowDeselect={false}
      data={roles.map((role) => ({ value: role, label: t(`roles.${role}.label`) }))}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {option.label}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${option.value as Role}.description`)}
          </Text>
        </Stack>
      )}
      {...props}
    />
  );
}
