import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contracts/notifications.js';
import { notificationPath } from '../../../core/notifications/notification-link.js';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { useAfterFirstDraw } from '../../ui/use-after-first-draw.js';
import { usePopoverOnDemand } from '../../ui/use-popover-on-demand.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { notificationsQueryOptions, useMarkRead } from './notifications-queries.js';

/**
 * The header's bell: the unread count on it, and the notification centre in a popover. Opening a
 * notification marks it read and goes to its subject (the post, the regularity page, the timer).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const centre = usePopoverOnDemand<HTMLButtonElement>();
  const { opened, setOpened } = centre;
  // The unread count is a badge over the bell (it moves nothing): asked once the page is drawn.
  const notifications = useQuery({ ...notificationsQueryOptions, enabled: useAfterFirstDraw() });
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unreadCount ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  function open(notification: Notification) {
    if (!notification.readAt) markRead.mutate(notification.id);
    setOpened(false);
    void navigate({
      href: notificationPath(notification.workspaceId, notification.kind, notification.subject),
    });
  }

  // The bell with its count, the same before and after the centre is first drawn.
  const bell = (
    <HoverTooltip label={label}>
      <Indicator
        disabled={unread === 0}
        label={unread > 99 ? '99+' : unread}
        size={18}
        color="red.8"
        offset={4}
        aria-hidden={false}
      >
        <ActionIcon
          ref={centre.targetRef}
          variant="light"
          size="lg"
          radius="xl"
          aria-label={label}
          aria-expanded={opened}
          onClick={centre.toggle}
          data-testid="notification-bell"
        >
          <IconBell size={20} stroke={1.7} aria-hidden />
        </ActionIcon>
      </Indicator>
    </HoverTooltip>
  );
  if (!centre.isMounted) return bell;

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
      trapFocus
    >
      <Popover.Target>{bell}</Popover.Target>
      <Popover.Dropdown p={0} data-testid="notification-centre">
        <Group justify="space-between" px="md" py="sm" gap="xs">
          <Title order={2} size="h5">
            {t('notifications.title')}
          </Title>
          {unread > 0 && (
            <Button size="compact-sm" variant="subtle" onClick={() => markRead.mutate('all')}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </Group>
        <ScrollArea.Autosize mah={420} type="auto">
          {notifications.isError && (
            <Text size="sm" c="red.8" px="md" pb="md">
              {t('notifications.error')}
            </Text>
          )}
          {notifications.data?.items.length === 0 && (
            <Text size="sm" c="dimmed" px="md" pb="md">
              {t('notifications.empty')}
            </Text>
          )}
          <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {notifications.data?.items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} onOpen={() => open(notification)} />
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const { subject } = notification;
  const message = t(`notifications.messages.${notification.kind}`, {
    network: subject.network ? t(`networks.${subject.network}`) : '',
    date: subject.date
      ? formatLocalDate(subject.date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })
      : '',
  });
  const when = new Date(notification.createdAt).toLocaleString(i18n.language, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const isUnread = notification.readAt === null;
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="md"
      py="sm"
      bg={isUnread ? 'indigo.0' : undefined}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      data-testid={`notification-${notification.kind}`}
    >
      <Text size="sm" fw={isUnread ? 600 : 400}>
        {isUnread && <VisuallyHidden>{`${t('notifications.unread')} · `}</VisuallyHidden>}
        {message}
      </Text>
      {subject.label && (
        <Text size="xs" c="dark.6" lineClamp={1}>
          {subject.label}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {notification.workspaceName} · {when}
      </Text>
    </UnstyledButton>
  );
}
