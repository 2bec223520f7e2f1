import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../app/api.js';
import { NotFound } from './not-found.js';
import { PublicLayout } from './public-layout.js';

/** A page that failed to load: says why (in the server's words when it has some) and offers a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = isProblem(error) ? error.title : t('errors.boundaryTitle');
  const detail = isProblem(error) ? error.detail : t('errors.boundaryDetail');
  return (
    <Center py="xl">
      <Stack maw={520} w="100%">
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={title}
          role="alert"
        >
          {detail}
        </Alert>
        <Button
          leftSection={<IconRefresh size={16} aria-hidden />}
          variant="default"
          onClick={onRetry}
          w="fit-content"
        >
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}

/** The error boundary of every route: "not found" for a 404, otherwise a retry. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useEffect(() => queryReset.reset(), [queryReset]);
  if (isProblem(error) && error.status === 404) return <NotFound />;
  return (
    <ErrorState
      error={error}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}

/** The error boundary of a route that has no frame of its own (an unknown workspace, say). */
export function FramedRouteError(props: ErrorComponentProps) {
  return (
    <PublicLayout size={560}>
      <RouteError {...props} />
    </PublicLayout>
  );
}
