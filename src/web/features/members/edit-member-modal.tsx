import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Role, UpdateMemberBody } from '../../../contracts/workspaces.js';
import { assignableRoles } from '../../../core/access/index.js';
import { AppModal } from '../../ui/app-modal.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { centsToAmountInput, parseAmountToCents } from '../../ui/money.js';
import { notifySuccess } from '../../ui/notify.js';
import { useUpdateMember } from './members-queries.js';
import { RoleSelect } from './role-select.js';

type Values = { role: Role; hourlyCost: string };

/** Change a member's role and what their hour costs. */
export function EditMemberModal({
  member,
  actorRole,
  workspaceId,
  currency,
  onClose,
}: {
  member: Member | null;
  actorRole: Role;
  workspaceId: string;
  currency: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const updateMember = useUpdateMember(workspaceId);
  const form = useForm<Values>({
    initialValues: { role: 'member', hourlyCost: '' },
    validate: {
      hourlyCost: (value) => (parseAmountToCents(value) === undefined ? t('onboarding.rateInvalid') : null),
    },
  });
  const { setValues, resetDirty } = form;

  useEffect(() => {
    if (!member) return;
    setValues({ role: member.role, hourlyCost: centsToAmountInput(member.hourlyCostCents, i18n.language) });
    resetDirty();
  }, [member, i18n.language, setValues, resetDirty]);

  if (!member) return null;

  const submit = form.onSubmit((values) => {
    const body: UpdateMemberBody = {};
    if (values.role !== member.role) body.role = values.role;
    const cents = parseAmountToCents(values.hourlyCost) ?? null;
    if (cents !== member.hourlyCostCents) body.hourlyCostCents = cents;
    if (Object.keys(body).length === 0) return onClose();
    updateMember.mutate(
      { userId: member.userId, body },
      {
        onSuccess: () => {
          notifySuccess(t('members.updated'));
          onClose();
        },
        onError: (error) => showProblemInForm(form, error, ['role']),
      },
    );
  });

  return (
    <AppModal
      opened
      onClose={onClose}
      title={<Text fw={600}>{t('members.editTitle', { name: member.name })}</Text>}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <RoleSelect
            label={t('members.role')}
            roles={assignableRoles(actorRole)}
            {...form.getInputProps('role')}
          />
          <TextInput
            label={t('members.hourlyCostLabel', { currency })}
            description={t('members.hourlyCostHint')}
            inputMode="decimal"
            data-autofocus
            {...form.getInputProps('hourlyCost')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={updateMember.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
