import { ActionIcon, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBulb } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenedOnce } from '../../ui/use-opened-once.js';

// The form, its selects and the strategy query load on first use, not with every page.
const IdeaCaptureModal = lazy(() =>
  import('./idea-capture-modal.js').then((module) => ({ default: module.IdeaCaptureModal })),
);

/**
 * An idea is caught in seconds from anywhere in the workspace: the bulb in the header, or the
 * I key (ignored while typing in a field).
 */
export function IdeaCaptureButton({ workspaceId, canWrite }: { workspaceId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const wanted = useOpenedOnce(opened);
  useHotkeys([['i', () => canWrite && modal.open()]]);
  if (!canWrite) return null;
  return (
    <>
      <Tooltip label={`${t('content.capture.button')} · ${t('content.capture.shortcut')}`}>
        <ActionIcon
          variant="light"
          size="lg"
          radius="xl"
          onClick={modal.open}
          aria-label={t('content.capture.button')}
          aria-keyshortcuts="I"
          data-testid="capture-idea"
        >
          <IconBulb size={20} stroke={1.7} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {wanted && (
        <Suspense fallback={null}>
          <IdeaCaptureModal workspaceId={workspaceId} opened={opened} onClose={modal.close} />
        </Suspense>
      )}
    </>
  );
}
