import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/**
 * Where toasts appear. Loaded after the first page is drawn (app.tsx): its transitions and styles
 * are not needed to show a page, and a toast asked for before it arrives waits in Mantine's
 * store, shown as soon as this mounts.
 */
export function NotificationsHost() {
  return <Notifications position="bottom-right" zIndex={1000} />;
}
