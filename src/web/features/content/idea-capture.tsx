import { ActionIcon, Button } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconBulb } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ideaSchema } from '../../../contracts/content.js';
import { api, isProblem } from '../../app/api.js';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { notifySuccess } from '../../ui/notify.js';
import { useOpenedOnce } from '../../ui/use-opened-once.js';
import { contentKey } from './content-queries.js';
import { flushQueuedIdeas } from './offline-ideas.js';

// The form, its selects and the strategy query load on first use, not with every page.
const IdeaCaptureModal = lazy(() =>
  import('./idea-capture-modal.js').then((module) => ({ default: module.IdeaCaptureModal })),
);

/**
 * An idea is caught in seconds from anywhere in the workspace: the bulb in the header, or the
 * I key (ignored while typing in a field).
 */
export function IdeaCaptureButton({
  workspaceId,
  canWrite,
  withLabel = false,
}: {
  workspaceId: string;
  canWrite: boolean;
  /** A labelled button (on the notebook page) rather than the header's round icon. */
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const wanted = useOpenedOnce(opened);
  // One owner of the shortcut: the header's button (the page's own button would open a second dialog).
  useHotkeys(withLabel ? [] : [['i', () => canWrite && modal.open()]]);
  useSendQueuedIdeas(withLabel ? null : workspaceId);
  if (!canWrite) return null;
  return (
    <>
      {withLabel ? (
        <Button leftSection={<IconBulb size={16} aria-hidden />} onClick={modal.open} aria-keyshortcuts="I">
          {t('content.capture.button')}
        </Button>
      ) : (
        <HoverTooltip label={`${t('content.capture.button')} · ${t('content.capture.shortcut')}`}>
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
        </HoverTooltip>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <IdeaCaptureModal workspaceId={workspaceId} opened={opened} onClose={modal.close} />
        </Suspense>
      )}
    </>
  );
}

/**
 * Ideas caught offline are sent when the header mounts and whenever the device comes back online.
 * `workspaceId` only names whose content views to refresh; each idea keeps its own workspace.
 */
function useSendQueuedIdeas(workspaceId: string | null) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!workspaceId) return;
    const refreshedWorkspaceId = workspaceId;
    let isFlushing = false;
    async function flush() {
      if (isFlushing || !navigator.onLine) return;
      isFlushing = true;
      try {
        const sent = await flushQueuedIdeas(window.localStorage, async (idea) => {
          try {
            await api(`/api/workspaces/${idea.workspaceId}/ideas`, {
              method: 'POST',
              body: idea.body,
              schema: ideaSchema,
            });
            return 'sent';
          } catch (error) {
            return isProblem(error, 'network') ? 'offline' : 'refused';
          }
        });
        if (sent > 0) {
          notifySuccess(t('content.capture.sentLater', { count: sent }));
          await queryClient.invalidateQueries({ queryKey: contentKey(refreshedWorkspaceId) });
        }
      } finally {
        isFlushing = false;
      }
    }
    void flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [workspaceId, queryClient, t]);
}
