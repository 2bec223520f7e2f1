import type { FastifyInstance } from 'fastify';
import { webhookLimits } from '../connectors/webhook/webhook-connector.js';
import type { DeclaredRoute } from '../platform/access.js';
import { as, cadenceOf, createWorkspaceFor, signUp, type TestUser } from './test-app.js';

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
 * block, time entry, import, idea, post, pending invitation, connected account, an image, outcome, cost,
 * the instance's organisation with its logo), an owner, a viewer, and an outsider with a
 * workspace of their own: the ids fill every route's path parameters.
 */
/** A 1×1 PNG sent as a browser's FormData would send it. */
function uploadSampleImage(app: FastifyInstance, owner: TestUser, url: string) {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const boundary = '----cadence-sample';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dot.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return as(app, owner, {
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

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
  // A webhook account takes LinkedIn: scheduling the post writes its publication.
  await cadenceOf(app).modules.connections.services.connectedAccountsStore.save({
    workspaceId,
    network: 'webhook',
    accountName: 'hooks.example.com',
    remoteAccountId: 'https://hooks.example.com/cadence',
    credentials: {
      network: 'webhook',
      url: 'https://hooks.example.com/cadence',
      secret: 'a-webhook-secret-long-enough',
    },
    limits: {
      maxCharacters: 100_000,
      lengthUnit: 'code_points',
      urlLength: null,
      maxImages: 4,
      maxImageBytes: 5_000_000,
      imageMimeTypes: ['image/png'],
      maxAltTextLength: 1500,
      maxParts: 25,
    },
    connectedByUserId: owner.id,
  });
  const scheduledPost = await post('/posts', {
    text: 'Scheduled',
    versions: [{ network: 'linkedin', text: null }],
  });
  await post(`/posts/${scheduledPost.json().id}/schedule`, { date: '2099-12-01', time: '09:00' });
  const [publication] = (
    await as(app, owner, {
      method: 'GET',
      url: `/api/workspaces/${workspaceId}/posts/${scheduledPost.json().id}/publications`,
    })
  ).json();
  const image = await uploadSampleImage(
    app,
    owner,
    `/api/workspaces/${workspaceId}/posts/${contentPost.json().id}/media`,
  );
  // Twenty minutes of the entry linked by hand to the post (a link travels in archives).
  await post(`/time-entries/${entry.json().id}/post-links`, { postId: contentPost.json().id, minutes: 20 });
  // A batch session, ended at once: its timer does not keep running under the other tests.
  const contentSession = await post('/content-sessions', {});
  await post(`/content-sessions/${contentSession.json().id}/stop`, {});
  const imported = await post('/imports', {
    fileName: 'toggl.csv',
    text: 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\nA,a@example.com,,Blog,,Draft,No,2026-11-19,09:00:00,2026-11-19,10:00:00,01:00:00,\n',
    mapping: { fallbackCategoryId: categoryId },
  });
  // Through the store with webhook credentials: no network is reached to build the world.
  const connection = await cadenceOf(app).modules.connections.services.connectedAccountsStore.save({
    workspaceId,
    network: 'webhook',
    accountName: 'hooks.example.com',
    remoteAccountId: 'https://hooks.example.com/cadence',
    credentials: {
      network: 'webhook',
      url: 'https://hooks.example.com/cadence',
      secret: 'sample-world-webhook-secret-0123456789',
    },
    limits: webhookLimits,
    connectedByUserId: owner.id,
  });
  // The instance's organisation (the owner, its first account, administers it): its name and
  // logo head the reports, and travel in the instance's backup, not in a workspace's archive.
  await as(app, owner, {
    method: 'PUT',
    url: '/api/instance/organisation',
    payload: {
      name: 'Sample Agency',
      website: 'https://agency.example',
      contactLine: 'hello@agency.example',
    },
  });
  await uploadSampleImage(app, owner, '/api/instance/organisation/logo');
  const outcome = await post('/outcomes', { kind: 'lead', occurredOn: '2026-11-20', network: 'linkedin' });
  const cost = await post('/costs', { month: '2026-11', kind: 'tools', label: 'Tool', amountCents: 1200 });
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
      // A week (its Monday) far ahead: rush mode may be switched for it.
      week: '2099-11-30',
      entryId: entry.json().id,
      batchId: imported.json().batch.id,
      ideaId: idea.json().id,
      postId: contentPost.json().id,
      publicationId: publication.id,
      mediaId: image.json().id,
      sessionId: contentSession.json().id,
      network: 'linkedin',
      connectionId: connection.id,
      outcomeId: outcome.json().id,
      costId: cost.json().id,
      // Instance routes answer on the caller's rights before reading the job.
      jobId: '00000000-0000-4000-8000-000000000000',
      // Notification routes are a person's own: anonymous callers are refused before any read.
      notificationId: '00000000-0000-4000-8000-000000000001',
      // API tokens are a person's own too.
      tokenId: '00000000-0000-4000-8000-000000000002',
    },
  };
}

/** A route's path with its parameters filled from a sample world's ids (in the given workspace). */
export function fillPath(route: DeclaredRoute, workspaceId: string, ids: Record<string, string>): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'workspaceId') return workspaceId;
    const id = ids[name];
    if (!id) throw new Error(`The sample world cannot fill :${name} in ${route.method} ${route.url}`);
    return id;
  });
}
