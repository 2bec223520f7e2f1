import { Temporal } from 'temporal-polyfill';
import type {
  CreateKpiBody,
  Kpi,
  Objective,
  ObjectivesView,
  UpdateKpiBody,
} from '../../../contracts/strategy.js';
import { computeKpiProgress } from '../../../core/strategy/kpi.js';
import type { Clock } from '../../platform/clock.js';
import { notFound, unprocessable } from '../../platform/problem.js';
import type { WorkspacesRepository } from '../workspaces/workspaces.repository.js';
import type { KpiRow, ObjectivesRepository } from './objectives.repository.js';

/** Reads a KPI's actual value from results, or null when results do not measure its metric. */
export type MeasureKpiActual = (
  workspaceId: string,
  kpi: { metric: string; period: Kpi['period'] },
  today: string,
) => Promise<number | null>;

function toKpi(row: KpiRow, today: string, isMeasured = false): Kpi {
  const kpi = {
    isMeasured,
    id: row.id,
    objectiveId: row.objectiveId,
    metric: row.metric as Kpi['metric'],
    label: row.label,
    target: row.target,
    baseline: row.baseline,
    actual: row.actual,
    period: row.period as Kpi['period'],
    direction: row.direction as Kpi['direction'],
    startDate: row.startDate,
    dueDate: row.dueDate,
  };
  // Progress needs an actual value; until one is typed in (or measured later) there is none.
  const progress =
    row.actual === null
      ? null
      : computeKpiProgress({
          target: row.target,
          actual: row.actual,
          dueDate: row.dueDate,
          today,
          direction: kpi.direction,
          ...(row.baseline === null ? {} : { baseline: row.baseline }),
          ...(row.startDate === null ? {} : { startDate: row.startDate }),
        });
  return {
    ...kpi,
    progress: progress && {
      ratio: progress.ratio,
      displayRatio: progress.displayRatio,
      status: progress.status,
      expectedRatioToday: progress.expectedRatioToday,
      daysRemaining: progress.daysRemaining,
    },
  };
}

export function createObjectivesService({
  objectivesRepository,
  workspacesRepository,
  clock,
  measureKpiActual,
}: {
  objectivesRepository: ObjectivesRepository;
  workspacesRepository: WorkspacesRepository;
  clock: Clock;
  /** KPIs fill themselves where results measure their metric (wired in cadence.ts). */
  measureKpiActual?: MeasureKpiActual;
}) {
  /** "Today" is the workspace's date, not the server's: a KPI due today in Paris is due today. */
  async function today(workspaceId: string): Promise<string> {
    const settings = await workspacesRepository.findSettings(workspaceId);
    if (!settings) throw notFound();
    return Temporal.Instant.fromEpochMilliseconds(clock.now().getTime())
      .toZonedDateTimeISO(settings.timeZone)
      .toPlainDate()
      .toString();
  }

  /** The KPI with its measured actual value when results measure its metric. */
  async function present(workspaceId: string, row: KpiRow, date: string): Promise<Kpi> {
    const measured = measureKpiActual
      ? await measureKpiActual(workspaceId, { metric: row.metric, period: row.period as Kpi['period'] }, date)
      : null;
    return measured === null ? toKpi(row, date) : toKpi({ ...row, actual: measured }, date, true);
  }

  async function assertObjectiveExists(workspaceId: string, objectiveId: string | null | undefined) {
    if (objectiveId && !(await objectivesRepository.findObjective(workspaceId, objectiveId)))
      throw unprocessable('objective_unknown');
  }

  return {
    async getObjectives(workspaceId: string): Promise<ObjectivesView> {
      const [date, objectives, kpiRows] = await Promise.all([
        today(workspaceId),
        objectivesRepository.listObjectives(workspaceId),
        objectivesRepository.listKpis(workspaceId),
      ]);
      const kpis = await Promise.all(kpiRows.map((row) => present(workspaceId, row, date)));
      return {
        objectives: objectives.map((objective) => ({
          ...objective,
          kpis: kpis.filter((kpi) => kpi.objectiveId === objective.id),
        })),
        kpis: kpis.filter((kpi) => kpi.objectiveId === null),
        today: date,
      };
    },

    createObjective: (workspaceId: string, values: { title: string; description: string }) =>
      objectivesRepository.insertObjective(workspaceId, values),

    async updateObjective(
      workspaceId: string,
      objectiveId: string,
      patch: Partial<{ title: string; description: string }>,
    ): Promise<Objective> {
      const updated = await objectivesRepository.updateObjective(workspaceId, objectiveId, patch);
      if (!updated) throw notFound();
      return updated;
    },

    /** Deleting an objective deletes its KPIs with it. */
    async deleteObjective(workspaceId: string, objectiveId: string) {
      if (!(await objectivesRepository.deleteObjective(workspaceId, objectiveId))) throw notFound();
    },

    async createKpi(workspaceId: string, body: CreateKpiBody): Promise<Kpi> {
      await assertObjectiveExists(workspaceId, body.objectiveId);
      return present(
        workspaceId,
        await objectivesRepository.insertKpi(workspaceId, body),
        await today(workspaceId),
      );
    },

    async updateKpi(workspaceId: string, kpiId: string, patch: UpdateKpiBody): Promise<Kpi> {
      const current = await objectivesRepository.findKpi(workspaceId, kpiId);
      if (!current) throw notFound();
      await assertObjectiveExists(workspaceId, patch.objectiveId);
      const merged = { ...current, ...patch };
      if (merged.startDate && merged.startDate > merged.dueDate) throw unprocessable('kpi_dates');
      if (merged.metric === 'custom' && !merged.label) throw unprocessable('kpi_label');
      const updated = await objectivesRepository.updateKpi(workspaceId, kpiId, patch);
      if (!updated) throw notFound();
      return present(workspaceId, updated, await today(workspaceId));
    },

    async deleteKpi(workspaceId: string, kpiId: string) {
      if (!(await objectivesRepository.deleteKpi(workspaceId, kpiId))) throw notFound();
    },
  };
}

export type ObjectivesService = ReturnType<typeof createObjectivesService>;
