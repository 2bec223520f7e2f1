import { useBlocker } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * While `isDirty`, leaving the page asks first: a link inside the app opens the browser's
 * confirmation with `message`; closing or reloading the tab gets the browser's own warning.
 * Once the person agreed to leave, `discard` drops the unsaved changes at once: the page stays on
 * screen until the next page's data is there, and coming straight back to it (before it was
 * replaced) must show what is saved, not the changes they chose to leave. Another click while the
 * next page loads does not ask twice; typing again afterwards asks again.
 */
export function useUnsavedChangesGuard(isDirty: boolean, message: string, discard: () => void) {
  const hasAgreedToLeave = useRef(false);
  useEffect(() => {
    if (isDirty) hasAgreedToLeave.current = false;
  }, [isDirty]);
  useBlocker({
    shouldBlockFn: () => {
      if (hasAgreedToLeave.current) return false;
      hasAgreedToLeave.current = window.confirm(message);
      if (hasAgreedToLeave.current) discard();
      return !hasAgreedToLeave.current;
    },
    enableBeforeUnload: isDirty,
    disabled: !isDirty,
  });
}
