import { Card, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The frame every overview card shares: its column on the grid, a titled card, a skeleton while
 * loading, a short error. A card with nothing to say returns null instead, and takes no column.
 */
export function OverviewCardFrame({
  title,
  icon,
  state = 'ready',
  action,
  children,
  testId,
  span,
}: {
  title: string;
  icon: ReactNode;
  state?: 'loading' | 'error' | 'ready';
  action?: ReactNode;
  children?: ReactNode;
  testId: string;
  span: { base: number; md: number };
}) {
  const { t } = useTranslation();
  return (
    <Grid.Col span={span}>
      <Card
        withBorder
        radius="md"
        padding="lg"
        h="100%"
        component="section"
        aria-label={title}
        data-testid={testId}
      >
        <Stack gap="sm" h="100%">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              {icon}
              <Title order={2} size="h4">
                {title}
              </Title>
            </Group>
            {action}
          </Group>
          {state === 'loading' && <Skeleton h={120} radius="md" />}
          {state === 'error' && (
            <Text size="sm" c="red.8">
              {t('overview.cardError')}
            </Text>
          )}
          {state === 'ready' && children}
        </Stack>
      </Card>
    </Grid.Col>
  );
}
