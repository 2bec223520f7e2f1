import { Alert, Badge, EmptyState, Skeleton, Stack, Text } from '@mantine/core';
import { IconEye, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../contracts/workspaces.js';
import { useSignedInMe } from '../../app/use-signed-in-me.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { ListedPageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { EditMemberModal } from './edit-member-modal.js';
import { InviteForm } from './invite-form.js';
import { LeaveWorkspace } from './leave-workspace.js';
import { MembersList } from './members-list.js';
import { membersQueryOptions, useRemoveMember } from './members-queries.js';
import { OpenInvitations } from './open-invitations.js';
import { RolesLegend } from './roles-legend.js';

export function MembersPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const me = useSignedInMe();
  const members = useQuery(membersQueryOptions(workspace.id));
  const removeMember = useRemoveMember(workspace.id);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  function confirmRemove() {
    if (!removing) return;
    const { userId, name } = removing;
    removeMember.mutate(userId, {
      onSuccess: () => notifySuccess(t('members.removed', { name })),
      onError: notifyProblem,
      onSettled: () => setRemoving(null),
    });
  }

  return (
    <Stack gap="lg">
      <ListedPageHeader
        page="members"
        actions={
          members.data && (
            <Badge variant="light" size="lg">
              {t('members.count', { count: members.data.length })}
            </Badge>
          )
        }
      />
      {!workspace.canManage && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('members.readOnly')}
        </Alert>
      )}
      {workspace.canManage && <InviteForm workspaceId={workspace.id} />}
      {members.isPending && <Skeleton h={180} radius="md" />}
      {members.isError && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && (
        <MembersList
          members={members.data}
          actorRole={workspace.role}
          actorUserId={me.user.id}
          currency={workspace.currency}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
      )}
      {members.data?.length === 1 && workspace.canManage && (
        <EmptyState size="sm" icon={<IconUsers size={24} aria-hidden />} description={t('members.empty')} />
      )}
      {workspace.canManage && <OpenInvitations workspaceId={workspace.id} />}
      <RolesLegend />
      <LeaveWorkspace workspaceId={workspace.id} workspaceName={workspace.name} />
      <EditMemberModal
        member={editing}
        actorRole={workspace.role}
        workspaceId={workspace.id}
        currency={workspace.currency}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        onConfirm={confirmRemove}
        title={t('members.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('members.removeConfirm')}
        isPending={removeMember.isPending}
      >
        <Text size="sm">{t('members.removeBody', { name: removing?.name ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
