import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconWaveSine } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The Cadence mark and name. */
export function Brand({ size = 'lg' }: { size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'xl' ? 36 : 30} radius="md" variant="filled" aria-hidden>
        <IconWaveSine size={size === 'xl' ? 22 : 18} stroke={2} />
      </ThemeIcon>
      <Text fw={700} size={size} c="var(--mantine-color-text)" style={{ letterSpacing: '-0.01em' }}>
        {t('common.appName')}
      </Text>
    </Group>
  );
}
