import { Button, type ButtonProps } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/index.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { browserTimeZone } from '../../ui/time-zones.js';
import { useCreateDemoWorkspace } from './workspaces-queries.js';

/** Creates a lived-in demo workspace in the interface language and opens it. */
export function DemoWorkspaceButton({ label, ...props }: ButtonProps & { label?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createDemo = useCreateDemoWorkspace();
  return (
    <Button
      variant="light"
      leftSection={<IconSparkles size={16} aria-hidden />}
      loading={createDemo.isPending}
      onClick={() =>
        createDemo.mutate(
          { locale: currentLanguage(), timeZone: browserTimeZone() },
          {
            onSuccess: ({ workspaceId }) => {
              notifySuccess(t('onboarding.demoCreated'));
              void navigate({ to: '/w/$workspaceId', params: { workspaceId } });
            },
            onError: notifyProblem,
          },
        )
      }
      {...props}
    >
      {label ?? t('onboarding.demoButton')}
    </Button>
  );
}
