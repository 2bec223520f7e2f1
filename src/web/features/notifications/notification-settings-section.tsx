import { Button, Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type NotificationSettings,
  notificationChannels,
  notificationKinds,
  type UpdateNotificationSettingsBody,
} from '../../../contracts/notifications.js';
import { instanceNotificationKinds } from '../../../core/notifications/notification-kinds.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { SegmentedRadios } from '../../ui/segmented-radios.js';
import { TimeField } from '../../ui/time-field.js';
import { TimeZoneSelect } from '../../ui/time-zone-select.js';
import { useIsInstanceAdministrator } from '../instance/instance-queries.js';
import { MorningMailFields } from './morning-mail-fields.js';
import { notificationSettingsQueryOptions, useUpdateNotificationSettings } from './notifications-queries.js';

/** Backup kinds only ever reach the instance's administrators: nobody else is asked about them. */
const instanceKinds: ReadonlySet<string> = new Set(instanceNotificationKinds);

/** Per kind: the bell, the bell and a mail, or nothing; the person's zone and quiet hours. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  const isAdministrator = useIsInstanceAdministrator();
  const settings = useQuery(notificationSettingsQueryOptions);
  const update = useUpdateNotificationSettings();
  const save = (body: UpdateNotificationSettingsBody) =>
    update.mutate(body, {
      onSuccess: () => notifySuccess(t('notifications.settings.saved')),
      onError: notifyProblem,
    });
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      id="notifications"
      aria-labelledby="notification-settings-title"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="notification-settings-title">
          {t('notifications.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.settings.help')}
        </Text>
        {settings.isPending && <Skeleton h={240} />}
        {settings.data && (
          <>
            <Stack gap="xs" data-testid="notification-channels">
              {notificationKinds
                .filter((kind) => isAdministrator || !instanceKinds.has(kind))
                .map((kind) => (
                  <Group key={kind} justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm" id={`channel-${kind}`}>
                      {t(`notifications.kinds.${kind}`)}
                    </Text>
                    <SegmentedRadios
                      size="xs"
                      aria-labelledby={`channel-${kind}`}
                      value={settings.data.channels[kind]}
                      onChange={(value) => save({ channels: { [kind]: value } })}
                      data={notificationChannels.map((channel) => ({
                        value: channel,
                        label: t(`notifications.settings.channels.${channel}`),
                      }))}
                    />
                  </Group>
                ))}
            </Stack>
            <Switch
              label={t('notifications.settings.digest')}
              description={t('notifications.settings.digestHelp')}
              checked={settings.data.weeklyDigest}
              onChange={(event) => save({ weeklyDigest: event.currentTarget.checked })}
              data-testid="weekly-digest-switch"
            />
            <MorningMailFields settings={settings.data} onSave={save} isSaving={update.isPending} />
            <TimeZoneSelect
              label={t('notifications.settings.timeZone')}
              description={t('notifications.settings.timeZoneHint')}
              value={settings.data.timeZone}
              onChange={(zone) => zone && save({ timeZone: zone })}
            />
            <QuietHoursFields settings={settings.data} onSave={save} isSaving={update.isPending} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function QuietHoursFields({
  settings,
  onSave,
  isSaving,
}: {
  settings: NotificationSettings;
  onSave: (body: UpdateNotificationSettingsBody) => void;
  isSaving: boolean;
}) {
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState(settings.quietHours !== null);
  const [start, setStart] = useState(settings.quietHours?.start ?? '21:00');
  const [end, setEnd] = useState(settings.quietHours?.end ?? '08:00');
  useEffect(() => setEnabled(settings.quietHours !== null), [settings.quietHours]);
  return (
    <Stack gap="xs">
      <Switch
        label={t('notifications.settings.quiet')}
        description={t('notifications.settings.quietHelp')}
        checked={enabled}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setEnabled(checked);
          if (!checked && settings.quietHours) onSave({ quietHours: null });
        }}
      />
      {enabled && (
        <Group align="flex-end" gap="sm">
          <TimeField
            label={t('notifications.settings.quietStart')}
            value={start}
            onChange={setStart}
            w={110}
          />
          <TimeField label={t('notifications.settings.quietEnd')} value={end} onChange={setEnd} w={110} />
          <Button variant="light" loading={isSaving} onClick={() => onSave({ quietHours: { start, end } })}>
            {t('common.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
