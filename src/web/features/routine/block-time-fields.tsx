import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES } from '../../../core/routine/routine-block.js';
import { TimeField } from '../../ui/time-field.js';
import { useMediaMatch } from '../../ui/use-media-match.js';

/**
 * A block's start time and duration, for a whole series or one occurrence. The bounds are the
 * core's, so the form accepts exactly what the API does; the arrows move by a quarter hour.
 */
export function BlockTimeFields({
  startTime,
  durationMinutes,
  onStartTimeChange,
  onDurationChange,
}: {
  startTime: string;
  durationMinutes: number | string;
  onStartTimeChange: (value: string) => void;
  onDurationChange: (value: number | string) => void;
}) {
  const { t } = useTranslation();
  const isPhone = useMediaMatch('(max-width: 40em)');
  return (
    <>
      <TimeField
        label={t('routine.page.startTime')}
        value={startTime}
        onChange={onStartTimeChange}
        required
      />
      <NumberInput
        label={t('routine.page.duration')}
        value={durationMinutes}
        onChange={onDurationChange}
        min={MIN_BLOCK_MINUTES}
        max={MAX_BLOCK_MINUTES}
        step={15}
        required
        // On a phone the keypad types minutes; the tiny arrows were too small to hit.
        hideControls={isPhone}
        inputMode="numeric"
      />
    </>
  );
}
