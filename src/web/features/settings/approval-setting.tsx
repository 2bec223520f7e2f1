import { Card, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { useUpdateWorkspace } from '../workspaces/workspaces-queries.js';

/** Agencies: posts are scheduled once the client (a viewer) has approved them. */
export function ApprovalSetting() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const updateWorkspace = useUpdateWorkspace(workspace.id);
  return (
    <Card p={{ base: 'md', sm: 'xl' }} maw={720}>
      <Switch
        label={t('settings.approvalLabel')}
        description={t('settings.approvalHelp')}
        checked={workspace.postsNeedApproval}
        disabled={!workspace.canManage || updateWorkspace.isPending}
        onChange={(event) =>
          updateWorkspace.mutate(
            { postsNeedApproval: event.currentTarget.checked },
            { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem },
          )
        }
        data-testid="posts-need-approval"
      />
    </Card>
  );
}
