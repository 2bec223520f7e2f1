import { Alert, Button, Card, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreateWorkspaceBody,
  createWorkspaceBodySchema,
  type Workspace,
} from '../../../contracts/workspaces.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { PublishingSettings } from '../publishing/publishing-settings.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { WorkspaceFields } from '../workspaces/workspace-fields.js';
import { useUpdateWorkspace } from '../workspaces/workspaces-queries.js';
import { ApprovalSetting } from './approval-setting.js';
import { DeleteWorkspace } from './delete-workspace.js';
import { ExportWorkspace, ImportWorkspace } from './workspace-portability.js';

const fields = ['name', 'timeZone', 'currency', 'locale'] as const;

function valuesOf(workspace: Workspace): CreateWorkspaceBody {
  return {
    name: workspace.name,
    timeZone: workspace.timeZone,
    currency: workspace.currency as CreateWorkspaceBody['currency'],
    locale: workspace.locale,
  };
}

/** Name, time zone, currency and language of the workspace; deletion for its owners. */
export function SettingsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const updateWorkspace = useUpdateWorkspace(workspace.id);
  const form = useForm<CreateWorkspaceBody>({
    initialValues: valuesOf(workspace),
    validate: schemaResolver(createWorkspaceBodySchema, { sync: true }),
  });
  const { setValues, resetDirty } = form;

  // Another workspace opened in the same page (switcher): show its values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the workspace changes
  useEffect(() => {
    setValues(valuesOf(workspace));
    resetDirty(valuesOf(workspace));
  }, [workspace.id]);

  const submit = form.onSubmit((values) =>
    updateWorkspace.mutate(values, {
      onSuccess: (updated) => {
        notifySuccess(t('common.saved'));
        resetDirty(valuesOf(updated));
      },
      onError: (error) => showProblemInForm(form, error, fields),
    }),
  );

  return (
    <Stack gap="lg">
      <ListedPageHeader page="settings" />
      {!workspace.canManage && (
        <Alert variant="light" color="gray" icon={<IconLock aria-hidden />}>
          {t('settings.readOnly')}
        </Alert>
      )}
      <Card p={{ base: 'md', sm: 'xl' }} maw={720}>
        <form onSubmit={submit} noValidate>
          <WorkspaceFields
            inputProps={(field) => form.getInputProps(field)}
            disabled={!workspace.canManage}
          />
          {workspace.canManage && (
            <Group justify="flex-end" mt="xl">
              <Button type="submit" loading={updateWorkspace.isPending} disabled={!form.isDirty()}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </form>
      </Card>
      {workspace.isOwner && <ExportWorkspace workspaceId={workspace.id} />}
      <ImportWorkspace />
      <PublishingSettings workspace={workspace} canManage={workspace.canManage} />
      <ApprovalSetting />
      {workspace.isOwner && <DeleteWorkspace workspaceId={workspace.id} workspaceName={workspace.name} />}
    </Stack>
  );
}
