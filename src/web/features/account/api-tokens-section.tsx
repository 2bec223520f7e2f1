import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedApiToken } from '../../../contracts/api-tokens.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { workspacesQueryOptions } from '../workspaces/workspaces-queries.js';
import { apiTokensQueryOptions, useCreateApiToken, useRevokeApiToken } from './api-tokens-queries.js';

/** A short `curl` that sends a lead with a token: what a person pastes into a CRM's webhook. */
export function curlExample(token: string, workspaceId: string, today: string): string {
  const body = JSON.stringify({
    kind: 'lead',
    occurredOn: today,
    externalId: 'crm-1234',
    utmSource: 'mastodon',
    utmCampaign: 'ateliers',
  });
  return [
    `curl -X POST ${window.location.origin}/api/v1/workspaces/${workspaceId}/outcomes \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    '  -H "Content-Type: application/json" \\',
    `  -d '${body}'`,
  ].join('\n');
}

/** The person's API tokens: list, create for chosen workspaces (shown once), revoke. */
export function ApiTokensSection() {
  const { t, i18n } = useTranslation();
  const tokens = useQuery(apiTokensQueryOptions);
  const workspaces = useQuery(workspacesQueryOptions);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeApiToken();
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      id="api-tokens"
      aria-labelledby="api-tokens-title"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="api-tokens-title">
          {t('account.apiTokens.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.apiTokens.help')}
        </Text>
        {created && <CreatedToken created={created} onDone={() => setCreated(null)} />}
        {tokens.isPending && <Skeleton h={60} />}
        {tokens.data?.length === 0 && !created && (
          <Text size="sm" c="dimmed">
            {t('account.apiTokens.empty')}
          </Text>
        )}
        <Stack gap="xs" data-testid="api-token-list">
          {tokens.data?.map((token) => (
            <Paper key={token.id} withBorder p="sm" radius="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {token.name}
                    </Text>
                    <Code>{token.hint}</Code>
                  </Group>
                  <Group gap={4}>
                    {token.workspaces.length === 0 && (
                      <Text size="xs" c="dimmed">
                        {t('account.apiTokens.noWorkspace')}
                      </Text>
                    )}
                    {token.workspaces.map((workspace) => (
                      <Badge key={workspace.id} variant="light" size="sm" style={{ textTransform: 'none' }}>
                        {workspace.name}
                      </Badge>
                    ))}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('account.apiTokens.createdOn', { date: formatDate(token.createdAt) })} ·{' '}
                    {token.lastUsedAt
                      ? t('account.apiTokens.lastUsed', { date: formatDate(token.lastUsedAt) })
                      : t('account.apiTokens.neverUsed')}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  style={{ flexShrink: 0 }}
                  onClick={() => setRevoking(token)}
                >
                  {t('account.apiTokens.revoke')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
        {workspaces.data && (
          <CreateTokenForm
            workspaces={workspaces.data.map(({ id, name }) => ({ id, name }))}
            onCreated={setCreated}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('account.apiTokens.docs')}
        </Text>
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('account.apiTokens.revokeTitle', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.apiTokens.revoke')}
        isPending={revoke.isPending}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setRevoking(null);
              notifySuccess(t('account.apiTokens.revoked'));
            },
            onError: notifyProblem,
          })
        }
      >
        {t('account.apiTokens.revokeBody')}
      </ConfirmModal>
    </Paper>
  );
}

function CreateTokenForm({
  workspaces,
  onCreated,
}: {
  workspaces: { id: string; name: string }[];
  onCreated: (created: CreatedApiToken) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>(() =>
    workspaces.length === 1 ? [workspaces[0]?.id ?? ''] : [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, workspaceIds: chosen },
      {
        onSuccess: (result) => {
          setName('');
          setChosen([]);
          onCreated(result);
        },
        onError: notifyProblem,
      },
    );
  };
  if (workspaces.length === 0) return null;
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t('account.apiTokens.name')}
          placeholder={t('account.apiTokens.namePlaceholder')}
          value={name}
          maxLength={80}
          required
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Checkbox.Group
          label={t('account.apiTokens.workspaces')}
          value={chosen}
          onChange={setChosen}
          required
        >
          <Stack gap={6} mt={6}>
            {workspaces.map((workspace) => (
              <Checkbox key={workspace.id} value={workspace.id} label={workspace.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button
            type="submit"
            leftSection={<IconKey size={16} aria-hidden />}
            loading={create.isPending}
            disabled={name.trim() === '' || chosen.length === 0}
          >
            {t('account.apiTokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The one time a token is shown: copy it, and the example that uses it. */
function CreatedToken({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation();
  const workspaceId = created.apiToken.workspaces[0]?.id ?? '';
  const example = curlExample(created.token, workspaceId, new Date().toISOString().slice(0, 10));
  return (
    <Alert color="blue" title={t('account.apiTokens.created')} data-testid="created-api-token">
      <Stack gap="sm">
        <Text size="sm">{t('account.apiTokens.copyNow')}</Text>
        <Code
          block
          data-testid="api-token-value"
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
        >
          {created.token}
        </Code>
        <Group gap="xs">
          <CopyButton value={created.token}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                }
              >
                {copied ? t('account.apiTokens.copied') : t('account.apiTokens.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('account.apiTokens.done')}
          </Button>
        </Group>
        <Text size="sm" fw={600}>
          {t('account.apiTokens.example')}
        </Text>
        <Code
          block
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
          data-testid="api-token-example"
        >
          {example}
        </Code>
        <Text size="xs">{t('account.apiTokens.exampleHelp')}</Text>
        <CopyButton value={example}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="subtle" onClick={copy}>
              {copied ? t('account.apiTokens.copied') : t('account.apiTokens.copyExample')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
