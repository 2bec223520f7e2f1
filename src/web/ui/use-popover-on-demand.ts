import { type RefObject, useEffect, useRef, useState } from 'react';

export type PopoverOnDemand<Target extends HTMLElement> = {
  /** Whether the popover is drawn: false until the person first opens it. */
  isMounted: boolean;
  opened: boolean;
  setOpened: (opened: boolean) => void;
  /** The popover's target once it is drawn: it takes the focus the stand-in had. */
  targetRef: RefObject<Target | null>;
  /** Opens the popover, drawing it first if it is not yet (the stand-in's click). */
  open: () => void;
  /** A target's click where the popover does not toggle on its own (Popover; a Menu does). */
  toggle: () => void;
};

/**
 * A header popover (menu, notification centre) drawn on its first opening, a stand-in button
 * looking the same until then. Mounted with every page, each one re-rendered the frame two or three
 * times right after its first drawing (floating-ui keeps its target in state, Mantine's portal
 * mounts in an effect): on a phone, commits of 15–40 components in the page's first second.
 * The popover is drawn closed, its target focused (the stand-in it replaces had the focus), then
 * opened: its focus trap and its return of focus on closing start from that target.
 */
export function usePopoverOnDemand<Target extends HTMLElement>(): PopoverOnDemand<Target> {
  const [isMounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  const targetRef = useRef<Target | null>(null);
  const isOpeningFirstTime = useRef(false);
  useEffect(() => {
    if (!isMounted || !isOpeningFirstTime.current) return;
    isOpeningFirstTime.current = false;
    targetRef.current?.focus();
    setOpened(true);
  }, [isMounted]);
  const open = () => {
    if (isMounted) return setOpened(true);
    isOpeningFirstTime.current = true;
    setMounted(true);
  };
  return {
    isMounted,
    opened,
    setOpened,
    targetRef,
    open,
    toggle: () => (opened ? setOpened(false) : open()),
  };
}
