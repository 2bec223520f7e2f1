/**
 * The workspace Lighthouse looks at: a person signed up through the running server's HTTP API (as a
 * browser would), onboarded as a freelancer with the 6 h budget and its reference-week routine, a
 * few time entries this week, ideas and draft posts, posting targets and a month's outcomes, so that
 * every page draws real rows (the results and regularity pages their charts).
 */
/** `postId`: the first of its draft posts, the one the editor's page opens. */
export type SeededWorkspace = { cookie: string; workspaceId: string; postId: string };

type Category = { id: string; referenceKey: string | null };

export async function seedPageSpeedWorkspace(baseUrl: string): Promise<SeededWorkspace> {
  const headers = (cookie?: string) => ({
    'content-type': 'application/json',
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  });
  async function call<Body>(method: string, url: string, body?: unknown, cookie?: string): Promise<Body> {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: headers(cookie),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    return (text === '' ? undefined : JSON.parse(text)) as Body;
  }

  const account = { name: 'Camille Martin', email: 'camille@example.org', password: 'lighthouse-bench-2026' };
  await call('POST', '/api/auth/sign-up/email', account);
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');

  const { workspaceId } = await call<{ workspaceId: string }>(
    'POST',
    '/api/onboarding',
    {
      kind: 'freelancer',
      workspace: { name: 'Atelier Martin', timeZone: 'Europe/Paris', currency: 'EUR', locale: 'fr' },
      networks: ['instagram', 'linkedin'],
      hourlyRateCents: 4500,
    },
    cookie,
  );
  const base = `/api/workspaces/${workspaceId}`;
  await call('POST', `${base}/budget/preset`, { preset: 'essential6' }, cookie);
  await call(
    'POST',
    `${base}/routine/generate/reference-week`,
    { mode: 'replace', dayStart: '09:00' },
    cookie,
  );

  const categories = await call<Category[]>('GET', `${base}/categories`, undefined, cookie);
  const now = Date.now();
  const hour = 3_600_000;
  for (const [index, category] of categories.slice(0, 6).entries()) {
    const startedAt = new Date(now - (index + 1) * 5 * hour);
    await call(
      'POST',
      `${base}/time-entries`,
      {
        categoryId: category.id,
        startedAt: startedAt.toISOString(),
        endedAt: new Date(startedAt.getTime() + (30 + index * 10) * 60_000).toISOString(),
        note: `Séance ${index + 1}`,
      },
      cookie,
    );
  }
  const ideas = [
    'Les coulisses de l’atelier en cinq photos',
    'Avant / après : la restauration d’un fauteuil',
    'Question du mois : quel tissu pour un salon lumineux ?',
  ];
  for (const text of ideas) await call('POST', `${base}/ideas`, { text }, cookie);
  const posts: { id: string }[] = [];
  for (const text of ['Nouvelle collection de printemps', 'Portes ouvertes samedi 10 h – 18 h'])
    posts.push(await call<{ id: string }>('POST', `${base}/posts`, { text, versions: [] }, cookie));
  await call(
    'PUT',
    `${base}/strategy/networks`,
    {
      networks: [
        { network: 'instagram', targetPostsPerWeek: 3, priority: 1 },
        { network: 'linkedin', targetPostsPerWeek: 2, priority: 2 },
      ],
    },
    cookie,
  );
  const day = (daysAgo: number) => new Date(now - daysAgo * 24 * hour).toISOString().slice(0, 10);
  const outcomes = [
    { kind: 'lead', network: 'instagram', daysAgo: 3 },
    { kind: 'lead', network: 'linkedin', daysAgo: 5 },
    { kind: 'revenue', network: 'instagram', daysAgo: 4, amountCents: 48_000 },
    { kind: 'revenue', network: 'linkedin', daysAgo: 9, amountCents: 120_000 },
  ];
  for (const { daysAgo, ...outcome } of outcomes)
    await call('POST', `${base}/outcomes`, { ...outcome, occurredOn: day(daysAgo) }, cookie);
  return { cookie, workspaceId, postId: posts[0]?.id ?? '' };
}
