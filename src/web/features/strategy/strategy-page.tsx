import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Chip,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBulb, IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentFormats, type Kpi, type Persona, type StrategyView } from '../../../contracts/strategy.js';
import { kpiMetrics } from '../../../core/strategy/kpi.js';
import { type NetworkKey, networkKeys } from '../../../core/strategy/networks.js';
import { AppModal } from '../../ui/app-modal.js';
import { ErrorState } from '../../ui/error-state.js';
import { notifyProblem, notifySuccess } from '../../ui/notify.js';
import { PageHeader } from '../workspaces/page-header.js';
import { useCurrentWorkspace } from '../workspaces/use-current-workspace.js';
import {
  objectivesQueryOptions,
  personasQueryOptions,
  strategyQueryOptions,
  useStrategyWrite,
} from './strategy-queries.js';

export function StrategyPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const strategy = useQuery(strategyQueryOptions(workspace.id));
  const canEdit = workspace.canManage;
  return (
    <Stack gap="lg">
      <PageHeader title={t('budget.strategy.title')} subtitle={t('budget.strategy.subtitle')} />
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconEye aria-hidden />}>
          {t('budget.readOnly')}
        </Alert>
      )}
      {strategy.isPending && <Skeleton h={200} radius="md" />}
      {strategy.isError && <ErrorState error={strategy.error} onRetry={() => void strategy.refetch()} />}
      {strategy.data && <StrategyEditor view={strategy.data} workspaceId={workspace.id} canEdit={canEdit} />}
      <Personas workspaceId={workspace.id} canEdit={canEdit} />
      <Objectives workspaceId={workspace.id} canEdit={canEdit} />
    </Stack>
  );
}

type NetworkDraft = StrategyView['networks'][number];
type PillarDraft = { name: string; description: string | null; sharePercent: number };

