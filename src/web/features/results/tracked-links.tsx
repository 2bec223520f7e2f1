import { Button, Card, CopyButton, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findUrls } from '../../../core/content/post-length.js';
import { addUtmParameters, postShortId } from '../../../core/results/utm.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { resultsSettingsQueryOptions, useSaveResultsSettings } from './results-queries.js';

/** The workspace's "tracked links" setting (on by default), on the results page. */
export function TrackedLinksSetting({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery(resultsSettingsQueryOptions(workspaceId));
  const save = useSaveResultsSettings(workspaceId);
  if (!settings.data) return null;
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('results.trackedLinks.title')}
      </Title>
      <Switch
        label={t('results.trackedLinks.label')}
        description={t('results.trackedLinks.help')}
        styles={{ description: { overflowWrap: 'anywhere' } }}
        checked={settings.data.trackLinks}
        disabled={!canManage || save.isPending}
        onChange={(event) =>
          save.mutate(
            { trackLinks: event.currentTarget.checked },
            { onSuccess: () => notifySuccess(t('results.trackedLinks.saved')), onError: notifyProblem },
          )
        }
      />
    </Card>
  );
}

/**
 * In the post editor, under the link: a line saying the links will be tagged at publication
 * (the draft stays as written), and the first link as each network's version will carry it,
 * ready to copy for the networks published by hand. Nothing when the setting is off or the post
 * has no web link.
 */
export function TrackedLinkPreview({
  workspaceId,
  postId,
  link,
  text,
  networks,
  campaign,
}: {
  workspaceId: string;
  postId: string;
  link: string;
  text: string;
  networks: readonly string[];
  campaign: string | null;
}) {
  const { t } = useTranslation();
  const settings = useQuery(resultsSettingsQueryOptions(workspaceId));
  const first = /^https?:\/\//.test(link.trim()) ? link.trim() : findUrls(text)[0];
  if (!settings.data?.trackLinks || !first || networks.length === 0) return null;
  const content = postShortId(postId);
  return (
    <Stack gap={4} data-testid="tracked-links">
      <Text size="xs">{t('results.trackedLinks.willTag')}</Text>
      {networks.map((network) => {
        const tracked = addUtmParameters(first, { network, campaign, content });
        const name = t(`networks.${network}` as 'networks.linkedin', { defaultValue: network });
        return (
          <Group key={network} gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('results.trackedLinks.preview', { network: name, link: tracked })}
            </Text>
            <CopyButton value={tracked}>
              {({ copied, copy }) => (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={copy}
                  leftSection={
                    copied ? <IconCheck size={12} aria-hidden /> : <IconCopy size={12} aria-hidden />
                  }
                  aria-label={`${t('results.trackedLinks.copy')} · ${name}`}
                >
                  {copied ? t('results.trackedLinks.copied') : t('results.trackedLinks.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        );
      })}
    </Stack>
  );
}
