import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The routine API tests' world: one database per file, and before each test an owner with a
 * fresh Paris workspace, its reference categories by key, and the clock on Monday 23 November
 * 2026, 10:00 in Paris.
 */
export function setUpRoutineWorkspace() {
  let context: TestContext | undefined;
  const world = {
    get context(): TestContext {
      if (!context) throw new Error('the test context is created in beforeAll');
      return context;
    },
    owner: { id: '', email: '', name: '', cookie: '' } as TestUser,
    workspaceId: '',
    categoryIds: {} as Record<string, string>,
  };

  const call = (method: Method, path: string, payload?: object, user?: TestUser, language = 'en') =>
    as(world.context.app, user ?? world.owner, {
      method,
      url: `/api/workspaces/${world.workspaceId}${path}`,
      headers: { 'accept-language': language },
      ...(payload ? { payload } : {}),
    });

  /** A new person who accepted an invitation to the workspace with `role`. */
  async function invite(role: 'member' | 'viewer'): Promise<TestUser> {
    const person = await signUp(world.context.app);
    const invitation = await call('POST', '/invitations', { email: person.email, role });
    const token = invitation.json().link.split('/invite/')[1];
    await as(world.context.app, person, { method: 'POST', url: `/api/invitations/${token}/accept` });
    return person;
  }

  beforeAll(async () => {
    context = await createTestContext();
  });
  afterAll(() => context?.close());
  beforeEach(async () => {
    await world.context.reset();
    world.context.clock.set(new Date('2026-11-23T09:00:00Z'));
    world.owner = await signUp(world.context.app);
    world.workspaceId = await createWorkspaceFor(world.context.app, world.owner);
    const categories = (await call('GET', '/categories')).json() as { id: string; referenceKey: string }[];
    world.categoryIds = Object.fromEntries(
      categories.map((category) => [category.referenceKey, category.id]),
    );
  });

  return { world, call, invite };
}
