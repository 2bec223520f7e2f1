import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../contracts/workspaces.js';
import { RoleBadge } from '../../ui/role-badge.js';

/** What each role may do, in one line each. */
export function RolesLegend() {
  const { t } = useTranslation();
  return (
    <Card p="lg">
      <Title order={2} size="h4" mb="md">
        {t('members.rolesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {roles.map((role) => (
          <Stack key={role} gap={4}>
            <div>
              <RoleBadge role={role} />
            </div>
            <Text size="sm" c="dimmed">
              {t(`roles.${role}.description`)}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
