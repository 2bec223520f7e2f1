import { Button, Card, CopyButton, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addUtmParameters } from '../../../core/results/utm.js';
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
 * Under a post's link in the editor: the link each network's version will carry, with the UTM
 * parameters, ready to copy. Nothing when the setting is off or the link is not a web address.
 */
export function TrackedLinkPreview({
  workspaceId,
  link,
  networks,
  campaign,
}: {
  workspaceId: string;
  link: string;
  networks: readonly string[];
  campaign: string | null;
}) {
  const { t } = useTranslation();
  const settings = useQuery(resultsSettingsQueryOptions(workspaceId));
  if (!settings.data?.trackLinks || !/^https?:\/\//.test(link.trim())) return null;
  return (
    <Stack gap={4} data-testid="tracked-links">
      {networks.map((network) => {
        const tracked = addUtmParameters(link.trim(), { network, campaign });
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
