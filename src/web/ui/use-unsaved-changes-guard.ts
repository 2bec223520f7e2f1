import { useBlocker } from '@tanstack/react-router';
import { useRef } from 'react';

/**
 * While `isDirty`, leaving the page asks first: a link inside the app opens the browser's
 * confirmation with `message`; closing or reloading the tab gets the browser's own warning.
 * Once the person agreed to leave, the page does not ask again while the next page loads (it
 * stays on screen until that page's data is there, and another click there must not ask twice).
 */
export function useUnsavedChangesGuard(isDirty: boolean, message: string) {
  const hasAgreedToLeave = useRef(false);
  useBlocker({
    shouldBlockFn: () => {
      if (hasAgreedToLeave.current) return false;
      hasAgreedToLeave.current = window.confirm(message);
      return !hasAgreedToLeave.current;
    },
    enableBeforeUnload: isDirty,
    disabled: !isDirty,
  });
}
