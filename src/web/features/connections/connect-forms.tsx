import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconBrandBluesky, IconBrandMastodon, IconKey, IconWebhook } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  connectBlueskyBodySchema,
  connectWebhookBodySchema,
  startMastodonBodySchema,
} from '../../../contracts/connections.js';
import { formatWebhookSecret, webhookSecretKeyBytes } from '../../../core/publishing/webhook-secret.js';
import { isProblem } from '../../app/api.js';
import { deferred } from '../../app/deferred-schema.js';
import { showProblemInForm } from '../../ui/form-problems.js';
import { notifySuccess } from '../../ui/notify.js';
import { useConnectBluesky, useConnectWebhook, useStartMastodon } from './connections-queries.js';

function ConnectCard({
  icon,
  title,
  help,
  children,
}: {
  icon: ReactNode;
  title: string;
  help: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={3} size="h4">
            {title}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * What the network said when it refused (wrong app password, unreachable server, a receiver that
 * answered 404): shown in the card, where the person is looking. Field errors go to the fields.
 */
function RefusalAlert({ error }: { error: unknown }) {
  if (!error || (isProblem(error) && error.errors.length > 0)) return null;
  const { title, detail } = isProblem(error) ? error : { title: String(error), detail: '' };
  return (
    <Alert
      color="red"
      variant="light"
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={title}
      role="alert"
      data-testid="connect-refused"
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {detail}
      </Text>
    </Alert>
  );
}

/** Only field errors are placed in the form; the refusal itself shows in the card. */
function placeFieldErrors(form: Parameters<typeof showProblemInForm>[0], error: unknown, paths: string[]) {
  if (isProblem(error) && error.errors.length > 0) showProblemInForm(form, error, paths);
}

/** Sends the person to their instance; they come back to this page through the callback. */
function MastodonForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const start = useStartMastodon(workspaceId);
  const form = useForm({
    initialValues: { instance: '' },
    validate: schemaResolver(startMastodonBodySchema),
  });
  return (
    <ConnectCard
      icon={<IconBrandMastodon size={22} aria-hidden />}
      title={t('connections.mastodon.title')}
      help={t('connections.mastodon.help')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          start.mutate(values.instance, {
            onSuccess: ({ authorizationUrl }) => window.location.assign(authorizationUrl),
            onError: (error) => placeFieldErrors(form, error, ['instance']),
          }),
        )}
      >
        <Stack gap="sm">
          <TextInput
            label={t('connections.mastodon.instance')}
            placeholder={t('connections.mastodon.instancePlaceholder')}
            autoComplete="url"
            {...form.getInputProps('instance')}
          />
          <RefusalAlert error={start.error} />
          <Button type="submit" loading={start.isPending}>
            {t('connections.mastodon.submit')}
          </Button>
        </Stack>
      </form>
    </ConnectCard>
  );
}

function BlueskyForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const connect = useConnectBluesky(workspaceId);
  const form = useForm({
    initialValues: { handle: '', appPassword: '' },
    validate: schemaResolver(connectBlueskyBodySchema),
  });
  return (
    <ConnectCard
      icon={<IconBrandBluesky size={22} aria-hidden />}
      title={t('connections.bluesky.title')}
      help={t('connections.bluesky.help')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          connect.mutate(connectBlueskyBodySchema.parse(values), {
            onSuccess: (account) => {
              notifySuccess(t('connections.connected', { name: account.accountName }));
              form.reset();
            },
            onError: (error) => placeFieldErrors(form, error, ['handle', 'appPassword']),
          }),
        )}
      >
        <Stack gap="sm">
          <TextInput
            label={t('connections.bluesky.handle')}
            placeholder={t('connections.bluesky.handlePlaceholder')}
            autoComplete="username"
            {...form.getInputProps('handle')}
          />
          <PasswordInput
            label={t('connections.bluesky.appPassword')}
            placeholder={t('connections.bluesky.appPasswordPlaceholder')}
            autoComplete="off"
            {...form.getInputProps('appPassword')}
          />
          <RefusalAlert error={connect.error} />
          <Button type="submit" loading={connect.isPending}>
            {t('connections.bluesky.submit')}
          </Button>
        </Stack>
      </form>
    </ConnectCard>
  );
}

const webhookFormSchema = deferred(() =>
  z.object({
    url: connectWebhookBodySchema.shape.url,
    secret: connectWebhookBodySchema.shape.secret,
  }),
);

function WebhookForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const connect = useConnectWebhook(workspaceId);
  const form = useForm({
    initialValues: { url: '', secret: '' },
    validate: schemaResolver(webhookFormSchema),
  });
  const generate = () =>
    form.setFieldValue(
      'secret',
      formatWebhookSecret(crypto.getRandomValues(new Uint8Array(webhookSecretKeyBytes))),
    );
  return (
    <ConnectCard
      icon={<IconWebhook size={22} aria-hidden />}
      title={t('connections.webhook.title')}
      help={t('connections.webhook.help')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          connect.mutate(values, {
            onSuccess: (account) => {
              notifySuccess(t('connections.connected', { name: account.accountName }));
              form.reset();
            },
            onError: (error) => placeFieldErrors(form, error, ['url', 'secret']),
          }),
        )}
      >
        <Stack gap="sm">
          <TextInput
            label={t('connections.webhook.url')}
            placeholder={t('connections.webhook.urlPlaceholder')}
            type="url"
            {...form.getInputProps('url')}
          />
          <TextInput
            label={t('connections.webhook.secret')}
            description={t('connections.webhook.secretHelp')}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('secret')}
          />
          <RefusalAlert error={connect.error} />
          <Stack gap="xs">
            <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={generate}>
              {t('connections.webhook.generate')}
            </Button>
            <Button type="submit" loading={connect.isPending}>
              {t('connections.webhook.submit')}
            </Button>
          </Stack>
        </Stack>
      </form>
    </ConnectCard>
  );
}

/** The three ways to connect, side by side on a desktop, stacked on a phone. */
export function ConnectForms({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('connections.connectTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <MastodonForm workspaceId={workspaceId} />
        <BlueskyForm workspaceId={workspaceId} />
        <WebhookForm workspaceId={workspaceId} />
      </SimpleGrid>
    </Stack>
  );
}
