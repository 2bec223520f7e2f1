import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pdfText, squeeze } from '../../testing/pdf-text.js';
import {
  as,
  createTestContext,
  createWorkspaceFor,
  signUp,
  type TestContext,
  type TestUser,
} from '../../testing/test-app.js';

let context: TestContext;
let owner: TestUser;
let workspaceId: string;

const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object, user: TestUser = owner) =>
  as(context.app, user, {
    method,
    url: `/api/workspaces/${workspaceId}${path}`,
    ...(payload ? { payload } : {}),
  });

/** A post on `network` published by hand on `date` at 10:00 in Paris, the clock walked through it. */
async function publishOn(date: string, network: string, text = `Post ${date}`) {
  const post = await call('POST', '/posts', { text, versions: [{ network }] });
  context.clock.set(new Date(`${date}T06:00:00Z`));
  await call('POST', `/posts/${post.json().id}/schedule`, { date, time: '10:00' });
  context.clock.set(new Date(`${date}T09:00:00Z`));
  const marked = await call('POST', `/posts/${post.json().id}/versions/${network}/published`, {
    url: 'https://www.linkedin.com/feed/update/1',
  });
  expect(marked.statusCode).toBe(200);
  return post.json().id as string;
}

beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

beforeEach(async () => {
  await context.reset();
  context.clock.set(new Date('2026-03-01T09:00:00Z'));
  owner = await signUp(context.app, { name: 'Hélène Agence' });
  workspaceId = await createWorkspaceFor(context.app, owner, 'Boulangerie Éloïse'); // Europe/Paris
  await call('POST', '/budget/preset', { preset: 'essential6' });
  await call('PUT', '/strategy/networks', {
    networks: [
      { network: 'linkedin', targetPostsPerWeek: 1, priority: 1 },
      { network: 'bluesky', targetPostsPerWeek: 3, priority: 2 },
    ],
  });
});

/** The week of 23 March 2026 (the spring change is on its Sunday, 29 March). */
async function writeWeek() {
  await publishOn('2026-03-16', 'linkedin');
  const best = await publishOn('2026-03-23', 'linkedin', 'Notre recette de brioche, pas à pas');
  const weak = await publishOn('2026-03-24', 'bluesky', 'Horaires de Pâques');
  await call('POST', `/posts/${best}/versions/linkedin/metrics`, {
    reactions: 40,
    comments: 6,
    impressions: 900,
  });
  await call('POST', `/posts/${weak}/versions/bluesky/metrics`, { reactions: 2 });
  const categories = (await call('GET', '/categories')).json();
  const communication = categories.find(
    (category: { referenceKey: string }) => category.referenceKey === 'communication',
  );
  context.clock.set(new Date('2026-03-27T17:00:00Z'));
  const entry = await call('POST', '/time-entries', {
    categoryId: communication.id,
    startedAt: '2026-03-24T08:00:00Z',
    durationSeconds: 5400,
  });
  expect(entry.statusCode).toBe(201);
  await call('POST', '/outcomes', { kind: 'lead', occurredOn: '2026-03-25', network: 'linkedin' });
  await call('POST', '/outcomes', { kind: 'revenue', occurredOn: '2026-03-27', amountCents: 125_000 });
  return { communicationId: communication.id as string };
}

