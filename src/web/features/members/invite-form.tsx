import {
  ActionIcon,
  Alert,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconCheck, IconCopy, IconMailCheck, IconMailOff, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type CreatedInvitation, invitableRoleSchema } from '../../../contracts/workspaces.js';
import { deferred } from '../../app/deferred-schema.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { HoverTooltip } from '../../ui/hover-tooltip.js';
import { useCreateInvitation } from './members-queries.js';
import { RoleSelect } from './role-select.js';

const inviteSchema = deferred(() =>
  z.object({ email: z.email().trim().max(254), role: invitableRoleSchema }),
);

function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={invitation.emailSent ? 'cyan' : 'indigo'}
      variant="light"
      icon={invitation.emailSent ? <IconMailCheck aria-hidden /> : <IconMailOff aria-hidden />}
      title={t('invite.createdTitle', { email: invitation.email })}
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">{invitation.emailSent ? t('invite.emailed') : t('invite.notEmailed')}</Text>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label={t('invite.link')}
            value={invitation.link}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            data-testid="invitation-link"
          />
          <CopyButton value={invitation.link} timeout={2000}>
            {({ copied, copy }) => (
              <HoverTooltip label={copied ? t('common.copied') : t('invite.copyLink')}>
                <ActionIcon
                  size="lg"
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                  aria-label={copied ? t('common.copied') : t('invite.copyLink')}
                >
                  {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                </ActionIcon>
              </HoverTooltip>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

/** Invite by email with a role; shows the link once (the only time the API returns it). */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const createInvitation = useCreateInvitation(workspaceId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'member' as 'manager' | 'member' | 'viewer' },
    validate: schemaResolver(inviteSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) =>
    createInvitation.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (invitation) => {
          setCreated(invitation);
          form.setFieldValue('email', '');
        },
        onError: (error) => showProblemInForm(form, error, ['email', 'role']),
      },
    ),
  );

  return (
    <Card p="lg">
      <Title order={2} size="h4" mb="md">
        {t('invite.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('invite.email')}
            placeholder={t('auth.emailPlaceholder')}
            type="email"
            autoComplete="off"
            withAsterisk
            style={{ flex: '1 1 240px' }}
            {...form.getInputProps('email')}
          />
          <RoleSelect
            label={t('invite.role')}
            roles={['manager', 'member', 'viewer']}
            w={180}
            {...form.getInputProps('role')}
          />
          <Button
            type="submit"
            mt={{ base: 0, xs: 25 }}
            loading={createInvitation.isPending}
            leftSection={<IconSend size={16} aria-hidden />}
          >
            {t('invite.submit')}
          </Button>
        </Group>
      </form>
      {created && (
        <Stack mt="md">
          <InvitationLink invitation={created} />
        </Stack>
      )}
    </Card>
  );
}
