import { ActionIcon, Loader, Popover } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';

// The form (date and time pickers) is not part of the header's first drawing: fetched once the
// page is drawn and the browser idle, so opening the popover does not wait for it.
const loadCutBackForm = () => import('./cut-back-form.js');
const CutBackForm = lazy(() => loadCutBackForm().then((module) => ({ default: module.CutBackForm })));

/**
 * A forgotten timer (running longer than the workspace's limit) is never stopped as is: its owner
 * says when the work really ended, proposed as the start plus the limit. Opened from its warning
 * icon, or by the stop button (`opened`), so stopping never records 72 h silently.
 */
export function CutBackPopover({
  workspaceId,
  startedAt,
  forgottenTimerMinutes,
  timeZone,
  opened,
  onOpenedChange,
}: {
  workspaceId: string;
  startedAt: string;
  forgottenTimerMinutes: number;
  timeZone: string;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
}) {
  const { t } = useTranslation();
  const isDrawn = useAfterFirstDraw();
  useEffect(() => {
    if (isDrawn) void loadCutBackForm();
  }, [isDrawn]);
  return (
    <Popover opened={opened} onChange={onOpenedChange} width={280} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <HoverTooltip label={t('routine.timer.forgotten')}>
          <ActionIcon
            color="orange"
            variant="light"
            size="lg"
            aria-label={t('routine.timer.forgotten')}
            onClick={() => onOpenedChange(!opened)}
          >
            <IconAlertTriangle size={18} />
          </ActionIcon>
        </HoverTooltip>
      </Popover.Target>
      <Popover.Dropdown>
        {/* Fetched once the page is drawn (above): there by the time the popover opens. */}
        <Suspense fallback={<Loader size="sm" mx="auto" display="block" />}>
          <CutBackForm
            workspaceId={workspaceId}
            startedAt={startedAt}
            forgottenTimerMinutes={forgottenTimerMinutes}
            timeZone={timeZone}
            onDone={() => onOpenedChange(false)}
          />
        </Suspense>
      </Popover.Dropdown>
    </Popover>
  );
}
