import { Button, Group } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type CreateWorkspaceBody, createWorkspaceBodySchema } from '../../../contracts/workspaces.js';
import { currentLanguage } from '../../app/i18n/index.js';
import { AppModal } from '../../ui/app-modal.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { browserTimeZone } from '../../ui/time-zones.js';
import { WorkspaceFields } from './workspace-fields.js';
import { useCreateWorkspace } from './workspaces-queries.js';

const fields = ['name', 'timeZone', 'currency', 'locale'] as const;

/** "New workspace": the four fields, then straight into the new workspace. */
export function NewWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createWorkspace = useCreateWorkspace();
  const form = useForm<CreateWorkspaceBody>({
    initialValues: { name: '', timeZone: browserTimeZone(), currency: 'EUR', locale: currentLanguage() },
    validate: schemaResolver(createWorkspaceBodySchema, { sync: true }),
  });

  function close() {
    form.reset();
    onClose();
  }

  const submit = form.onSubmit((values) =>
    createWorkspace.mutate(values, {
      onSuccess: (workspace) => {
        notifySuccess(t('shell.created', { name: workspace.name }));
        close();
        void navigate({ to: '/w/$workspaceId', params: { workspaceId: workspace.id } });
      },
      onError: (error) => showProblemInForm(form, error, fields),
    }),
  );

  return (
    <AppModal opened={opened} onClose={close} title={t('shell.newWorkspaceTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <WorkspaceFields inputProps={(field) => form.getInputProps(field)} autoFocus />
        <Group justify="flex-end" mt="xl">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={createWorkspace.isPending}>
            {t('shell.create')}
          </Button>
        </Group>
      </form>
    </AppModal>
  );
}
