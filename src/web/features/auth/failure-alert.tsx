import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { AuthFailure } from './auth-errors.js';

/** A failed account action, said once at the top of its form. */
export function FailureAlert({ failure }: { failure: AuthFailure | null }) {
  if (!failure) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={failure.title}
      role="alert"
    >
      {failure.message}
    </Alert>
  );
}
