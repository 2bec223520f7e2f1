import { useEffect } from 'react';
import { useUpdateMe } from '../../app/me-queries.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';

/**
 * Opening a workspace makes it the one "/" returns to next time, written once the page is drawn.
 * A component of its own, drawing nothing: the frame then neither waits for that moment nor
 * follows the profile, and is not drawn again (its header with it) when either changes.
 */
export function RememberLastWorkspace({ workspaceId }: { workspaceId: string }) {
  const me = useSignedInMe();
  const { mutate: updateMe } = useUpdateMe();
  const isDrawn = useAfterFirstDraw();
  useEffect(() => {
    if (isDrawn && me.profile.lastWorkspaceId !== workspaceId) updateMe({ lastWorkspaceId: workspaceId });
  }, [isDrawn, me.profile.lastWorkspaceId, workspaceId, updateMe]);
  return null;
}
