import type { FastifyInstance } from 'fastify';
import { as, createWorkspaceFor, signUp, type TestUser } from './test-app.js';

export type SampleWorld = {
  owner: TestUser;
  viewer: TestUser;
  outsider: TestUser;
  workspaceId: string;
  outsiderWorkspaceId: string;
  ids: Record<string, string>;
};

/**
 * A workspace with one of everything (category, work option, persona, objective, KPI, routine
 * block, time entry, import, idea, post, pending invitation), an owner, a viewer, and an outsider with a
 * workspace of their own: the ids fill every route's path parameters.
 */
export async function buildSampleWorld(app: FastifyInstance): Promise<SampleWorld> {
  const owner = await signUp(app);
  const viewer = await signUp(app);
  const outsider = await signUp(app);
  const workspaceId = await createWorkspaceFor(app, owner, 'Victim');
  const outsiderWorkspaceId = await createWorkspaceFor(app, outsider, 'Outsider');
  const invitation = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email: viewer.email, role: 'viewer' },
  });
  const token = invitation.json().link.split('/invite/')[1];
  await as(app, viewer, { method: 'POST', url: `/api/invitations/${token}/accept` });
  const pending = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/invitations`,
    payload: { email: 'pending@example.com' },
  });
  const categories = await as(app, owner, {
    method: 'GET',
    url: `/api/workspaces/${workspaceId}/categories`,
  });
  const option = await as(app, owner, {
    method: 'POST',
    url: `/api/workspaces/${workspaceId}/work-options`,
    payload: { kind: 'agency', label: 'Agency', pricing: { kind: 'agency_hourly', hourlyCents: 5000 } },
  });
  const post = (path: string, payload: object) =>
    as(app, owner, { method: 'POST', url: `/api/workspaces/${workspaceId}${path}`, payload });
  const persona = await post('/personas', { name: 'Persona' });
  const objective = await post('/objectives', { title: 'Objective' });
  const kpi = await post('/kpis', { metric: 'leads', target: 10, period: 'month', dueDate: '2026-12-31' });
  const block = await post('/routine/blocks', {
    weekdays: [3],
    startTime: '10:00',
    durationMinutes: 60,
    categoryId: categories.json()[0].id,
    startsOn: '2026-11-02',
  });
  const categoryId = categories.json()[0].id;
  const entry = await post('/time-entries', {
    categoryId,
    startedAt: '2026-11-20T09:00:00Z',
    durationSeconds: 1800,
  });
  await as(app, owner, {
    method: 'PUT',
    url: `/api/workspaces/${workspaceId}/strategy/networks`,
    payload: { networks: [{ network: 'linkedin', targetPostsPerWeek: 3, priority: 1 }] },
  });
  const idea = await post('/ideas', { text: 'An idea', network: 'linkedin' });
  const contentPost = await post(`/ideas/${idea.json().id}/post`, {});
  const imported = await post('/imports', {
    fileName: 'toggl.csv',
    text: 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\nA,a@example.com,,Blog,,Draft,No,2026-11-19,09:00:00,2026-11-19,10:00:00,01:00:00,\n',
    mapping: { fallbackCategoryId: categoryId },
  });
  return {
    owner,
    viewer,
    outsider,
    workspaceId,
    outsiderWorkspaceId,
    ids: {
      userId: owner.id,
      invitationId: pending.json().id,
      token: pending.json().link.split('/invite/')[1],
      categoryId: categories.json()[0].id,
      optionId: option.json().id,
      personaId: persona.json().id,
      objectiveId: objective.json().id,
      kpiId: kpi.json().id,
      blockId: block.json().id,
      // A Wednesday of the block: the route would act on it if the block were reachable.
      occurrenceDate: '2026-11-18',
      entryId: entry.json().id,
      batchId: imported.json().batch.id,
      ideaId: idea.json().id,
      postId: contentPost.json().id,
      network: 'linkedin',
      // Instance routes answer on the caller's rights before reading the job.
      jobId: '00000000-0000-4000-8000-000000000000',
      // Notification routes are a person's own: anonymous callers are refused before any read.
      notificationId: '00000000-0000-4000-8000-000000000001',
    },
  };
}
