import { describe, expect, it } from 'vitest';
import { createFixedClock } from '../../platform/clock.js';
import { createDemoService } from './demo.service.js';

type Needs = Parameters<typeof createDemoService>[0];

/** The demo service over recording stand-ins: what it created and what it deleted. */
function demoServiceWhose(seedDemoContent: Needs['seedDemoContent']) {
  const created: string[] = [];
  const deleted: string[] = [];
  const service = createDemoService({
    workspacesService: {
      createWorkspace: async () => {
        created.push('demo-id');
        return 'demo-id';
      },
      deleteWorkspace: async (id: string) => {
        deleted.push(id);
      },
    } as unknown as Needs['workspacesService'],
    networksRepository: { addNetworks: async () => undefined } as unknown as Needs['networksRepository'],
    membersRepository: { insert: async () => undefined } as unknown as Needs['membersRepository'],
    runInTransaction: (async (work: (tx: unknown) => Promise<unknown>) =>
      work({ insert: () => ({ values: async () => undefined }) })) as unknown as Needs['runInTransaction'],
    budgetService: { applyPreset: async () => undefined } as unknown as Needs['budgetService'],
    generateRoutineService: {
      generateReferenceWeek: async () => undefined,
    } as unknown as Needs['generateRoutineService'],
    routineOccurrencesService: {
      listOccurrences: async () => ({ occurrences: [] }),
    } as unknown as Needs['routineOccurrencesService'],
    clock: createFixedClock(new Date('2026-12-07T13:00:00Z')),
    seedDemoContent,
  });
  return { service, created, deleted };
}

const owner = { id: 'owner-id' } as Parameters<
  ReturnType<typeof createDemoService>['createDemoWorkspace']
>[0];

describe('the demo workspace', () => {
  it('is taken away whole when its story breaks halfway, so no half-empty demo is left behind', async () => {
    const { service, created, deleted } = demoServiceWhose(async () => {
      throw new Error('a post could not be scheduled');
    });
    await expect(
      service.createDemoWorkspace(owner, { locale: 'fr', timeZone: 'Europe/Paris' }),
    ).rejects.toThrow('a post could not be scheduled');
    expect(created).toEqual(['demo-id']);
    expect(deleted).toEqual(['demo-id']);
  });

  it('stays when every part of the story is written', async () => {
    const { service, deleted } = demoServiceWhose(async () => undefined);
    expect(await service.createDemoWorkspace(owner, { locale: 'en', timeZone: 'Europe/Paris' })).toEqual({
      workspaceId: 'demo-id',
    });
    expect(deleted).toEqual([]);
  });
});
