import { Button, Card, CopyButton, Divider, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { type FeedScope, feedsStatusQueryOptions, useCreateFeed, useRevokeFeed } from './routine-queries.js';

const labels = {
  me: {
    title: 'routine.page.icsMine',
    create: 'routine.page.icsCreate',
    regenerate: 'routine.page.icsRegenerate',
    url: 'routine.page.icsUrl',
    download: 'routine.page.icsDownload',
    revoke: 'routine.page.icsRevoke',
  },
  workspace: {
    title: 'routine.page.icsWorkspace',
    create: 'routine.page.icsCreateWorkspace',
    regenerate: 'routine.page.icsRegenerateWorkspace',
    url: 'routine.page.icsWorkspaceUrl',
    download: 'routine.page.icsDownloadWorkspace',
    revoke: 'routine.page.icsRevokeWorkspace',
  },
} as const;

/** One feed: since when it exists, its URL once after (re)creation, regenerate and revoke. */
function FeedRow({
  workspaceId,
  scope,
  since,
}: {
  workspaceId: string;
  scope: FeedScope;
  since: string | null;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateFeed(workspaceId, scope);
  const revoke = useRevokeFeed(workspaceId, scope);
  const [confirming, confirm] = useDisclosure(false);
  const names = labels[scope];
  const url = create.data?.url;
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t(names.title)}
      </Text>
      <Text size="sm" c="dimmed">
        {since
          ? t('routine.page.icsSince', { date: new Date(since).toLocaleDateString(i18n.language) })
          : t('routine.page.icsNone')}
      </Text>
      {url && (
        <>
          <TextInput
            label={t(names.url)}
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group gap="xs">
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? t('routine.page.copied') : t('routine.page.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              component="a"
              href={url}
              download="cadence.ics"
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
            >
              {t(names.download)}
            </Button>
          </Group>
        </>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarPlus size={14} />}
          loading={create.isPending}
          onClick={() => create.mutate(undefined, { onError: notifyProblem })}
        >
          {since || url ? t(names.regenerate) : t(names.create)}
        </Button>
        {since && (
          <Button size="xs" variant="subtle" color="red" onClick={confirm.open}>
            {t(names.revoke)}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={confirming}
        onClose={confirm.close}
        title={t(names.revoke)}
        confirmLabel={t(names.revoke)}
        isPending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              create.reset();
              notifySuccess(t('routine.page.icsRevoked'));
            },
            onError: notifyProblem,
            onSettled: confirm.close,
          })
        }
      >
        {t('routine.page.icsRevokeConfirm')}
      </ConfirmModal>
    </Stack>
  );
}

/**
 * Calendar feeds at secret URLs: mine (my blocks and the workspace's), for anyone who does the
 * work, and the workspace's, handed out by managers. A URL is shown once; regenerating or
 * revoking makes the previous one stop working.
 */
export function IcsPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const status = useQuery(feedsStatusQueryOptions(workspaceId));
  const canHaveOwn = canAccessWorkspace(workspace.role, 'write');
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="xs">
        {t('routine.page.ics')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('routine.page.icsHelp')}
      </Text>
      <Stack gap="md">
        {canHaveOwn && (
          <FeedRow workspaceId={workspaceId} scope="me" since={status.data?.mine?.createdAt ?? null} />
        )}
        {workspace.canManage && (
          <>
            <Divider />
            <FeedRow
              workspaceId={workspaceId}
              scope="workspace"
              since={status.data?.workspace?.createdAt ?? null}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