function StrategyEditor({
  view,
  workspaceId,
  canEdit,
}: {
  view: StrategyView;
  workspaceId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'strategy');
  const [networks, setNetworks] = useState<NetworkDraft[]>(view.networks);
  const [pillars, setPillars] = useState<PillarDraft[]>(view.pillars);
  const [tone, setTone] = useState(view.tone ?? '');
  const [formats, setFormats] = useState<string[]>(view.formats);

  useEffect(() => {
    setNetworks(view.networks);
    setPillars(view.pillars);
    setTone(view.tone ?? '');
    setFormats(view.formats);
  }, [view]);

  const done = { onSuccess: () => notifySuccess(t('common.saved')), onError: notifyProblem };
  const unused = networkKeys.filter((key) => !networks.some((item) => item.network === key));
  const pillarsTotal = pillars.reduce((sum, item) => sum + item.sharePercent, 0);
  const networkName = (key: NetworkKey) => t(`networks.${key}`);

  return (
    <>
      {view.focusAdvice && (
        <Alert
          variant="light"
          color="yellow"
          icon={<IconBulb aria-hidden />}
          title={t('budget.strategy.focusTitle')}
        >
          {t('budget.strategy.focusBody', {
            network: networkName(view.focusAdvice.suggestedNetwork),
            later: view.focusAdvice.laterNetworks.map(networkName).join(', '),
          })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('budget.strategy.networks')}
            </Title>
            <Switch
              label={t('budget.strategy.beginner')}
              checked={view.isBeginner}
              disabled={!canEdit || write.isPending}
              onChange={(event) =>
                write.mutate(
                  { method: 'PATCH', path: 'strategy', body: { isBeginner: event.currentTarget.checked } },
                  { onError: notifyProblem },
                )
              }
            />
          </Group>
          <Table.ScrollContainer minWidth={460}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('budget.strategy.network')}</Table.Th>
                  <Table.Th>{t('budget.strategy.postsPerWeek')}</Table.Th>
                  <Table.Th>{t('budget.strategy.priority')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {networks.map((item, index) => (
                  <Table.Tr key={item.network}>
                    <Table.Td>{networkName(item.network)}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`${networkName(item.network)} – ${t('budget.strategy.postsPerWeek')}`}
                        value={item.targetPostsPerWeek ?? ''}
                        min={0}
                        max={100}
                        step={0.5}
                        decimalScale={1}
                        readOnly={!canEdit}
                        onChange={(value) =>
                          setNetworks((current) =>
                            current.map((row, i) =>
                              i === index
                                ? { ...row, targetPostsPerWeek: typeof value === 'number' ? value : null }
                                : row,
                            ),
                          )
                        }
                        w={110}
                      />
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        aria-label={`${networkName(item.network)} – ${t('budget.strategy.priority')}`}
                        value={item.priority}
                        min={1}
                        max={50}
                        allowDecimal={false}
                        readOnly={!canEdit}
                        onChange={(value) =>
                          setNetworks((current) =>
                            current.map((row, i) =>
                              i === index ? { ...row, priority: typeof value === 'number' ? value : 1 } : row,
                            ),
                          )
                        }
                        w={80}
                      />
                    </Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('budget.strategy.remove')} ${networkName(item.network)}`}
                          onClick={() => setNetworks((current) => current.filter((_, i) => i !== index))}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {canEdit && (
            <Group justify="space-between">
              <Select
                placeholder={t('budget.strategy.addNetwork')}
                aria-label={t('budget.strategy.addNetwork')}
                data={unused.map((key) => ({ value: key, label: networkName(key) }))}
                value={null}
                onChange={(value) =>
                  value &&
                  setNetworks((current) => [
                    ...current,
                    { network: value as NetworkKey, targetPostsPerWeek: null, priority: current.length + 1 },
                  ])
                }
              />
              <Button
                loading={write.isPending}
                onClick={() =>
                  write.mutate({ method: 'PUT', path: 'strategy/networks', body: { networks } }, done)
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <TextInput
            label={t('budget.strategy.tone')}
            value={tone}
            maxLength={200}
            readOnly={!canEdit}
            onChange={(event) => setTone(event.currentTarget.value)}
          />
          <Text size="sm" fw={500}>
            {t('budget.strategy.formats')}
          </Text>
          <Chip.Group multiple value={formats} onChange={canEdit ? setFormats : () => undefined}>
            <Group gap="xs">
              {contentFormats.map((format) => (
                <Chip key={format} value={format} size="sm">
                  {t(`budget.strategy.formatNames.${format}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {canEdit && (
            <Group justify="flex-end">
              <Button
                loading={write.isPending}
                onClick={() =>
                  write.mutate(
                    { method: 'PATCH', path: 'strategy', body: { tone: tone.trim() || null, formats } },
                    done,
                  )
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('budget.strategy.pillars')}
            </Title>
            <Group gap="xs">
              <Badge variant="light" color={pillarsTotal === 100 ? 'teal' : 'orange'}>
                {t('budget.strategy.pillarsTotal', { total: pillarsTotal })}
              </Badge>
              {pillarsTotal !== 100 && (
                <Badge variant="outline" color="orange">
                  {t('budget.strategy.pillarsGap', { gap: 100 - pillarsTotal })}
                </Badge>
              )}
            </Group>
          </Group>
          {pillars.map((pillar, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafts have no id until saved
            <Group key={index} gap="xs" align="flex-end">
              <TextInput
                label={t('budget.strategy.pillarName')}
                value={pillar.name}
                maxLength={80}
                readOnly={!canEdit}
                onChange={(event) => {
                  const name = event.currentTarget.value;
                  setPillars((current) => current.map((row, i) => (i === index ? { ...row, name } : row)));
                }}
                style={{ flex: 1 }}
              />
              <NumberInput
                label={t('budget.strategy.share')}
                value={pillar.sharePercent}
                min={0}
                max={100}
                allowDecimal={false}
                readOnly={!canEdit}
                suffix=" %"
                onChange={(value) =>
                  setPillars((current) =>
                    current.map((row, i) =>
                      i === index ? { ...row, sharePercent: typeof value === 'number' ? value : 0 } : row,
                    ),
                  )
                }
                w={110}
              />
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('budget.strategy.remove')}
                  onClick={() => setPillars((current) => current.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              )}
            </Group>
          ))}
          {canEdit && (
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() =>
                  setPillars((current) => [
                    ...current,
                    { name: '', description: null, sharePercent: Math.max(0, 100 - pillarsTotal) },
                  ])
                }
              >
                {t('budget.strategy.addPillar')}
              </Button>
              <Button
                loading={write.isPending}
                disabled={pillars.some((item) => item.name.trim().length === 0)}
                onClick={() =>
                  write.mutate(
                    {
                      method: 'PUT',
                      path: 'strategy/pillars',
                      body: {
                        pillars: pillars.map((item) => ({
                          name: item.name.trim(),
                          description: item.description,
                          sharePercent: item.sharePercent,
                        })),
                      },
                    },
                    done,
                  )
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </>
  );
}

const personaTextFields = ['description', 'problems', 'expectations', 'interests'] as const;
type PersonaDraft = { id: string | null; name: string } & Record<(typeof personaTextFields)[number], string>;

function Personas({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const personas = useQuery(personasQueryOptions(workspaceId));
  const write = useStrategyWrite(workspaceId, 'personas');
  const [draft, setDraft] = useState<PersonaDraft | null>(null);

  function open(persona: Persona | null) {
    setDraft({
      id: persona?.id ?? null,
      name: persona?.name ?? '',
      description: persona?.description ?? '',
      problems: persona?.problems ?? '',
      expectations: persona?.expectations ?? '',
      interests: persona?.interests ?? '',
    });
  }

  function save() {
    if (!draft || draft.name.trim().length === 0) return;
    const { id, ...body } = draft;
    write.mutate(
      id ? { method: 'PATCH', path: `personas/${id}`, body } : { method: 'POST', path: 'personas', body },
      { onSuccess: () => setDraft(null), onError: notifyProblem },
    );
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('budget.strategy.personas')}
          </Title>
          {canEdit && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => open(null)}
            >
              {t('budget.strategy.addPersona')}
            </Button>
          )}
        </Group>
        {personas.isError && <ErrorState error={personas.error} onRetry={() => void personas.refetch()} />}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {personas.data?.map((persona) => (
            <Card key={persona.id} withBorder padding="md">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600}>{persona.name}</Text>
                {canEdit && (
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => open(persona)}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('budget.strategy.delete')}
                      onClick={() =>
                        write.mutate(
                          { method: 'DELETE', path: `personas/${persona.id}` },
                          { onError: notifyProblem },
                        )
                      }
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Group>
              {persona.description && (
                <Text size="sm" c="dimmed" mt={4} lineClamp={3}>
                  {persona.description}
                </Text>
              )}
              {persona.problems && (
                <Text size="sm" mt={4} lineClamp={2}>
                  <b>{t('budget.strategy.problems')}</b> — {persona.problems}
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      <AppModal
        opened={draft !== null}
        onClose={() => setDraft(null)}
        title={draft?.id ? draft.name : t('budget.strategy.addPersona')}
        size="lg"
      >
        {draft && (
          <Stack>
            <TextInput
              label={t('budget.strategy.personaName')}
              required
              maxLength={80}
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
              data-autofocus
            />
            {personaTextFields.map((field) => (
              <Textarea
                key={field}
                label={t(`budget.strategy.${field}`)}
                autosize
                minRows={2}
                maxLength={4000}
                value={draft[field]}
                onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
              />
            ))}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={save} loading={write.isPending} disabled={draft.name.trim().length === 0}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </AppModal>
    </Paper>
  );
}

const statusColors = {
  achieved: 'teal',
  on_track: 'blue',
  behind: 'orange',
  not_started: 'gray',
  overdue: 'red',
} as const;

function Objectives({ workspaceId, canEdit }: { workspaceId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const objectives = useQuery(objectivesQueryOptions(workspaceId));
  const write = useStrategyWrite(workspaceId, 'objectives');
  const [title, setTitle] = useState('');
  const [kpiFor, setKpiFor] = useState<string | null | undefined>(undefined);

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('budget.strategy.objectives')}
        </Title>
        {objectives.isError && (
          <ErrorState error={objectives.error} onRetry={() => void objectives.refetch()} />
        )}
        {objectives.data?.objectives.map((objective) => (
          <Card key={objective.id} withBorder padding="md">
            <Group justify="space-between">
              <Text fw={600}>{objective.title}</Text>
              {canEdit && (
                <Group gap={4}>
                  <Button size="xs" variant="light" onClick={() => setKpiFor(objective.id)}>
                    {t('budget.strategy.addKpi')}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('budget.strategy.delete')}
                    onClick={() =>
                      write.mutate(
                        { method: 'DELETE', path: `objectives/${objective.id}` },
                        { onError: notifyProblem },
                      )
                    }
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Group>
            <KpiList kpis={objective.kpis} workspaceId={workspaceId} canEdit={canEdit} />
          </Card>
        ))}
        {objectives.data && objectives.data.kpis.length > 0 && (
          <Card withBorder padding="md">
            <Text fw={600}>{t('budget.strategy.unattached')}</Text>
            <KpiList kpis={objectives.data.kpis} workspaceId={workspaceId} canEdit={canEdit} />
          </Card>
        )}
        {canEdit && (
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('budget.strategy.addObjective')}
              placeholder={t('budget.strategy.objectiveTitle')}
              value={title}
              maxLength={120}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={title.trim().length === 0}
              loading={write.isPending}
              onClick={() =>
                write.mutate(
                  { method: 'POST', path: 'objectives', body: { title: title.trim() } },
                  { onSuccess: () => setTitle(''), onError: notifyProblem },
                )
              }
            >
              {t('budget.add')}
            </Button>
          </Group>
        )}
      </Stack>
      <KpiModal
        objectiveId={kpiFor}
        today={objectives.data?.today ?? ''}
        onClose={() => setKpiFor(undefined)}
        workspaceId={workspaceId}
      />
    </Paper>
  );
}

function KpiList({ kpis, workspaceId, canEdit }: { kpis: Kpi[]; workspaceId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'objectives');
  if (kpis.length === 0) return null;
  return (
    <Stack gap="xs" mt="sm">
      {kpis.map((kpi) => (
        <Group key={kpi.id} gap="sm" wrap="wrap" align="center">
          <Text size="sm" miw={160}>
            {kpi.metric === 'custom' ? kpi.label : t(`budget.strategy.metrics.${kpi.metric}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('budget.strategy.targetValue', {
              value: new Intl.NumberFormat(i18n.language).format(kpi.target),
            })}
          </Text>
          <NumberInput
            size="xs"
            w={120}
            aria-label={t('budget.strategy.actual')}
            placeholder={t('budget.strategy.actual')}
            defaultValue={kpi.actual ?? ''}
            readOnly={!canEdit}
            onBlur={(event) => {
              const raw = event.currentTarget.value.replace(/\s/g, '').replace(',', '.');
              const actual = raw === '' ? null : Number(raw);
              if (actual !== null && Number.isNaN(actual)) return;
              if (actual === kpi.actual) return;
              write.mutate(
                { method: 'PATCH', path: `kpis/${kpi.id}`, body: { actual } },
                { onError: notifyProblem },
              );
            }}
          />
          <Text size="sm" c="dimmed">
            {t('budget.strategy.dueValue', {
              value: new Intl.DateTimeFormat(i18n.language, { timeZone: 'UTC' }).format(
                new Date(kpi.dueDate),
              ),
            })}
          </Text>
          {kpi.progress && (
            <>
              <Progress
                value={Math.max(0, Math.min(100, kpi.progress.displayRatio * 100))}
                color={statusColors[kpi.progress.status]}
                w={140}
                aria-label={t(`budget.strategy.status.${kpi.progress.status}`)}
              />
              <Badge color={statusColors[kpi.progress.status]} variant="light">
                {t(`budget.strategy.status.${kpi.progress.status}`)}
              </Badge>
            </>
          )}
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('budget.strategy.delete')}
              onClick={() =>
                write.mutate({ method: 'DELETE', path: `kpis/${kpi.id}` }, { onError: notifyProblem })
              }
            >
              <IconTrash size={14} aria-hidden />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function KpiModal({
  objectiveId,
  today,
  onClose,
  workspaceId,
}: {
  /** undefined = closed. */
  objectiveId: string | null | undefined;
  today: string;
  onClose: () => void;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  const write = useStrategyWrite(workspaceId, 'objectives');
  const [metric, setMetric] = useState<string>('followers');
  const [label, setLabel] = useState('');
  const [target, setTarget] = useState<number | string>('');
  const [period, setPeriod] = useState<string>('month');
  const [dueDate, setDueDate] = useState('');
  const isValid =
    typeof target === 'number' &&
    /^\d{4}-\d{2}-\d{2}$/.test(dueDate) &&
    (metric !== 'custom' || label.trim() !== '');

  function save() {
    if (!isValid) return;
    write.mutate(
      {
        method: 'POST',
        path: 'kpis',
        body: {
          objectiveId: objectiveId ?? null,
          metric,
          label: metric === 'custom' ? label.trim() : null,
          target,
          period,
          dueDate,
        },
      },
      { onSuccess: onClose, onError: notifyProblem },
    );
  }

  return (
    <AppModal opened={objectiveId !== undefined} onClose={onClose} title={t('budget.strategy.addKpi')}>
      <Stack>
        <Select
          label={t('budget.strategy.metric')}
          value={metric}
          allowDeselect={false}
          onChange={(value) => value && setMetric(value)}
          data={kpiMetrics.map((value) => ({ value, label: t(`budget.strategy.metrics.${value}`) }))}
        />
        {metric === 'custom' && (
          <TextInput
            label={t('budget.strategy.metricLabel')}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
        )}
        <NumberInput label={t('budget.strategy.target')} value={target} onChange={setTarget} />
        <Select
          label={t('budget.strategy.period')}
          value={period}
          allowDeselect={false}
          onChange={(value) => value && setPeriod(value)}
          data={(['week', 'month', 'quarter', 'year'] as const).map((value) => ({
            value,
            label: t(`budget.strategy.periods.${value}`),
          }))}
        />
        <TextInput
          type="date"
          label={t('budget.strategy.dueDate')}
          min={today}
          value={dueDate}
          onChange={(event) => setDueDate(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} disabled={!isValid} loading={write.isPending}>
            {t('budget.add')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
