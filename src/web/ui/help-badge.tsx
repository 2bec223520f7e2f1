import { Badge, type BadgeProps, Popover, Text, UnstyledButton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useOpenedOnce } from './use-opened-once.js';

/**
 * A grey badge ("too little data") whose explanation opens on a tap, a click or the keyboard.
 * The app's tooltips open on hover only (`HoverTooltip`), so an explanation a reader needs to
 * trust a figure cannot live in one: on a phone it never opened, and by keyboard neither. The
 * popover is a dialog named by the badge; Escape or a tap elsewhere closes it.
 *
 * The popover exists from the first opening only: a results table can hold dozens of these
 * badges, and each popover is a floating-ui instance that renders twice when mounted (+200
 * components on the results page's load, `bench/profile-page.ts --renders`). Wrapping the badge
 * then mounts a new button, which takes the focus back. Focus stays on the badge (the text has
 * nothing to act on), so the badge itself hears Escape: Mantine's dropdown only does when focus
 * is inside it.
 */
export function HelpBadge({
  label,
  help,
  size = 'sm',
}: {
  label: string;
  help: string;
  size?: BadgeProps['size'];
}) {
  const [opened, setOpened] = useState(false);
  const openedOnce = useOpenedOnce(opened);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openedOnce) button.current?.focus();
  }, [openedOnce]);

  const badge = (
    <UnstyledButton
      ref={button}
      aria-haspopup="dialog"
      aria-expanded={opened}
      onClick={() => setOpened((value) => !value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && opened) setOpened(false);
      }}
      style={{ borderRadius: 'var(--mantine-radius-xl)', flexShrink: 0 }}
    >
      <Badge
        component="span"
        color="gray"
        variant="light"
        size={size}
        rightSection={<IconInfoCircle size={12} stroke={2} aria-hidden />}
        style={{ cursor: 'pointer', overflow: 'visible' }}
      >
        {label}
      </Badge>
    </UnstyledButton>
  );
  if (!openedOnce) return badge;
  return (
    <Popover opened={opened} onChange={setOpened} width={260} position="bottom" withArrow shadow="md">
      <Popover.Target>{badge}</Popover.Target>
      <Popover.Dropdown>
        <Text size="sm">{help}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}
