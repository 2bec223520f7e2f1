import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { as, createWorkspaceFor, signUp, type TestContext, type TestUser } from '../../testing/test-app.js';

/** Test helpers of the tracking db tests: a workspace in Europe/Paris, its categories by key. */
export type TrackingWorld = {
  owner: TestUser;
  workspaceId: string;
  categories: Record<string, string>;
  call: (
    method: InjectOptions['method'],
    path: string,
    payload?: object,
    user?: TestUser,
  ) => Promise<LightMyRequestResponse>;
};

export async function createTrackingWorld(context: TestContext): Promise<TrackingWorld> {
  const owner = await signUp(context.app);
  const workspaceId = await createWorkspaceFor(context.app, owner);
  const call: TrackingWorld['call'] = (method, path, payload, user = owner) =>
    as(context.app, user, {
      method,
      url: path.startsWith('/api/') ? path : `/api/workspaces/${workspaceId}${path}`,
      ...(payload ? { payload } : {}),
    });
  const listed = (await call('GET', '/categories')).json() as { id: string; referenceKey: string }[];
  const categories = Object.fromEntries(listed.map((category) => [category.referenceKey, category.id]));
  return { owner, workspaceId, categories, call };
}

/** Invites someone with `role` and has them accept; returns them signed in. */
export async function addMember(
  context: TestContext,
  world: TrackingWorld,
  role: 'manager' | 'member' | 'viewer',
): Promise<TestUser> {
  const person = await signUp(context.app);
  const invitation = await world.call('POST', '/invitations', { email: person.email, role });
  const token = (invitation.json() as { link: string }).link.split('/invite/')[1];
  await as(context.app, person, { method: 'POST', url: `/api/invitations/${token}/accept` });
  return person;
}
