import { Button, EmptyState, Group, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFolderOff, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../ui/public-layout.js';
import { SignOutButton } from '../shell/sign-out-button.js';
import { DemoWorkspaceButton } from './demo-workspace-button.js';
import { NewWorkspaceModal } from './new-workspace-modal.js';

/** Signed in, set up, but in no workspace any more (left or deleted them all). */
export function NoWorkspacePage() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  return (
    <PublicLayout size={560}>
      <Stack>
        <Paper withBorder shadow="sm" p="xl">
          <EmptyState variant="light">
            <EmptyState.Indicator>
              <IconFolderOff size={30} aria-hidden />
            </EmptyState.Indicator>
            <EmptyState.Title order={1}>{t('noWorkspace.title')}</EmptyState.Title>
            <EmptyState.Description>{t('noWorkspace.body')}</EmptyState.Description>
            <EmptyState.Actions>
              <Group justify="center">
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
                  {t('shell.newWorkspace')}
                </Button>
                <DemoWorkspaceButton />
              </Group>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
        <Group justify="center">
          <SignOutButton />
        </Group>
      </Stack>
      <NewWorkspaceModal opened={opened} onClose={modal.close} />
    </PublicLayout>
  );
}
