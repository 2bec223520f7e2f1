import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../contracts/strategy.js';
import { ConfirmModal } from '../../ui/confirm-modal.js';
import { EditDeleteActions } from '../../ui/edit-delete-actions.js';
import { ErrorState } from '../../ui/error-state.js';
import { NetworkIcon } from '../../ui/network-icon.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { PersonaModal } from './persona-modal.js';
import { personasQueryOptions, useStrategyWrite } from './strategy-queries.js';

/** The ideal clients: what troubles them, what they expect, and where and how they use social media. */
export function PersonasSection({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const personas = useQuery(personasQueryOptions(workspaceId));
  const write = useStrategyWrite(workspaceId, 'personas');
  /** undefined = closed, null = a new persona. */
  const [editing, setEditing] = useState<Persona | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Persona | null>(null);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4">
            {t('budget.strategy.personas')}
          </Title>
          {canEdit && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('budget.strategy.addPersona')}
            </Button>
          )}
        </Group>
        {personas.isError && <ErrorState error={personas.error} onRetry={() => void personas.refetch()} />}
        {personas.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {canEdit ? t('budget.strategy.noPersonas') : t('budget.noneYet')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {personas.data?.map((persona) => (
            <PersonaCard
              key={persona.id}
              persona={persona}
              canEdit={canEdit}
              onEdit={() => setEditing(persona)}
              onDelete={() => setDeleting(persona)}
            />
          ))}
        </SimpleGrid>
      </Stack>
      <PersonaModal persona={editing} workspaceId={workspaceId} onClose={() => setEditing(undefined)} />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('budget.strategy.deletePersonaTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('budget.strategy.delete')}
        isPending={write.isPending}
        onConfirm={() =>
          deleting &&
          write.mutate(
            { method: 'DELETE', path: `personas/${deleting.id}` },
            {
              onSuccess: () => {
                notifySuccess(t('budget.strategy.personaDeleted'));
                setDeleting(null);
              },
              onError: notifyProblem,
            },
          )
        }
      >
        {t('budget.strategy.deletePersonaBody')}
      </ConfirmModal>
    </Paper>
  );
}

const detailFields = ['problems', 'expectations', 'interests'] as const;

function PersonaCard({
  persona,
  canEdit,
  onEdit,
  onDelete,
}: {
  persona: Persona;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article" aria-label={persona.name}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} size="h5">
          {persona.name}
        </Title>
        {canEdit && (
          <EditDeleteActions
            editLabel={t('budget.strategy.editNamed', { name: persona.name })}
            deleteLabel={t('budget.strategy.deleteNamed', { name: persona.name })}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        )}
      </Group>
      {persona.description && (
        <Text size="sm" c="dimmed" mt={4} lineClamp={3}>
          {persona.description}
        </Text>
      )}
      <Stack gap={4} mt="xs">
        {detailFields
          .filter((field) => persona[field])
          .map((field) => (
            <Text key={field} size="sm" lineClamp={3}>
              <Text span fw={600} size="sm">
                {t(`budget.strategy.${field}`)}
              </Text>{' '}
              — {persona[field]}
            </Text>
          ))}
      </Stack>
      {persona.networks.length > 0 && (
        <Stack gap={4} mt="sm">
          {persona.networks.map((item) => (
            <Group key={item.network} gap={6} wrap="nowrap" align="flex-start">
              <Badge
                variant="light"
                color="gray"
                leftSection={<NetworkIcon network={item.network} size={14} />}
                style={{ flexShrink: 0 }}
              >
                {t(`networks.${item.network}`)}
              </Badge>
              {item.usage && <Text size="xs">{item.usage}</Text>}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
