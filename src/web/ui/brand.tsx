import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconWaveSine } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * The Cadence mark and name. `compactBelow` hides the name under a breakpoint, where the header
 * needs its width for the timer (the link around the mark still says "Cadence").
 */
export function Brand({
  size = 'lg',
  compactBelow,
}: {
  size?: 'md' | 'lg' | 'xl';
  compactBelow?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'xl' ? 36 : 30} radius="md" variant="filled" aria-hidden>
        <IconWaveSine size={size === 'xl' ? 22 : 18} stroke={2} />
      </ThemeIcon>
      <Text
        visibleFrom={compactBelow}
        fw={700}
        size={size}
        c="var(--mantine-color-text)"
        style={{ letterSpacing: '-0.01em' }}
      >
        {t('common.appName')}
      </Text>
    </Group>
  );
}
