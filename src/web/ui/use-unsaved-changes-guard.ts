import { useBlocker } from '@tanstack/react-router';

/**
 * While `isDirty`, leaving the page asks first: a link inside the app opens the browser's
 * confirmation with `message`; closing or reloading the tab gets the browser's own warning.
 */
export function useUnsavedChangesGuard(isDirty: boolean, message: string) {
  useBlocker({
    shouldBlockFn: () => !window.confirm(message),
    enableBeforeUnload: isDirty,
    disabled: !isDirty,
  });
}
