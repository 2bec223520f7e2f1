import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useDeleteWorkspace } from '../workspaces/workspaces-queries.js';

/** Owners only: delete after typing the workspace's name, then back to "/". */
export function DeleteWorkspace({
  workspaceId,
  workspaceName,
}: {
  workspaceId: string;
  workspaceName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, modal] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const deleteWorkspace = useDeleteWorkspace(workspaceId);

  function close() {
    setTyped('');
    modal.close();
  }

  function confirm() {
    deleteWorkspace.mutate(undefined, {
      onSuccess: async () => {
        close();
        notifySuccess(t('settings.deleted', { name: workspaceName }));
        // Leave the page first: its data is about to disappear.
        await navigate({ to: '/' });
        queryClient.removeQueries({ queryKey: ['workspaces', workspaceId] });
      },
      onError: (error) => {
        close();
        notifyProblem(error);
      },
    });
  }

  return (
    <Card p="lg" maw={720} style={{ borderColor: 'var(--mantine-color-red-3)' }}>
      <Title order={2} size="h4" c="red.9" mb="sm">
        {t('settings.dangerTitle')}
      </Title>
      <Group justify="space-between" gap="md">
        <Stack gap={2} maw={460}>
          <Text fw={600}>{t('settings.deleteTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('settings.deleteBody')}
          </Text>
        </Stack>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={modal.open}
        >
          {t('settings.deleteButton')}
        </Button>
      </Group>
      <ConfirmModal
        opened={opened}
        onClose={close}
        onConfirm={confirm}
        title={t('settings.deleteModalTitle', { name: workspaceName })}
        confirmLabel={t('settings.deleteConfirm')}
        isPending={deleteWorkspace.isPending}
        isConfirmDisabled={typed.trim() !== workspaceName.trim()}
      >
        <Text size="sm">{t('settings.deleteBody')}</Text>
        <TextInput
          label={t('settings.deleteConfirmLabel', { name: workspaceName })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
        />
      </ConfirmModal>
    </Card>
  );
}
