import { useState } from 'react';

/**
 * True from the first time `opened` is true: a lazily loaded dialog is fetched when first wanted,
 * then stays mounted so its closing transition still plays.
 */
export function useOpenedOnce(opened: boolean): boolean {
  const [openedOnce, setOpenedOnce] = useState(opened);
  if (opened && !openedOnce) setOpenedOnce(true);
  return openedOnce;
}
