import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fromEpochDay, toEpochDay, weekStartOfEpochDay } from '../../../core/time/epoch-day.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';
import { useSetRushWeek } from './rush-week-queries.js';

/** The local Monday of the week holding `date` (rush weeks are keyed by it). */
export const mondayOfDate = (date: string) => fromEpochDay(weekStartOfEpochDay(toEpochDay(date)));

/**
 * The one switch of rush mode for a week: on, the plan shrinks to short replies and the post
 * creation; off, it is back exactly as it was. Weeks already over cannot change.
 */
export function RushWeekSwitch({
  workspaceId,
  weekStart,
  isOn,
  today,
  canManage,
}: {
  workspaceId: string;
  weekStart: string;
  isOn: boolean;
  today: string;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const setRushWeek = useSetRushWeek(workspaceId);
  const isOver = weekStart < mondayOfDate(today);
  const week = formatLocalDate(weekStart, i18n.language, { day: 'numeric', month: 'long' });
  return (
    <Switch
      data-testid="rush-week-switch"
      checked={setRushWeek.isPending ? (setRushWeek.variables?.isOn ?? isOn) : isOn}
      disabled={!canManage || isOver || setRushWeek.isPending}
      label={<Text fw={600}>{t('rush.switchLabel')}</Text>}
      description={isOver ? t('rush.switchOver') : t('rush.switchDescription', { week })}
      onChange={(event) =>
        setRushWeek.mutate(
          { weekStart, isOn: event.currentTarget.checked },
          {
            onSuccess: (_, { isOn: turnedOn }) =>
              notifySuccess(t(turnedOn ? 'rush.turnedOn' : 'rush.turnedOff')),
            onError: notifyProblem,
          },
        )
      }
    />
  );
}
