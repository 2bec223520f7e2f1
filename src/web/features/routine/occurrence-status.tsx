import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutineOccurrenceView } from '../../../contracts/routine.js';

const statusColor: Record<RoutineOccurrenceView['status'], string> = {
  planned: 'gray',
  started: 'blue',
  done: 'teal',
  skipped: 'yellow',
  missed: 'red',
};

export function OccurrenceStatusBadge({ status }: { status: RoutineOccurrenceView['status'] }) {
  const { t } = useTranslation();
  return (
    // The status's tint behind, the text colour in front: teal and yellow light shades fall under 4.5:1.
    <Badge color={statusColor[status]} variant="light" c="var(--mantine-color-text)">
      {t(`routine.status.${status}`)}
    </Badge>
  );
}
