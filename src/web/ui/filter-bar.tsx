import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneMedia, useMediaMatch } from './use-media-match.js';

/**
 * The filters above a list. Where there is room, in one row; on a phone, three or four
 * full-width selects pushed the list below the first screen, so they wait behind one button
 * that says how many are on. `lead` (a search box) stays in view on a phone too. The selects are
 * not drawn until the button opens them: each is a floating-ui instance at the page's load.
 */
export function FilterBar({
  filters,
  lead,
  children,
}: {
  /** The values `children` set: those given narrow the list, and the button counts them. */
  filters: object;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const isPhone = useMediaMatch(phoneMedia);
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const activeCount = Object.values(filters).filter(Boolean).length;
  if (!isPhone) {
    return (
      <Group align="flex-end" gap="sm">
        {lead}
        {children}
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      {lead}
      <Button
        variant={activeCount > 0 ? 'light' : 'default'}
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        style={{ alignSelf: 'flex-start' }}
      >
        {activeCount > 0 ? t('common.activeFilters', { count: activeCount }) : t('common.filters')}
      </Button>
      <Stack id={id} gap="sm" hidden={!opened}>
        {opened && children}
      </Stack>
    </Stack>
  );
}
