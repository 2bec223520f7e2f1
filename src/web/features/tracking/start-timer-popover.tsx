import { ActionIcon, Button, Loader, Popover, Text } from '@mantine/core';
import { IconPlayerPlayFilled, IconRotateClockwise } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeEntry } from '../../../contracts/tracking.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';
import type { PopoverOnDemand } from '../../ui/use-popover-on-demand.js';
import { lastEntryQueryOptions } from './tracking-queries.js';

// The form (a select of categories) is not part of the header's first drawing: fetched once the
// page is drawn and the browser idle, so opening the popover does not wait for it.
const loadStartTimerForm = () => import('./start-timer-form.js');
const StartTimerForm = lazy(() =>
  loadStartTimerForm().then((module) => ({ default: module.StartTimerForm })),
);

/** The person's last finished entry in this workspace: what "resume" starts again. */
export function useLastEntry(workspaceId: string): TimeEntry | null {
  const me = useSignedInMe();
  const entries = useQuery(lastEntryQueryOptions(workspaceId, me.user.id));
  return entries.data?.entries.find((entry) => entry.endedAt !== null) ?? null;
}

/** One tap starts the last entry's category, network and note again, as Toggl's "continue". */
export function ResumeLastEntry({
  label,
  note,
  isPending,
  onResume,
}: {
  label: string;
  note: string;
  isPending: boolean;
  onResume: () => void;
}) {
  const { t } = useTranslation();
  const name = note ? `${label} · ${note}` : label;
  return (
    <HoverTooltip label={`${t('routine.timer.resume', { category: name })} · ${t('routine.timer.shortcut')}`}>
      <Button
        variant="subtle"
        size="sm"
        h={44}
        px="xs"
        loading={isPending}
        onClick={onResume}
        aria-label={t('routine.timer.resume', { category: name })}
        aria-keyshortcuts="S"
        maw={220}
      >
        <IconRotateClockwise size={18} aria-hidden />
        {/* On a phone the header has no room for the name: the icon, the tooltip and the label say it. */}
        <Text span size="sm" fw={600} ml={6} visibleFrom="sm" truncate>
          {label}
        </Text>
      </Button>
    </HoverTooltip>
  );
}

/** Start a timer on a category, with an optional note. */
export function StartTimerPopover({
  workspaceId,
  popover,
}: {
  workspaceId: string;
  /** Drawn on first use (the header's, see usePopoverOnDemand): its owner can open it too. */
  popover: PopoverOnDemand<HTMLButtonElement>;
}) {
  const { opened, setOpened: onOpenedChange } = popover;
  const { t } = useTranslation();
  const isDrawn = useAfterFirstDraw();
  useEffect(() => {
    if (isDrawn) void loadStartTimerForm();
  }, [isDrawn]);
  const button = (
    <ActionIcon
      ref={popover.targetRef}
      variant="light"
      size={44}
      aria-label={t('routine.timer.startTimer')}
      aria-expanded={opened}
      onClick={popover.toggle}
    >
      <IconPlayerPlayFilled size={16} />
    </ActionIcon>
  );
  if (!popover.isMounted) return button;
  return (
    <Popover opened={opened} onChange={onOpenedChange} width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>{button}</Popover.Target>
      <Popover.Dropdown>
        {/* Fetched once the page is drawn (above): there by the time the popover opens. */}
        <Suspense fallback={<Loader size="sm" mx="auto" display="block" />}>
          <StartTimerForm workspaceId={workspaceId} onStarted={() => onOpenedChange(false)} />
        </Suspense>
      </Popover.Dropdown>
    </Popover>
  );
}
