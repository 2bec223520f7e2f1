import { Alert, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconCalendarPlus, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { canAccessWorkspace } from '../../../core/access/index.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import { FeedSubscribeLinks } from './feed-subscribe-links.js';
import {
  type FeedScope,
  feedsStatusQueryOptions,
  useCreateFeed,
  useRevokeFeed,
  useShowFeed,
} from './routine-queries.js';

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

/** One feed: since when it exists, its URL on demand or after (re)creation, regenerate and revoke. */
function FeedRow({
  workspaceId,
  scope,
  live,
  calendarName,
}: {
  workspaceId: string;
  scope: FeedScope;
  live: { createdAt: string; canShowUrl: boolean } | null;
  calendarName: string;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateFeed(workspaceId, scope);
  const show = useShowFeed(workspaceId, scope);
  const revoke = useRevokeFeed(workspaceId, scope);
  const [confirming, confirm] = useDisclosure(false);
  const [regenerating, regenerate] = useDisclosure(false);
  const names = labels[scope];
  const url = create.data?.url ?? show.data?.url;
  const createNow = () =>
    create.mutate(undefined, {
      onSuccess: () => show.reset(),
      onError: notifyProblem,
      onSettled: regenerate.close,
    });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t(names.title)}
      </Text>
      <Text size="sm" c="dimmed">
        {live
          ? t('routine.page.icsSince', {
              date: new Date(live.createdAt).toLocaleDateString(i18n.language, { dateStyle: 'long' }),
            })
          : t('routine.page.icsNone')}
      </Text>
      {live && !live.canShowUrl && !url && (
        <Text size="sm" c="dimmed">
          {t('calendarLink.notKept')}
        </Text>
      )}
      {url && (
        <FeedSubscribeLinks
          url={url}
          calendarName={calendarName}
          label={t(names.url)}
          downloadLabel={t(names.download)}
        />
      )}
      <Group gap="xs">
        {live?.canShowUrl && (
          <Button
            size="xs"
            variant="default"
            leftSection={url ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
            loading={show.isPending}
            onClick={() => {
              if (url) {
                show.reset();
                create.reset();
              } else show.mutate(undefined, { onError: notifyProblem });
            }}
          >
            {url ? t('calendarLink.hide') : t('calendarLink.show')}
          </Button>
        )}
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCalendarPlus size={14} aria-hidden />}
          loading={create.isPending}
          onClick={live ? regenerate.open : createNow}
        >
          {live ? t(names.regenerate) : t(names.create)}
        </Button>
        {live && (
          <Button size="xs" variant="subtle" color="red" onClick={confirm.open}>
            {t(names.revoke)}
          </Button>
        )}
      </Group>
      <ConfirmModal
        opened={regenerating}
        onClose={regenerate.close}
        title={t(names.regenerate)}
        confirmLabel={t(names.regenerate)}
        isPending={create.isPending}
        onConfirm={createNow}
      >
        {t('calendarLink.regenerateWarning')}
      </ConfirmModal>
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
              show.reset();
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
 * work, and the workspace's, handed out by managers. A live URL can be shown again; regenerating
 * or revoking makes the previous one stop working. When the server's public address is local, a
 * warning says that Google or Outlook cannot read the feed.
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
        {status.data?.isBaseUrlLocal && (
          <Alert
            color="orange"
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('calendarLink.localTitle')}
          >
            {t('calendarLink.localBody', { host: status.data.baseUrl })}
          </Alert>
        )}
        {canHaveOwn && (
          <FeedRow
            workspaceId={workspaceId}
            scope="me"
            live={status.data?.mine ?? null}
            calendarName={`${workspace.name} · ${t('routine.page.icsMine')}`}
          />
        )}
        {workspace.canManage && (
          <>
            <Divider />
            <FeedRow
              workspaceId={workspaceId}
              scope="workspace"
              live={status.data?.workspace ?? null}
              calendarName={`${workspace.name} · Routine`}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
