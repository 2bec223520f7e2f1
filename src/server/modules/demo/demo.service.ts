import { addDaysToDate, getLocalDate, zonedWeekStart } from '../../../core/time/index.js';
import type { CurrentUser } from '../../platform/access.js';
import type { Clock } from '../../platform/clock.js';
import type { RunInTransaction } from '../../platform/db.js';
import { user } from '../auth/auth.table.js';
import type { BudgetService } from '../budget/budget.service.js';
import type { GenerateRoutineService } from '../routine/generate-routine.service.js';
import type { RoutineOccurrencesService } from '../routine/routine-occurrences.service.js';
import type { NetworksRepository } from '../strategy/networks.repository.js';
import { demoTeammateEmail } from '../workspaces/demo-teammates.js';
import type { MembersRepository } from '../workspaces/members.repository.js';
import type { WorkspacesService } from '../workspaces/workspaces.service.js';

type DemoTeammate = {
  name: string;
  email: string;
  role: 'manager' | 'member' | 'viewer';
  hourlyCostCents: number | null;
};

/**
 * A workspace that looks lived-in, so a newcomer sees what Cadence does before entering their own
 * data: a small bakery's social presence. Each feature adds its part of the story here.
 */
export function createDemoService({
  workspacesService,
  networksRepository,
  membersRepository,
  runInTransaction,
  budgetService,
  generateRoutineService,
  routineOccurrencesService,
  clock,
  seedDemoTime,
  seedDemoStrategy,
  seedDemoContent,
  seedDemoResults,
}: {
  workspacesService: WorkspacesService;
  networksRepository: NetworksRepository;
  membersRepository: MembersRepository;
  runInTransaction: RunInTransaction;
  budgetService: BudgetService;
  generateRoutineService: GenerateRoutineService;
  routineOccurrencesService: RoutineOccurrencesService;
  clock: Clock;
  /** Four weeks of tracked time (time tracking's part of the story). */
  seedDemoTime?: (workspaceId: string, timeZone: string) => Promise<void>;
  /** The editorial line, pillars, personas, objectives and KPIs (the strategy's part). */
  seedDemoStrategy?: (workspaceId: string, locale: 'fr' | 'en', today: string) => Promise<void>;
  /** Ideas, posting slots and posts: published, scheduled, drafts (content's part). */
  seedDemoContent?: (
    workspaceId: string,
    ownerId: string,
    locale: 'fr' | 'en',
    timeZone: string,
  ) => Promise<void>;
  /** A month of leads, clients and costs (the results' part). */
  seedDemoResults?: (workspaceId: string, locale: 'fr' | 'en', today: string) => Promise<void>;
}) {
  /**
   * The 6 h essential budget and the 6 h reference routine that matches it, running for four weeks
   * before this one. Every past block has its state: most done, a few skipped (a deep piece last
   * week, Tuesday's replies three weeks ago), and last Friday's replies missed (never marked).
   * Runs after the workspace's transaction: these services use their own.
   */
  async function addBudgetAndRoutine(workspaceId: string, ownerId: string, timeZone: string) {
    await budgetService.applyPreset(workspaceId, 'essential6', 'keep');
    const today = getLocalDate(clock.now().toISOString(), timeZone);
    const thisWeek = zonedWeekStart(today, timeZone);
    const lastWeek = addDaysToDate(thisWeek, -7);
    const firstWeek = addDaysToDate(thisWeek, -28);
    await generateRoutineService.generateReferenceWeek(workspaceId, {
      mode: 'replace',
      dayStart: '09:00',
      startsOn: firstWeek,
      memberUserId: null,
    });
    if (today === firstWeek) return;
    const { occurrences } = await routineOccurrencesService.listOccurrences(workspaceId, {
      from: firstWeek,
      to: addDaysToDate(today, -1),
    });
    for (const occurrence of occurrences) {
      const isLastFridayReplies =
        occurrence.localDate === addDaysToDate(lastWeek, 4) && occurrence.templateKey === 'replies';
      if (isLastFridayReplies) continue;
      const isSkipped =
        (occurrence.localDate === addDaysToDate(lastWeek, 2) && occurrence.templateKey === 'deep_content') ||
        (occurrence.localDate === addDaysToDate(thisWeek, -20) && occurrence.templateKey === 'replies');
      await routineOccurrencesService.markOccurrence(
        { workspaceId, userId: ownerId, role: 'owner' },
        occurrence.blockId,
        occurrence.occurrenceDate,
        isSkipped ? 'skipped' : 'done',
      );
    }
  }

  return {
    async createDemoWorkspace(
      owner: CurrentUser,
      options: { locale: 'fr' | 'en'; timeZone: string },
    ): Promise<{ workspaceId: string }> {
      const isFrench = options.locale === 'fr';
      const workspaceId = await runInTransaction(async (tx) => {
        const id = await workspacesService.createWorkspace(
          owner.id,
          {
            name: isFrench ? 'Boulangerie Martin (démo)' : 'Martin Bakery (demo)',
            timeZone: options.timeZone,
            currency: 'EUR',
            locale: options.locale,
            isDemo: true,
          },
          { ownerHourlyCostCents: 4500, tx },
        );
        await networksRepository.addNetworks(tx, id, ['instagram', 'facebook', 'linkedin'], 3);
        const teammates: DemoTeammate[] = [
          { name: 'Léa Martin', email: 'lea', role: 'manager', hourlyCostCents: 2800 },
          { name: 'Hugo Bernard', email: 'hugo', role: 'member', hourlyCostCents: 1400 },
          { name: 'Agence Pixel', email: 'client', role: 'viewer', hourlyCostCents: null },
        ];
        for (const teammate of teammates) {
          // Teammates are accounts without a password: they exist to be seen, not to sign in.
          const teammateId = crypto.randomUUID();
          await tx.insert(user).values({
            id: teammateId,
            name: teammate.name,
            email: demoTeammateEmail(teammate.email, id),
            emailVerified: false,
          });
          await membersRepository.insert(tx, id, teammateId, teammate.role, teammate.hourlyCostCents);
        }
        return id;
      });
      try {
        const today = getLocalDate(clock.now().toISOString(), options.timeZone);
        await seedDemoStrategy?.(workspaceId, options.locale, today);
        await addBudgetAndRoutine(workspaceId, owner.id, options.timeZone);
        await seedDemoTime?.(workspaceId, options.timeZone);
        await seedDemoContent?.(workspaceId, owner.id, options.locale, options.timeZone);
        await seedDemoResults?.(workspaceId, options.locale, today);
      } catch (error) {
        // Each part writes in its own transactions: a story that broke halfway would stay in the
        // switcher as a half-empty demo, and every retry would add another.
        await workspacesService.deleteWorkspace(workspaceId);
        throw error;
      }
      return { workspaceId };
    },
  };
}

export type DemoService = ReturnType<typeof createDemoService>;
