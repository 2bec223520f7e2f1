import { lazy, Suspense } from 'react';
import { useOpenedOnce } from '../../ui/use-opened-once.js';

const PostingSlotsModal = lazy(() =>
  import('./posting-slots-modal.js').then((module) => ({ default: module.PostingSlotsModal })),
);

/**
 * The weekly posting slots' dialog, for the pages that offer to edit them (calendar, batch
 * session): its code is fetched the first time it opens, then it stays mounted so that its closing
 * transition plays.
 */
export function PostingSlotsDialog(props: {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
  canEdit: boolean;
}) {
  const isWanted = useOpenedOnce(props.opened);
  if (!isWanted) return null;
  return (
    <Suspense fallback={null}>
      <PostingSlotsModal {...props} />
    </Suspense>
  );
}
