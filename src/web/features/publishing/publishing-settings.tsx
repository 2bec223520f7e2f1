import { Button, Card, Group, NumberInput, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../contracts/workspaces.js';
import { isProblem } from '../../app/api.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useUpdateWorkspace } from '../workspaces/workspaces-queries.js';

/** The lateness rule: how late a publication may still go out before it is marked missed. */
export function PublishingSettings({ workspace, canManage }: { workspace: Workspace; canManage: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateWorkspace(workspace.id);
  const [minutes, setMinutes] = useState<number | string>(workspace.publishingLatenessMinutes);
  useEffect(() => setMinutes(workspace.publishingLatenessMinutes), [workspace.publishingLatenessMinutes]);
  const error = isProblem(update.error)
    ? update.error.errors.find((item) => item.path === 'publishingLatenessMinutes')?.message
    : undefined;
  return (
    <Card p={{ base: 'md', sm: 'xl' }} maw={720}>
      <Stack>
        <Title order={2} size="h4">
          {t('publishing.settings.title')}
        </Title>
        <NumberInput
          label={t('publishing.settings.lateness')}
          description={t('publishing.settings.latenessHelp')}
          min={1}
          max={1440}
          allowDecimal={false}
          value={minutes}
          onChange={setMinutes}
          disabled={!canManage}
          error={error}
          maw={320}
        />
        {canManage && (
          <Group justify="flex-end">
            <Button
              loading={update.isPending}
              disabled={Number(minutes) === workspace.publishingLatenessMinutes}
              onClick={() =>
                update.mutate(
                  { publishingLatenessMinutes: Number(minutes) },
                  {
                    onSuccess: () => notifySuccess(t('common.saved')),
                    onError: (problem) => {
                      if (!isProblem(problem) || problem.errors.length === 0) notifyProblem(problem);
                    },
                  },
                )
              }
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
