import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDoorExit } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useLeaveWorkspace } from './members-queries.js';

/** Anyone may leave; the API refuses the last owner with a message saying why. */
export function LeaveWorkspace({
  workspaceId,
  workspaceName,
}: {
  workspaceId: string;
  workspaceName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, modal] = useDisclosure(false);
  const leave = useLeaveWorkspace(workspaceId);

  function confirm() {
    leave.mutate(undefined, {
      onSuccess: async () => {
        modal.close();
        notifySuccess(t('leave.done', { name: workspaceName }));
        await navigate({ to: '/' });
      },
      onError: (error) => {
        modal.close();
        notifyProblem(error);
      },
    });
  }

  return (
    <Card p="lg">
      <Group justify="space-between" gap="md">
        <Stack gap={2}>
          <Text fw={600}>{t('leave.button')}</Text>
          <Text size="sm" c="dimmed">
            {t('leave.body')}
          </Text>
        </Stack>
        <Button
          variant="default"
          color="red"
          leftSection={<IconDoorExit size={16} aria-hidden />}
          onClick={modal.open}
        >
          {t('leave.button')}
        </Button>
      </Group>
      <ConfirmModal
        opened={opened}
        onClose={modal.close}
        onConfirm={confirm}
        title={t('leave.title', { name: workspaceName })}
        confirmLabel={t('leave.confirm')}
        isPending={leave.isPending}
      >
        {t('leave.body')}
      </ConfirmModal>
    </Card>
  );
}
