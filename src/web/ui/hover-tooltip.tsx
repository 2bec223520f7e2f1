import { Tooltip, type TooltipProps } from '@mantine/core';
import { mergeRefs } from '@mantine/hooks';
import {
  cloneElement,
  isValidElement,
  type MouseEvent,
  type MouseEventHandler,
  type ReactElement,
  type Ref,
} from 'react';
import { useMediaMatch } from './use-media-match.js';

/** A device one of whose pointers can hover (a mouse, a trackpad): not a phone, nor a tablet alone. */
const canHoverMedia = '(any-hover: hover)';

type ChildProps = { ref?: Ref<HTMLElement>; onClick?: MouseEventHandler<HTMLElement> };

/**
 * Mantine's Tooltip where a pointer can hover, and its child alone where none can. The app's
 * tooltips open on hover only (Mantine's default: not on touch), so on a phone each one was a
 * floating-ui instance that could never open, and mounting it cost a render: floating-ui keeps
 * the reference element in React state, set from a ref during the commit, which React renders
 * again synchronously right after that commit (the header's tooltips, in every workspace page's
 * first commit on a phone: bench/README.md, "Session 21"). Lighthouse's phone emulates touch too.
 *
 * Alone, the child still gets what a Popover.Target around the tooltip hands it through Mantine's
 * Tooltip: the ref (the popover is placed by that element) and the click that toggles it.
 */
export function HoverTooltip(props: TooltipProps) {
  const canHover = useMediaMatch(canHoverMedia);
  if (canHover) return <Tooltip {...props} />;
  const { children, ref, onClick } = props as TooltipProps & ChildProps;
  if (!isValidElement(children)) return children;
  const child = children as ReactElement<ChildProps>;
  return cloneElement(child, {
    ref: ref ? mergeRefs(child.props.ref, ref) : child.props.ref,
    onClick: onClick
      ? (event: MouseEvent<HTMLElement>) => {
          child.props.onClick?.(event);
          onClick(event);
        }
      : child.props.onClick,
  });
}
