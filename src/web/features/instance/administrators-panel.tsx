import { ActionIcon, Button, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../app/api.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import {
  useGrantAdministrator,
  useInstanceAdministrators,
  useRevokeAdministrator,
} from './instance-queries.js';

/** Who administers the instance; any administrator can add an existing account or remove one. */
export function AdministratorsPanel() {
  const { t } = useTranslation();
  const administrators = useInstanceAdministrators();
  const grant = useGrantAdministrator();
  const revoke = useRevokeAdministrator();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    grant.mutate(
      { email: email.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('instance.granted', { email: email.trim() }));
          setEmail('');
        },
        onError: (problem) => (isProblem(problem) ? setError(problem.detail) : notifyProblem(problem)),
      },
    );
  }

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('instance.administratorsTitle')}
      </Title>
      {administrators.isPending && <Skeleton h={80} radius="md" />}
      {administrators.isError && (
        <ErrorState error={administrators.error} onRetry={() => void administrators.refetch()} />
      )}
      {administrators.data?.map((administrator) => (
        <Group key={administrator.userId} justify="space-between" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={500} truncate="end">
              {administrator.name}
            </Text>
            <Text size="sm" c="dimmed" truncate="end">
              {administrator.email}
            </Text>
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('instance.revoke', { name: administrator.name })}
            onClick={() =>
              revoke.mutate(administrator.userId, {
                onSuccess: () => notifySuccess(t('instance.revoked', { name: administrator.name })),
                onError: notifyProblem,
              })
            }
          >
            <IconUserMinus size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="email"
            required
            label={t('instance.grantLabel')}
            description={t('instance.grantHelp')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={error}
            style={{ flex: '1 1 240px' }}
          />
          <Button
            type="submit"
            loading={grant.isPending}
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            {t('instance.grant')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
