import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifyProblem } from '../../ui/notify.js';
import { useCreateMyFeed } from './routine-queries.js';

/** My calendar feed: created or regenerated here, its secret URL shown once to copy or download. */
export function IcsPanel({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const feed = useCreateMyFeed(workspaceId);
  return (
    <Card withBorder radius="md">
      <Title order={2} size="h5" mb="xs">
        {t('routine.page.ics')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('routine.page.icsHelp')}
      </Text>
      {feed.data && (
        <Stack gap="xs" mb="sm">
          <TextInput
            label={t('routine.page.icsUrl')}
            value={feed.data.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group gap="xs">
            <CopyButton value={feed.data.url}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" color={copied ? 'teal' : 'blue'} onClick={copy}>
                  {copied ? t('routine.page.copied') : t('routine.page.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              component="a"
              href={feed.data.url}
              download="cadence.ics"
              size="xs"
              variant="light"
              leftSection={<IconDownload size={14} />}
            >
              {t('routine.page.icsDownload')}
            </Button>
          </Group>
        </Stack>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCalendarPlus size={14} />}
        loading={feed.isPending}
        onClick={() => feed.mutate(undefined, { onError: notifyProblem })}
      >
        {feed.data ? t('routine.page.icsRegenerate') : t('routine.page.icsCreate')}
      </Button>
    </Card>
  );
}
