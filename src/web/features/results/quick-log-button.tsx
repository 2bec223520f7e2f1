import { ActionIcon } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconTrophy } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';

// The form and its post list load on first use, not with every page.
const OutcomeModal = lazy(() =>
  import('./outcome-modal.js').then((module) => ({ default: module.OutcomeModal })),
);

/**
 * A lead or a client won is logged in seconds from anywhere in the workspace, like an idea: the
 * trophy in the header, or the R key (ignored while typing in a field).
 */
export function QuickLogOutcomeButton({
  workspace,
  canWrite,
}: {
  workspace: { id: string; timeZone: string; currency: string };
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const wanted = useOpenedOnce(opened);
  useHotkeys([['r', () => canWrite && modal.open()]]);
  if (!canWrite) return null;
  return (
    <>
      <HoverTooltip label={`${t('results.outcomes.quickLog')} · ${t('results.outcomes.shortcut')}`}>
        <ActionIcon
          variant="light"
          color="teal"
          size="lg"
          radius="xl"
          onClick={modal.open}
          aria-label={t('results.outcomes.quickLog')}
          aria-keyshortcuts="R"
          data-testid="quick-log-outcome"
        >
          <IconTrophy size={20} stroke={1.7} aria-hidden />
        </ActionIcon>
      </HoverTooltip>
      {wanted && (
        <Suspense fallback={null}>
          <OutcomeModal workspace={workspace} opened={opened} onClose={modal.close} />
        </Suspense>
      )}
    </>
  );
}
