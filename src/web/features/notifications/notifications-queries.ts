import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  notificationListSchema,
  notificationSettingsSchema,
  type UpdateNotificationSettingsBody,
} from '../../../contracts/notifications.js';
import { api } from '../../app/api.js';

export const notificationsKey = ['me', 'notifications'] as const;
const settingsKey = ['me', 'notification-settings'] as const;

/** The bell's list; looked at again every minute while the app is open. */
export const notificationsQueryOptions = queryOptions({
  queryKey: notificationsKey,
  queryFn: ({ signal }) => api('/api/me/notifications', { schema: notificationListSchema, signal }),
  refetchInterval: 60_000,
});

export const notificationSettingsQueryOptions = queryOptions({
  queryKey: settingsKey,
  queryFn: ({ signal }) =>
    api('/api/me/notification-settings', { schema: notificationSettingsSchema, signal }),
});

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string | 'all') =>
      api(
        notificationId === 'all'
          ? '/api/me/notifications/read-all'
          : `/api/me/notifications/${notificationId}/read`,
        {
          method: 'POST',
          schema: null,
        },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationSettingsBody) =>
      api('/api/me/notification-settings', { method: 'PATCH', body, schema: notificationSettingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}