describe('the weekly review', () => {
  it('tells a past week: hours, posts against targets, silences, best and worst posts, outcomes', async () => {
    const { communicationId } = await writeWeek();
    context.clock.set(new Date('2026-04-03T14:00:00Z')); // the Friday after
    const response = await call('GET', '/review?week=2026-03-26');
    expect(response.statusCode).toBe(200);
    const review = response.json();
    expect(review).toMatchObject({
      workspaceName: 'Boulangerie Éloïse',
      weekStart: '2026-03-23',
      weekEnd: '2026-03-29',
      state: 'past',
      previousWeekStart: '2026-03-16',
      nextWeekStart: '2026-03-30',
      currency: 'EUR',
    });
    const communication = review.hours.rows.find(
      (row: { categoryId: string }) => row.categoryId === communicationId,
    );
    expect(communication).toMatchObject({ trackedMinutes: 90, budgetMinutes: 180 });
    expect(review.hours.totals.budgetMinutes).toBe(360);
    const [linkedin, bluesky] = review.networks;
    expect(linkedin).toMatchObject({
      network: 'linkedin',
      published: 1,
      onTarget: true,
      streakWeeks: 2,
      silentStretches: [],
    });
    // One Bluesky post on Tuesday covers Tuesday to Thursday; Monday and Friday to Sunday are silent.
    expect(bluesky).toMatchObject({ published: 1, onTarget: false, streakWeeks: 0 });
    expect(bluesky.silentStretches).toEqual([
      { from: '2026-03-23', to: '2026-03-23', days: 1 },
      { from: '2026-03-27', to: '2026-03-29', days: 3 },
    ]);
    expect(review.posts).toMatchObject({ published: 2, measured: 2, isThin: true });
    expect(review.posts.best[0]).toMatchObject({ network: 'linkedin', engagement: 46 });
    expect(review.posts.worst[0]).toMatchObject({ network: 'bluesky', engagement: 2 });
    expect(review.outcomes).toMatchObject({ leads: 1, clients: 0, revenueCents: 125_000 });

    // The week in progress has no next week, and is judged up to today.
    const current = (await call('GET', '/review')).json();
    expect(current).toMatchObject({
      weekStart: '2026-03-30',
      state: 'current',
      judgedUntil: '2026-04-03',
      nextWeekStart: null,
    });
  });

  it('keeps the notes of each week, shared by the team, and refuses what it cannot keep', async () => {
    context.clock.set(new Date('2026-03-27T15:00:00Z'));
    const saved = await call('PUT', '/review/notes', {
      weekStart: '2026-03-26',
      text: 'Garder le lundi pour le lot.',
    });
    expect(saved.statusCode).toBe(204);
    const review = (await call('GET', '/review?week=2026-03-23')).json();
    expect(review.notes).toMatchObject({
      text: 'Garder le lundi pour le lot.',
      updatedByName: 'Hélène Agence',
    });
    expect((await call('GET', '/review?week=2026-03-16')).json().notes).toBeNull();

    expect(
      (await call('PUT', '/review/notes', { weekStart: '2026-03-23', text: 'x'.repeat(5001) })).statusCode,
    ).toBe(400);
    expect((await call('GET', '/review?week=26-03-2026')).statusCode).toBe(400);
    const emptied = await call('PUT', '/review/notes', { weekStart: '2026-03-23', text: '  ' });
    expect(emptied.statusCode).toBe(204);
    expect((await call('GET', '/review?week=2026-03-23')).json().notes).toBeNull();
  });

  it('exports the week as a PDF whose text reads back with its accents, in both languages', async () => {
    await writeWeek();
    context.clock.set(new Date('2026-04-03T14:00:00Z'));
    await call('PUT', '/review/notes', { weekStart: '2026-03-23', text: 'Très bonne semaine : à refaire.' });
    const french = await call('GET', '/review/export.pdf?week=2026-03-23&locale=fr');
    expect(french.statusCode).toBe(200);
    expect(french.headers['content-type']).toBe('application/pdf');
    expect(french.headers['content-disposition']).toBe('attachment; filename="cadence-revue-2026-03-23.pdf"');
    expect(french.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(french.rawPayload);
    for (const expected of [
      'Revue de la semaine · Boulangerie Éloïse',
      'Semaine du 23 au 29 mars 2026',
      'Communication',
      '1\u00a0h\u00a030',
      'LinkedIn',
      'Notre recette de brioche, pas à pas',
      'Chiffre d’affaires',
      'Très bonne semaine : à refaire.',
    ])
      expect(squeeze(text)).toContain(squeeze(expected));

    const english = await pdfText(
      (await call('GET', '/review/export.pdf?week=2026-03-23&locale=en')).rawPayload,
    );
    expect(english).toContain('Weekly review · Boulangerie Éloïse');
    expect(english).toContain('Best posts');
  });

  it('exports the week as CSV for French Excel, formula-safe', async () => {
    await writeWeek();
    context.clock.set(new Date('2026-04-03T14:00:00Z'));
    await call('PUT', '/review/notes', { weekStart: '2026-03-23', text: '=HYPERLINK("http://evil")' });
    const response = await call('GET', '/review/export.csv?week=2026-03-23&locale=fr');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="cadence-revue-2026-03-23.csv"',
    );
    const csv = response.body;
    expect(csv.startsWith('\ufeffRubrique;Élément;Budget / objectif;Prévu (routine);Réalisé;Détail\n')).toBe(
      true,
    );
    expect(csv).toContain('Heures\u00a0: prévu et réalisé;Communication;3,00;0,00;1,50;\n');
    expect(csv).toContain(
      'Bluesky;3;;1;objectif manqué · Série 0 sem. · Silences\u00a0: le 23 mars, du 27 mars au 29 mars (3 jours)',
    );
    expect(csv).toContain(`Conclusions;Conclusions;;;;"'=HYPERLINK(""http://evil"")"`);
    const english = (await call('GET', '/review/export.csv?week=2026-03-23&locale=en')).body;
    expect(english.startsWith('Section,Item,')).toBe(true);
  });
});

describe('the monthly client report', () => {
  it('gives managers the month of a client workspace as a PDF: hours, posts, regularity, results', async () => {
    await writeWeek();
    context.clock.set(new Date('2026-04-03T14:00:00Z'));
    const response = await call('GET', '/client-report.pdf?locale=fr');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="cadence-rapport-2026-03.pdf"',
    );
    const text = await pdfText(response.rawPayload);
    for (const expected of [
      'Rapport mensuel · Boulangerie Éloïse',
      'Mois de mars 2026 · préparé par Hélène Agence',
      'Communication',
      'Semaines tenues',
      'Résultats et retour sur investissement',
      '1\u202f250,00\u00a0€',
    ])
      expect(squeeze(text)).toContain(squeeze(expected));

    const member = await signUp(context.app);
    const invitation = await call('POST', '/invitations', { email: member.email, role: 'member' });
    await as(context.app, member, {
      method: 'POST',
      url: `/api/invitations/${invitation.json().link.split('/invite/')[1]}/accept`,
    });
    expect((await call('GET', '/client-report.pdf', undefined, member)).statusCode).toBe(403);
    expect((await call('GET', '/review/export.pdf', undefined, member)).statusCode).toBe(200);
    expect((await call('GET', '/client-report.pdf?month=2026-13')).statusCode).toBe(400);
  });
});
