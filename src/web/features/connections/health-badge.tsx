import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionHealthStatus } from '../../../contracts/connections.js';

/** Colour, icon AND words: the state never rests on colour alone. Dark shades: white text reads on them. */
const looks = {
  healthy: { color: 'teal.9', Icon: IconCircleCheck },
  unchecked: { color: 'gray.7', Icon: IconHelpCircle },
  failing: { color: 'red.9', Icon: IconAlertTriangle },
  revoked: { color: 'red.9', Icon: IconPlugConnectedX },
} as const;

export function HealthBadge({ status }: { status: ConnectionHealthStatus }) {
  const { t } = useTranslation();
  const { color, Icon } = looks[status];
  return (
    <Badge
      color={color}
      variant="filled"
      leftSection={<Icon size={14} aria-hidden />}
      data-testid={`health-${status}`}
    >
      {t(`connections.health.${status}`)}
    </Badge>
  );
}
