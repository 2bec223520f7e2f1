import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../../contracts/strategy.js';
import { type NetworkKey, networkKeys } from '../../../core/strategy/networks.js';
import { AppModal } from '../../ui/app-modal.js';
import { GrowingTextarea } from '../../ui/growing-textarea.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { useStrategyWrite } from './strategy-queries.js';

const textFields = ['description', 'problems', 'expectations', 'interests'] as const;
type Draft = { name: string; networks: { network: NetworkKey; usage: string }[] } & Record<
  (typeof textFields)[number],
  string
>;

const toDraft = (persona: Persona | null): Draft => ({
  name: persona?.name ?? '',
  description: persona?.description ?? '',
  problems: persona?.problems ?? '',
  expectations: persona?.expectations ?? '',
  interests: persona?.interests ?? '',
  networks: persona?.networks.map((item) => ({ network: item.network, usage: item.usage })) ?? [],
});

/** Creates a persona, or edits `persona`; networks come with how the persona uses each one. */
export function PersonaModal({
  persona,
  workspaceId,
  onClose,
}: {
  /** undefined = closed, null = a new persona. */
  persona: Persona | null | undefined;
  workspaceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'personas');
  const [draft, setDraft] = useState<Draft>(() => toDraft(null));
  useEffect(() => {
    if (persona !== undefined) setDraft(toDraft(persona));
  }, [persona]);

  const name = draft.name.trim();
  const unused = networkKeys.filter((key) => !draft.networks.some((item) => item.network === key));

  function save() {
    if (name.length === 0) return;
    const body = {
      ...draft,
      name,
      networks: draft.networks.map((item) => ({ network: item.network, usage: item.usage.trim() })),
    };
    write.mutate(
      persona
        ? { method: 'PATCH', path: `personas/${persona.id}`, body }
        : { method: 'POST', path: 'personas', body },
      {
        onSuccess: () => {
          notifySuccess(persona ? t('common.saved') : t('budget.strategy.personaAdded'));
          onClose();
        },
        onError: notifyProblem,
      },
    );
  }

  const setNetwork = (index: number, patch: Partial<Draft['networks'][number]>) =>
    setDraft({
      ...draft,
      networks: draft.networks.map((item, i) => (i === index ? { ...item, ...patch } : item)),
    });

  return (
    <AppModal
      opened={persona !== undefined}
      onClose={onClose}
      title={
        <Text fw={600}>
          {persona ? t('budget.strategy.editNamed', { name: persona.name }) : t('budget.strategy.addPersona')}
        </Text>
      }
      size="lg"
    >
      <Stack>
        <TextInput
          label={t('budget.strategy.personaName')}
          placeholder={t('budget.strategy.personaNamePlaceholder')}
          required
          maxLength={80}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          data-autofocus
        />
        {textFields.map((field) => (
          <GrowingTextarea
            key={field}
            label={t(`budget.strategy.${field}`)}
            minRows={2}
            maxLength={4000}
            value={draft[field]}
            onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
          />
        ))}
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Text component="legend" size="sm" fw={500} p={0}>
            {t('budget.strategy.personaNetworks')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('budget.strategy.personaNetworksHint')}
          </Text>
          <Stack gap="xs">
            {draft.networks.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row keeps its focus when its network changes
              <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                <Select
                  label={t('budget.strategy.network')}
                  data={[item.network, ...unused].map((key) => ({ value: key, label: t(`networks.${key}`) }))}
                  value={item.network}
                  allowDeselect={false}
                  onChange={(value) => value && setNetwork(index, { network: value as NetworkKey })}
                  w={150}
                  style={{ flexShrink: 0 }}
                />
                <TextInput
                  label={t('budget.strategy.usage')}
                  placeholder={t('budget.strategy.usagePlaceholder')}
                  maxLength={200}
                  value={item.usage}
                  onChange={(event) => setNetwork(index, { usage: event.currentTarget.value })}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('budget.strategy.removeNamed', { name: t(`networks.${item.network}`) })}
                  onClick={() =>
                    setDraft({ ...draft, networks: draft.networks.filter((_, i) => i !== index) })
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {unused.length > 0 && (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    setDraft({
                      ...draft,
                      networks: [...draft.networks, { network: unused[0] as NetworkKey, usage: '' }],
                    })
                  }
                >
                  {t('budget.strategy.addPersonaNetwork')}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={write.isPending} disabled={name.length === 0}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
