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
    <Badge color={statusColor[status]} variant="light">
      {t(`routine.status.${status}`)}
    </Badge>
  );
}
