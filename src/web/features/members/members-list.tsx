import { ActionIcon, Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Member, Role } from '../../../contracts/workspaces.js';
import { canEditMember, canRemoveMember } from '../../../core/access/index.js';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { formatCents } from '../../ui/money.js';
import { RoleBadge } from '../../ui/role-badge.js';
import { useMediaMatch } from '../../ui/use-media-match.js';

type Props = {
  members: Member[];
  actorRole: Role;
  actorUserId: string;
  currency: string;
  onEdit: (member: Member) => void;
  onRemove: (member: Member) => void;
};

function MemberActions({
  member,
  actorRole,
  actorUserId,
  onEdit,
  onRemove,
}: Omit<Props, 'members' | 'currency'> & { member: Member }) {
  const { t } = useTranslation();
  const canEdit = canEditMember(actorRole, member.role);
  // Oneself is not removed from this list: one leaves with "Leave this workspace".
  const canRemove =
    member.userId !== actorUserId && canRemoveMember({ userId: actorUserId, role: actorRole }, member);
  if (!canEdit && !canRemove) return null;
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {canEdit && (
        <HoverTooltip label={t('common.edit')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('members.editMember', { name: member.name })}
            onClick={() => onEdit(member)}
          >
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
        </HoverTooltip>
      )}
      {canRemove && (
        <HoverTooltip label={t('members.removeConfirm')}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('members.removeMember', { name: member.name })}
            onClick={() => onRemove(member)}
          >
            <IconUserMinus size={18} aria-hidden />
          </ActionIcon>
        </HoverTooltip>
      )}
    </Group>
  );
}

/** Members as a table on wide screens and as cards on phones. */
export function MembersList(props: Props) {
  const { members, currency, actorUserId, actorRole } = props;
  const { t, i18n } = useTranslation();
  const isPhone = useMediaMatch('(max-width: 48em)');
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const canActOnAnyone = members.some(
    (member) =>
      canEditMember(actorRole, member.role) ||
      (member.userId !== actorUserId && canRemoveMember({ userId: actorUserId, role: actorRole }, member)),
  );

  const cost = (member: Member) =>
    member.hourlyCostCents === null ? (
      <Text span size="sm" c="dimmed">
        {t('common.notSet')}
      </Text>
    ) : (
      <Text span size="sm">
        {formatCents(member.hourlyCostCents, currency, i18n.language)}
      </Text>
    );
  const name = (member: Member) => (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {member.name}
      </Text>
      {member.userId === actorUserId && (
        <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
          {t('common.you')}
        </Badge>
      )}
    </Group>
  );

  if (isPhone) {
    return (
      <Stack gap="sm">
        {members.map((member) => (
          <Card key={member.userId} p="md" data-testid="member-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} miw={0}>
                {name(member)}
                <Text size="sm" c="dimmed" truncate="end">
                  {member.email}
                </Text>
                <Group gap="xs">
                  <RoleBadge role={member.role} />
                  {cost(member)}
                </Group>
              </Stack>
              <MemberActions {...props} member={member} />
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Card p={0}>
      <Table.ScrollContainer minWidth={820} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.email')}</Table.Th>
              <Table.Th>{t('members.role')}</Table.Th>
              <Table.Th>{t('members.hourlyCost')}</Table.Th>
              <Table.Th>{t('members.joined')}</Table.Th>
              {canActOnAnyone && <Table.Th ta="right">{t('members.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>{name(member)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" truncate="end" maw={280} title={member.email}>
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={member.role} />
                </Table.Td>
                <Table.Td>{cost(member)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{dateFormat.format(new Date(member.joinedAt))}</Text>
                </Table.Td>
                {canActOnAnyone && (
                  <Table.Td>
                    <MemberActions {...props} member={member} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
