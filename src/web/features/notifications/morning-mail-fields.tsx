import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  NotificationSettings,
  UpdateNotificationSettingsBody,
} from '../../../contracts/notifications.js';
import { isInQuietHours } from '../../../core/notifications/quiet-hours.js';
import { TimeField } from '../../ui/time-field.js';

/** The morning mail: on or off (off by default) and its local time, told when quiet hours hold it. */
export function MorningMailFields({
  settings,
  onSave,
  isSaving,
}: {
  settings: NotificationSettings;
  onSave: (body: UpdateNotificationSettingsBody) => void;
  isSaving: boolean;
}) {
  const { t } = useTranslation();
  const [time, setTime] = useState(settings.morningMailTime);
  useEffect(() => setTime(settings.morningMailTime), [settings.morningMailTime]);
  return (
    <Stack gap="xs">
      <Switch
        label={t('notifications.settings.morning')}
        description={t('notifications.settings.morningHelp')}
        checked={settings.morningMail}
        onChange={(event) => onSave({ morningMail: event.currentTarget.checked })}
        data-testid="morning-mail-switch"
      />
      {settings.morningMail && (
        <>
          <Group align="flex-end" gap="sm">
            <TimeField
              label={t('notifications.settings.morningTime')}
              value={time}
              onChange={setTime}
              w={150}
            />
            <Button
              variant="light"
              loading={isSaving}
              disabled={time === '' || time === settings.morningMailTime}
              onClick={() => onSave({ morningMailTime: time })}
            >
              {t('common.save')}
            </Button>
          </Group>
          {isInQuietHours(settings.morningMailTime, settings.quietHours) && (
            <Text size="sm" c="dimmed">
              {t('notifications.settings.morningQuiet')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
